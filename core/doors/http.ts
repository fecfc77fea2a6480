import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Dispatcher } from '../api/dispatcher.js';
import type { ApiResult } from '../contract/errors.js';
import type { CallableName, Input, Output } from '../contract/index.js';
import { sessionCookie } from './sessions.js';
import { isDocumentFile } from '../contract/documents.js';
import { isLocale, translate } from '../contract/i18n.js';
import {
  drawnMark,
  firstReadsBlockId,
  firstScreenReads,
  languageOf,
  weekOf,
  weekPath,
  type FirstAnswer,
} from '../contract/first-reads.js';
import { encodedFile } from './compression.js';
import { allowedHosts, contentSecurityPolicy, isAllowedOrigin } from './security.js';
import { htmlType, resolveStatic } from './static-files.js';

export const tokenHeader = 'x-shiftbook-token';
export const localeHeader = 'x-shiftbook-locale';
/** A document's file name travels in this header, percent-encoded; the body is the file itself. */
export const fileNameHeader = 'x-shiftbook-file-name';
const maxBody = 1024 * 1024;

export interface BridgeOptions {
  /** The dispatcher, or the lock's gate in front of it (core/vault), which answers the same way. */
  dispatcher: Pick<Dispatcher, 'run'>;
  /** Random per run unless given (tests). */
  token?: string;
  /** Built renderer to serve (index.html + assets); omit when `fallback` serves the page. */
  staticDir?: string;
  /** Serves everything that is not /api (e.g. Vite's dev middleware). */
  fallback?: (req: http.IncomingMessage, res: http.ServerResponse) => void;
  /** Produces index.html for a URL when `fallback` is used (Vite's transformIndexHtml). */
  indexHtml?: (url: string) => Promise<string>;
  /**
   * Draws a week board's markup from the first reads' answers (the renderer's
   * entry-server, core/doors/first-screen.ts), put into the page it is sent
   * with; null for a screen it cannot draw. Without it the page draws itself.
   */
  drawFirstScreen?: (pathname: string, answers: FirstAnswer[]) => string | null;
}

export interface Bridge {
  server: http.Server;
  token: string;
  url: string;
  /** The address to print at start: `url` with the token, which the page exchanges once for its cookie. */
  openUrl: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Browser mode's door: the dispatcher behind POST /api/<method> on 127.0.0.1
 * only. A request needs our own Host header (DNS rebinding) and either the
 * session cookie or the per-run token in a header (scripts). The token is never
 * put into a page: it travels in the address printed at start, and opening that
 * address once trades it for an HttpOnly, SameSite=Strict cookie. Without either,
 * only unlocking with the password (which also gives a cookie) is answered.
 */
export async function startBridge(options: BridgeOptions, port = 0): Promise<Bridge> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  let actualPort = port;
  let tokenExchanged = false;
  const sessions = new Set<string>();
  const cookie = () => sessionCookie(actualPort);
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
    if (url.searchParams.has('token')) {
      exchangeToken(res, url.searchParams.get('token') ?? '', url.pathname);
      return;
    }
    if (options.staticDir) {
      await serveStatic(req, res, options.staticDir, pathname);
      return;
    }
    if (options.indexHtml && !path.extname(pathname) && !pathname.startsWith('/@')) {
      const html = await options.indexHtml(pathname);
      send(res, 200, htmlType, html, { 'cache-control': 'no-store' });
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
    const session = cookie().read(req.headers.cookie);
    const allowed =
      sameSecret(String(req.headers[tokenHeader] ?? ''), token) || (session !== null && sessions.has(session));
    if (!allowed && !answeredWithoutSession.has(method)) {
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
    // The password opened the lock: this browser may stay in without the printed address.
    if (!allowed && result.ok) {
      const id = crypto.randomBytes(24).toString('base64url');
      sessions.add(id);
      res.setHeader('set-cookie', cookie().set(id));
    }
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
    openUrl: `http://127.0.0.1:${actualPort}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  /** The printed address, opened once: a cookie for this browser, and the token leaves the address bar. */
  function exchangeToken(res: http.ServerResponse, given: string, pathname: string): void {
    const headers: Record<string, string> = { location: pathname, 'cache-control': 'no-store' };
    if (!tokenExchanged && sameSecret(given, token)) {
      tokenExchanged = true;
      const id = crypto.randomBytes(24).toString('base64url');
      sessions.add(id);
      headers['set-cookie'] = cookie().set(id);
    }
    send(res, 303, 'text/plain; charset=utf-8', '', headers);
  }

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
      const first = await firstReads(req, pathname);
      const html = fs.readFileSync(answer.file, 'utf8');
      const headers = { 'cache-control': 'no-store', 'content-security-policy': contentSecurityPolicy };
      if (first) await sendWithFirstReads(res, html, pathname, first, headers);
      else send(res, 200, htmlType, html, headers);
    }
  }

  /**
   * The answers to what the first screen reads first (the lock's state, the
   * settings, this week's board), to send with the page, so the board needs
   * no round trip once its code has run (renderer/src/firstReads.ts). Only for
   * the browser with its session and only while unlocked; otherwise null, and
   * the page asks as usual.
   */
  async function firstReads(
    req: http.IncomingMessage,
    pathname: string,
  ): Promise<{ answers: FirstAnswer[]; today: string } | null> {
    const session = cookie().read(req.headers.cookie);
    if (session === null || !sessions.has(session)) return null;
    const read = <M extends CallableName>(method: M, input: Input<M>) =>
      // A method answers with its contract's output (the tests hold every answer to its schema).
      options.dispatcher.run(method, input, { locale: 'cs' }) as Promise<ApiResult<Output<M>>>;
    const lock = await read('vault.status', { active: false });
    if (!lock.ok || lock.value.state !== 'unlocked') return null;
    const info = await read('system.info', {});
    if (!info.ok) return null;
    const { today } = info.value;
    const answers: FirstAnswer[] = [{ method: 'vault.status', input: { active: false }, result: lock }];
    for (const { method, input } of firstScreenReads(pathname, today)) {
      answers.push({ method, input, result: method === 'system.info' ? info : await read(method, input) });
    }
    return { answers, today };
  }

  /**
   * The page with the first reads' answers as a JSON block, in the saved
   * language and, for a week's board, with the board drawn from them (inert
   * until the page takes it over). What comes before the board goes out
   * first, so the browser fetches the stylesheet while the board is drawn.
   * A board that fails to draw is told here and left for the page to draw.
   */
  async function sendWithFirstReads(
    res: http.ServerResponse,
    html: string,
    pathname: string,
    { answers, today }: { answers: FirstAnswer[]; today: string },
    headers: Record<string, string>,
  ): Promise<void> {
    // As data, never as markup: a "<" in a name cannot end the block.
    const json = JSON.stringify(answers).replace(/</g, '\\u003c');
    // Replaced by functions, so a "$&" in a name is not read as a replacement pattern.
    const page = html
      .replace(/<html lang="[a-z]+"/, () => `<html lang="${languageOf(answers)}"`)
      .replace(
        '</head>',
        () => `  <script type="application/json" id="${firstReadsBlockId}">${json}</script>\n  </head>`,
      );
    // "/" and "/week" show this week's board: drawn at its own address, which the page then takes (App.tsx).
    const week = weekOf(pathname, today);
    const at = page.indexOf(emptyRoot);
    if (!options.drawFirstScreen || !week || at < 0) {
      send(res, 200, htmlType, page, headers);
      return;
    }
    res.writeHead(200, { ...commonHeaders(htmlType), ...headers });
    res.write(page.slice(0, at));
    // Out before the drawing takes the thread.
    await new Promise((resolve) => setImmediate(resolve));
    const address = weekPath(week);
    let drawn: string | null = null;
    try {
      drawn = options.drawFirstScreen(address, answers);
    } catch (error) {
      console.error('The first screen could not be drawn; the page draws it.', error);
    }
    const root = drawn === null ? emptyRoot : `<div id="root" ${drawnMark}="${address}" inert>${drawn}</div>`;
    res.end(root + page.slice(at + emptyRoot.length));
  }
}

/** Where the page's app goes, as index.html has it. */
const emptyRoot = '<div id="root"></div>';

/** A busy database is worth retrying (503); a broken one or a bug is the server's (500); the rest is the request's. */
function statusOf(code: string): number {
  if (code === 'system.databaseBusy') return 503;
  if (code === 'vault.locked') return 423;
  if (code === 'internal' || code === 'system.notADatabase' || code === 'system.documentFailed') return 500;
  return 400;
}

/** Unlocking is what a page without a session may ask; it answers a cookie when the password is right. */
const answeredWithoutSession = new Set(['vault.unlock', 'vault.recover']);

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
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
  res.writeHead(status, { ...commonHeaders(type), ...headers });
  res.end(body);
}

function commonHeaders(type: string): Record<string, string> {
  return { 'content-type': type, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), { 'cache-control': 'no-store' });
}
