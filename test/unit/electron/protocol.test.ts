import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentSecurityPolicy } from '../../../core/doors/security.js';
import { menuTemplate } from '../../../electron/menu.js';
import { rendererResponse } from '../../../electron/protocol.js';
import { makeTempDir, removeDir } from '../support.js';

let dir: string;
let renderer: string;
beforeAll(() => {
  dir = makeTempDir();
  renderer = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Shiftbook</title>');
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1);');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'top secret');
});
afterAll(() => removeDir(dir));

describe('app:// answers by the same rules as browser mode', () => {
  test('an asset with its type and the CSP', async () => {
    const res = rendererResponse(renderer, 'app://shiftbook/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await res.text()).toBe('console.log(1);');
  });

  test('routes get the page; a missing asset is not found', async () => {
    const page = rendererResponse(renderer, 'app://shiftbook/clients/12');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>Shiftbook</title>');
    expect(rendererResponse(renderer, 'app://shiftbook/assets/missing.js').status).toBe(404);
  });

  test.each(['app://shiftbook/..%2fsecret.txt', 'app://shiftbook/%2e%2e/secret.txt', 'app://shiftbook/%E0%A4%A'])(
    'never leaves the folder: %s',
    async (url) => {
      const res = rendererResponse(renderer, url);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(await res.text()).not.toContain('top secret');
    },
  );
});

describe('the native menu', () => {
  test('speaks the language it is built with', () => {
    const actions = { backupNow: () => {}, lockNow: () => {}, openDataFolder: () => {}, about: () => {} };
    expect(menuTemplate('cs', actions)[0]?.label).toBe('Soubor');
    expect(menuTemplate('en', actions)[0]?.label).toBe('File');
  });
});
