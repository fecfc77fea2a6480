import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { preferredEncoding } from '../../../core/doors/compression.js';
import { startBridge, type Bridge } from '../../../core/doors/http.js';
import { openRuntime, type Runtime } from '../../../core/doors/runtime.js';
import { fixedNow, fontsDir, migrationsFolder } from '../../helpers/db.js';
import { makeTempDir, removeDir } from '../support.js';

let dir: string;
let staticDir: string;
let runtime: Runtime;
let bridge: Bridge;
// Large and repetitive enough that compression shows, as a built bundle does.
const script = Array.from({ length: 400 }, (_, i) => `export const shift${i} = "Pondělí ${i}";`).join('\n');
const image = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

beforeAll(async () => {
  dir = makeTempDir();
  staticDir = path.join(dir, 'static');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), script);
  fs.writeFileSync(path.join(staticDir, 'assets', 'icon.png'), image);
  runtime = openRuntime({
    dataFile: path.join(dir, 'shiftbook.sqlite'),
    migrationsFolder,
    fontsDir,
    version: '9.9.9',
    actor: 'browser',
    now: fixedNow,
  });
  bridge = await startBridge({ dispatcher: runtime.dispatcher, staticDir });
});
afterAll(async () => {
  await bridge.close();
  runtime.close();
  removeDir(dir);
});

/** node:http, which (unlike fetch) hands back the body as sent, still compressed. */
function get(route: string, acceptEncoding?: string): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
    http
      .get({ host: '127.0.0.1', port: bridge.port, path: route, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('compressed static files', () => {
  test('brotli when the browser takes it, else gzip; the same bytes once unpacked', async () => {
    const br = await get('/assets/app.js', 'gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('accept-encoding');
    expect(br.body.length).toBeLessThan(script.length / 4);
    expect(zlib.brotliDecompressSync(br.body).toString('utf8')).toBe(script);

    const gz = await get('/assets/app.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString('utf8')).toBe(script);
  });

  test('as it is without Accept-Encoding, when every encoding is refused, and for images', async () => {
    for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const plain = await get('/assets/app.js', accept);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString('utf8')).toBe(script);
    }
    const png = await get('/assets/icon.png', 'br, gzip');
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.body.equals(image)).toBe(true);
  });

  test('a rebuilt file is compressed again, not answered from the cache', async () => {
    const file = path.join(staticDir, 'assets', 'app.js');
    expect(zlib.brotliDecompressSync((await get('/assets/app.js', 'br')).body).toString('utf8')).toBe(script);
    const rebuilt = `${script}\nexport const rebuilt = true;`;
    fs.writeFileSync(file, rebuilt);
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(file, later, later);
    expect(zlib.brotliDecompressSync((await get('/assets/app.js', 'br')).body).toString('utf8')).toBe(rebuilt);
  });

  test('the page itself is never cached, so it goes as it is', async () => {
    const page = await get('/', 'br, gzip');
    expect(page.headers['content-encoding']).toBeUndefined();
    expect(page.body.toString('utf8')).toContain('<!doctype html>');
    expect(page.body.toString('utf8')).not.toContain('shiftbook-token');
  });
});

describe('preferredEncoding', () => {
  test.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['GZIP;q=0.5, BR;q=1.0', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0.0, gzip;q=0', null],
    ['deflate, identity', null],
    ['', null],
    [undefined, null],
  ] as const)('%s → %s', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});
