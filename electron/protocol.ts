import fs from 'node:fs';
import { htmlType, resolveStatic } from '../core/doors/static-files.js';
import { contentSecurityPolicy } from './security.js';

/**
 * Answers app://shiftbook/<path> from the built renderer, by the same rules as
 * browser mode's server (core/doors/static-files.ts).
 */
export function rendererResponse(rendererDir: string, requestUrl: string): Response {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return new Response('Bad path', { status: 400 });
  }
  const answer = resolveStatic(rendererDir, pathname);
  if (answer.kind === 'notFound') return new Response('Not found', { status: 404 });
  return new Response(fs.readFileSync(answer.file), {
    headers: {
      'content-type': answer.kind === 'file' ? answer.contentType : htmlType,
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
    },
  });
}
