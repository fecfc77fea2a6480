import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Dispatcher } from '../api/dispatcher.js';
import { isDocumentFile } from '../contract/documents.js';
import { isLocale, translate } from '../contract/i18n.js';
import { encodedFile } from './compression.js';
import { allowedHosts, contentSecurityPolicy, isAllowedOrigin } from './security.js';
import { htmlType, resolveStatic } from './static-files.js';

export const tokenHeader = 'x-shiftbook-token';
export const localeHeader = 'x-shiftbook-locale';
/** A document's file name travels in this header, percent-encoded; the body is the file itself. */
export const fileNameHeader = 'x-shiftbook-file-name';
const maxBody = 1024 * 1024;

export interface BridgeOptions {
  dispatcher: Dispatcher;
  /** Random per run unless given (tests). */
  token?: string;
  /** Built renderer to serve (index.html + assets); omit when `fallback` serves the page. */
  staticDir?: string;
  /** Serves everything that is not /api (e.g. Vite's dev middleware). */
  fallback?: (req: http.IncomingMessage, res: http.ServerResponse) => void;
  /** Produces index.html for a URL when `fallback` is used (Vite's transformIndexHtml). */
  indexHtml?: (url: string) => Promise<string>;
}

export interface Bridge {
  server: http.Server;
  token: string;
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Browser mode's door: the dispatcher behind POST /api/<method> on 127.0.0.1
 * only. Requests need the per-run token (handed to our own page in a meta tag)
 * and our own Host header, so neither other sites nor DNS rebinding reach it.
 */
export async function startBridge(options: BridgeOptions, port = 0): Promise<Bridge> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  let actualPort = port;
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!allowedHosts(actualPort).includes(req.headers.host ?? '')) {
      send(res, 403, 'text/plain; charset=utf-8', 'Forbidden host');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      send(res, 400, 'text/plain; charset=utf-8', 'Bad path');
      return;
    }
    if (pathname.startsWith('/api/')) {
      await handleApi(req, res, pathname.slice('/api/'.length));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
      return;
    }
    if (options.staticDir) {
      await serveStatic(req, res, options.staticDir, pathname);
      return;
    }
    if (options.indexHtml && !path.extname(pathname) && !pathname.startsWith('/@')) {
      const html = await options.indexHtml(pathname);
      send(res, 200, htmlType, withToken(html, token), { 'cache-control': 'no-store' });
      return;
    }
    if (options.fallback) options.fallback(req, res);
    else send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    const localeValue = req.headers[localeHeader];
    const locale = isLocale(localeValue) ? localeValue : 'cs';
    if (req.method !== 'POST') {
      send(res, 405, 'text/plain; charset=utf-8', 'Use POST');
      return;
    }
    if (!isAllowedOrigin(req.headers.origin, actualPort)) {
      send(res, 403, 'text/plain; charset=utf-8', 'Forbidden origin');
      return;
    }
    const given = Buffer.from(String(req.headers[tokenHeader] ?? ''));
    const expected = Buffer.from(token);
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
      send(res, 401, 'text/plain; charset=utf-8', 'Missing or wrong token');
      return;
    }
    const body = await readBody(req);
    if (body === null) {
      send(res, 413, 'text/plain; charset=utf-8', 'Request too large');
      return;
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      const message = translate(locale, 'errors.invalidInputGeneral', {
        problem: translate(locale, 'validation.invalidJson'),
      });
      sendJson(res, 400, { ok: false, error: { code: 'invalidInput', message } });
      return;
    }
    const result = await options.dispatcher.run(method, input, { locale });
    if (result.ok && isDocumentFile(result.value)) {
      send(res, 200, result.value.contentType, Buffer.from(result.value.bytes ?? []), {
        'cache-control': 'no-store',
        [fileNameHeader]: encodeURIComponent(result.value.fileName),
      });
      return;
    }
    sendJson(res, result.ok ? 200 : statusOf(result.error.code), result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    server,
    token,
    port: actualPort,
    url: `http://127.0.0.1:${actualPort}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  async function serveStatic(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    root: string,
    pathname: string,
  ): Promise<void> {
    const answer = resolveStatic(root, pathname);
    if (answer.kind === 'file') {
      const { body, headers } = await encodedFile(answer.file, answer.contentType, req.headers['accept-encoding']);
      send(res, 200, answer.contentType, body, { 'cache-control': 'max-age=3600', ...headers });
    } else if (answer.kind === 'notFound') {
      send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    } else {
      send(res, 200, htmlType, withToken(fs.readFileSync(answer.file, 'utf8'), token), {
        'cache-control': 'no-store',
        'content-security-policy': contentSecurityPolicy,
      });
    }
  }
}

/** A busy database is worth retrying (503); a broken one or a bug is the server's (500); the rest is the request's. */
function statusOf(code: string): number {
  if (code === 'system.databaseBusy') return 503;
  if (code === 'internal' || code === 'system.notADatabase' || code === 'system.documentFailed') return 500;
  return 400;
}

/** Hands the token to our own page only: other origins cannot read this HTML. */
function withToken(html: string, token: string): string {
  return html.replace('</head>', `<meta name="shiftbook-token" content="${token}" />\n</head>`);
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    // Past the limit the rest is read and dropped rather than the socket destroyed:
    // a destroyed socket resets the connection and the client never sees the 413.
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > maxBody) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(
  res: http.ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...headers,
  });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), { 'cache-control': 'no-store' });
}
