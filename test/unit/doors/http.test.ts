import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { startBridge, type Bridge } from '../../../core/doors/http.js';
import { openRuntime, type Runtime } from '../../../core/doors/runtime.js';
import { allowedHosts, contentSecurityPolicy, isAllowedOrigin } from '../../../core/doors/security.js';
import { fixedNow, fontsDir, migrationsFolder, rehor } from '../../helpers/db.js';
import { countRows, makeTempDir, removeDir } from '../support.js';

const token = 'test-token-0123456789abcdef';
let dir: string;
let runtime: Runtime;
let bridge: Bridge;

beforeAll(async () => {
  dir = makeTempDir();
  const staticDir = path.join(dir, 'static');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(staticDir, 'index.html'),
    '<!doctype html><html><head><title>Shiftbook</title></head><body><div id="root"></div></body></html>',
  );
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log("app");');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'top secret');
  runtime = openRuntime({
    dataFile: path.join(dir, 'shiftbook.sqlite'),
    migrationsFolder,
    fontsDir,
    version: '9.9.9',
    actor: 'browser',
    now: fixedNow,
  });
  bridge = await startBridge({ dispatcher: runtime.dispatcher, token, staticDir });
});
afterAll(async () => {
  await bridge.close();
  runtime.close();
  removeDir(dir);
});

const clientCount = () => countRows(runtime.database.sqlite, 'clients');
// The audit log is append-only: each test reads only the entries written after it began.
let auditFrom = 0;
beforeEach(() => {
  runtime.database.sqlite.exec('DELETE FROM client_suspensions; DELETE FROM clients;');
  auditFrom = runtime.database.sqlite.prepare('SELECT coalesce(max(id), 0) FROM audit_log').pluck().get() as number;
});

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** node:http, because fetch cannot set the Host header or send a raw path. */
function raw(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function api(method: string, input: unknown, headers: Record<string, string> = {}) {
  return fetch(`${bridge.url}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-shiftbook-token': token, ...headers },
    body: typeof input === 'string' ? input : JSON.stringify(input),
  });
}

describe('the API', () => {
  test('listens on loopback only', () => {
    expect(bridge.server.address()).toMatchObject({ address: '127.0.0.1', port: bridge.port });
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/`);
  });

  test('POST with the token calls the dispatcher', async () => {
    const res = await api('clients.create', rehor);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await res.json()) as { ok: boolean; value: { lastName: string; createdAt: string } };
    expect(body).toMatchObject({
      ok: true,
      value: { code: 'K-001', lastName: 'Šťastný', createdAt: '2026-11-24T09:00:00+01:00' },
    });
    const listed = (await (await api('clients.list', { query: 'rehor' })).json()) as { value: { total: number } };
    expect(listed.value.total).toBe(1);
    expect(runtime.database.sqlite.prepare('SELECT actor, method FROM audit_log WHERE id > ?').all(auditFrom)).toEqual([
      { actor: 'browser', method: 'clients.create' },
    ]);
  });

  test.each([
    ['missing', {}],
    ['wrong', { 'x-shiftbook-token': 'test-token-0123456789abcdeX' }],
    ['short', { 'x-shiftbook-token': 'test' }],
  ])('a %s token → 401 and nothing written', async (_name, headers) => {
    const res = await raw({ method: 'POST', path: '/api/clients.create', headers, body: JSON.stringify(rehor) });
    expect(res.status).toBe(401);
    expect(clientCount()).toBe(0);
  });

  test.each(['evil.example', 'evil.example:PORT', 'attacker.test:80', '127.0.0.1', '127.0.0.2:PORT'])(
    'Host %s → 403 and nothing written',
    async (host) => {
      const res = await raw({
        method: 'POST',
        path: '/api/clients.create',
        headers: { host: host.replace('PORT', String(bridge.port)), 'x-shiftbook-token': token },
        body: JSON.stringify(rehor),
      });
      expect(res.status).toBe(403);
      expect(res.body).toBe('Forbidden host');
      expect(clientCount()).toBe(0);
    },
  );

  test('Host localhost:<port> is ours', async () => {
    const res = await raw({
      method: 'POST',
      path: '/api/system.info',
      headers: { host: `localhost:${bridge.port}`, 'x-shiftbook-token': token },
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({
      ok: true,
      value: { appVersion: '9.9.9', schemaVersion: runtime.database.schemaVersion, today: '2026-11-24' },
    });
  });

  test.each([
    'http://evil.example',
    'null',
    'https://127.0.0.1:PORT',
    'http://127.0.0.1:1',
    'http://127.0.0.1:PORT.evil.example',
  ])('Origin %s → 403', async (origin) => {
    const res = await api('clients.create', rehor, { origin: origin.replace('PORT', String(bridge.port)) });
    expect(res.status).toBe(403);
    expect(clientCount()).toBe(0);
  });

  test('our own Origin is accepted', async () => {
    expect((await api('clients.create', rehor, { origin: `http://127.0.0.1:${bridge.port}` })).status).toBe(200);
  });

  test.each(['GET', 'PUT', 'DELETE'])('%s /api/... → 405', async (method) => {
    const res = await raw({ method, path: '/api/clients.list', headers: { 'x-shiftbook-token': token } });
    expect(res.status).toBe(405);
  });

  test('invalid JSON → 400 with a translated invalidInput', async () => {
    const cs = await api('clients.create', '{"code": ');
    expect(cs.status).toBe(400);
    expect(await cs.json()).toEqual({
      ok: false,
      error: { code: 'invalidInput', message: 'Neplatný vstup: Tělo požadavku není platný JSON.' },
    });
    const en = await api('clients.create', 'not json', { 'x-shiftbook-locale': 'en' });
    expect(await en.json()).toEqual({
      ok: false,
      error: { code: 'invalidInput', message: 'Invalid input: The request body is not valid JSON.' },
    });
  });

  test('a body over 1 MB → 413 and nothing written', async () => {
    const res = await api('clients.create', { ...rehor, notes: 'x'.repeat(1024 * 1024 + 10) });
    expect(res.status).toBe(413);
    expect(clientCount()).toBe(0);
    // The connection stays usable for the next call.
    expect((await api('system.info', {})).status).toBe(200);
  });

  test('errors come in the language of x-shiftbook-locale, Czech by default', async () => {
    const bad = { ...rehor, lastName: '' };
    const cs = (await (await api('clients.create', bad)).json()) as { error: { message: string } };
    expect(cs.error.message).toBe('Příjmení: Vyplňte prosím tento údaj.');
    const res = await api('clients.create', bad, { 'x-shiftbook-locale': 'en' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      ok: false,
      error: { code: 'invalidInput', field: 'lastName', message: 'Last name: Please fill this in.' },
    });
    const odd = (await (await api('clients.create', bad, { 'x-shiftbook-locale': 'de' })).json()) as {
      error: { message: string };
    };
    expect(odd.error.message).toBe('Příjmení: Vyplňte prosím tento údaj.');
    expect(clientCount()).toBe(0);
  });

  test('an unknown method → 400 unknownMethod', async () => {
    const res = await api('nope.x', {}, { 'x-shiftbook-locale': 'en' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      ok: false,
      error: { code: 'unknownMethod', message: 'Unknown operation "nope.x".' },
    });
  });

  test('an unexpected failure → 500 with the generic message', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    runtime.database.sqlite.exec(
      `CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'boom'); END;`,
    );
    try {
      const res = await api('clients.create', rehor, { 'x-shiftbook-locale': 'en' });
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({
        ok: false,
        error: { code: 'internal', message: 'Something unexpected went wrong. Nothing was saved. Please try again.' },
      });
      expect(clientCount()).toBe(0);
    } finally {
      runtime.database.sqlite.exec('DROP TRIGGER fail_audit');
      quiet.mockRestore();
    }
  });
});

describe('documents', () => {
  test('come as the file itself, with its name in a header', async () => {
    const res = await api('schedule.printWeek', { year: 2026, week: 49 }, { 'x-shiftbook-locale': 'en' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(decodeURIComponent(res.headers.get('x-shiftbook-file-name') ?? '')).toBe('sign-up-sheet-2026-49.pdf');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('a refused document answers JSON like any call', async () => {
    const res = await api('schedule.printWeek', { year: 2026, week: 60 }, { 'x-shiftbook-locale': 'en' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });
});

describe('a database another program keeps locked', () => {
  test('answers 503 with the translated "busy" message, not a stack trace', async () => {
    const file = path.join(dir, 'locked', 'shiftbook.sqlite');
    const locked = openRuntime({ dataFile: file, migrationsFolder, fontsDir, version: '9.9.9', busyTimeoutMs: 100 });
    const lockedBridge = await startBridge({ dispatcher: locked.dispatcher, token });
    const holder = new Database(file);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const res = await fetch(`${lockedBridge.url}api/clients.create`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-shiftbook-token': token, 'x-shiftbook-locale': 'en' },
        body: JSON.stringify(rehor),
      });
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({
        ok: false,
        error: {
          code: 'system.databaseBusy',
          message:
            'The database is busy: another window or program is writing to it. Nothing was saved. Please try again in a moment.',
        },
      });
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
      await lockedBridge.close();
      locked.close();
    }
  });
});

describe('maintenance', () => {
  test('system.backup and system.checkIntegrity are reachable in browser mode', async () => {
    const backup = (await (await api('system.backup', {})).json()) as { ok: boolean; value: { file: string } };
    expect(backup.ok).toBe(true);
    expect(path.dirname(backup.value.file)).toBe(path.join(dir, 'backups'));
    expect(fs.existsSync(backup.value.file)).toBe(true);
    expect(await (await api('system.checkIntegrity', {})).json()).toEqual({
      ok: true,
      value: { ok: true, problems: [] },
    });
  });
});

describe('the static server', () => {
  test('serves index.html with the CSP and without any token', async () => {
    for (const route of ['/', '/clients/12']) {
      const res = await raw({ path: route });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-security-policy']).toBe(contentSecurityPolicy);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).not.toContain(token);
      expect(res.body).not.toContain('shiftbook-token');
      expect(res.body).toContain('<div id="root"></div>');
    }
  });

  test('serves assets without the token', async () => {
    const res = await raw({ path: '/assets/app.js' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.body).toBe('console.log("app");');
    expect((await raw({ path: '/assets/missing.js' })).status).toBe(404);
  });

  test.each([
    '/../package.json',
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
  ])('refuses path traversal %s', async (route) => {
    const res = await raw({ path: route });
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('top secret');
    expect(res.body).not.toContain('"name"');
  });

  test('refuses writes and a foreign Host', async () => {
    expect((await raw({ method: 'POST', path: '/' })).status).toBe(405);
    expect((await raw({ path: '/', headers: { host: 'evil.example' } })).status).toBe(403);
  });
});

describe('bridge security helpers', () => {
  test('a random token per run when none is given', async () => {
    const a = await startBridge({ dispatcher: runtime.dispatcher });
    const b = await startBridge({ dispatcher: runtime.dispatcher });
    try {
      expect(a.token.length).toBeGreaterThanOrEqual(32);
      expect(a.token).not.toBe(b.token);
      expect(a.port).not.toBe(b.port);
    } finally {
      await a.close();
      await b.close();
    }
  });

  test('origin and host checks are parsed, not substring matches', () => {
    expect(allowedHosts(5173)).toEqual(['127.0.0.1:5173', 'localhost:5173']);
    expect(isAllowedOrigin(undefined, 5173)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:5173', 5173)).toBe(true);
    expect(isAllowedOrigin('http://localhost:5173', 5173)).toBe(true);
    for (const origin of [
      'http://127.0.0.1:5174',
      'http://127.0.0.1:5173.evil.com',
      'http://evil.com/?http://127.0.0.1:5173',
      'null',
      '',
      'https://localhost:5173',
    ]) {
      expect(isAllowedOrigin(origin, 5173), origin).toBe(false);
    }
  });
});
