import fs from 'node:fs';
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

export const htmlType = 'text/html; charset=utf-8';

export type StaticAnswer =
  | { kind: 'file'; file: string; contentType: string }
  /** The app's page (index.html), for every route the renderer handles itself. */
  | { kind: 'page'; file: string }
  | { kind: 'notFound' };

/**
 * What the built renderer answers for a (decoded) path, in browser mode and in
 * the Electron window alike: a file inside `root`, never outside it; a missing
 * file with an extension is not found; any other path is a route of the page.
 */
export function resolveStatic(root: string, pathname: string): StaticAnswer {
  const base = path.resolve(root);
  const target = path.resolve(base, `.${pathname}`);
  const inside = target.startsWith(base + path.sep);
  const isFile = inside && fs.statSync(target, { throwIfNoEntry: false })?.isFile() === true;
  const page = path.join(base, 'index.html');
  if (isFile && target !== page) {
    return {
      kind: 'file',
      file: target,
      contentType: contentTypes[path.extname(target)] ?? 'application/octet-stream',
    };
  }
  if (!isFile && path.extname(pathname)) return { kind: 'notFound' };
  return { kind: 'page', file: page };
}
