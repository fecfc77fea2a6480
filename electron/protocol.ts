import fs from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy } from './security.js';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/**
 * Answers app://shiftbook/<path> from the built renderer. Paths cannot leave
 * the folder; unknown routes get index.html (client-side routing).
 */
export function rendererResponse(rendererDir: string, requestUrl: string): Response {
  const root = path.resolve(rendererDir);
  const { pathname } = new URL(requestUrl);
  const target = path.resolve(root, `.${decodeURIComponent(pathname)}`);
  const inside = target.startsWith(root + path.sep);
  const isFile = inside && fs.existsSync(target) && fs.statSync(target).isFile();
  if (!isFile && path.extname(pathname)) return new Response('Not found', { status: 404 });
  const file = isFile ? target : path.join(root, 'index.html');
  const type = types[path.extname(file)] ?? 'application/octet-stream';
  return new Response(fs.readFileSync(file), {
    headers: {
      'content-type': type,
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
    },
  });
}
