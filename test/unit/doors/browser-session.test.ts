import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { runCli } from '../../../core/doors/cli.js';
import { startBridge, type Bridge } from '../../../core/doors/http.js';
import { isoWeekOf } from '../../../core/contract/dates.js';
import { drawnMark, firstReadsBlockId } from '../../../core/contract/first-reads.js';
import type { Gate } from '../../../core/vault/index.js';
import { fixedNow, fontsDir, migrationsFolder, rehor, testApp } from '../../helpers/db.js';
import { cliKeys, testPassword } from '../../helpers/vault.js';
import { makeTempDir, removeDir } from '../support.js';
import { ok, vaultAt } from '../vault/support.js';

let dir: string;
let gate: Gate;
let bridge: Bridge;
beforeEach(async () => {
  dir = makeTempDir();
  gate = vaultAt(dir);
  await ok(gate, 'vault.setup', { password: testPassword, passwordAgain: testPassword });
  await ok(gate, 'clients.create', rehor);
  bridge = await startBridge({ dispatcher: gate, token: 'one-time-token-0123456789' });
});
afterEach(async () => {
  await bridge.close();
  gate.lock.close();
  removeDir(dir);
});

const post = (method: string, headers: Record<string, string> = {}, body: unknown = {}) =>
  fetch(`${bridge.url}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-shiftbook-locale': 'en', ...headers },
    body: JSON.stringify(body),
  });

const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

describe('browser mode lets in only the person at the keyboard', () => {
  test('the printed address is traded once for an HttpOnly, SameSite=Strict cookie', async () => {
    const first = await fetch(bridge.openUrl, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    expect(first.headers.get('set-cookie')).toMatch(
      new RegExp(`^shiftbook-session-${bridge.port}=[\\w-]{32}; HttpOnly; SameSite=Strict; Path=/$`),
    );
    const cookie = cookieOf(first);
    expect(await (await post('clients.list', { cookie })).json()).toMatchObject({ ok: true, value: { total: 1 } });

    const second = await fetch(bridge.openUrl, { redirect: 'manual' });
    expect(second.status).toBe(303);
    expect(second.headers.get('set-cookie')).toBeNull();
  });

  test('without the cookie or the token only unlocking is answered', async () => {
    const attempts: Record<string, string>[] = [{}, { cookie: `shiftbook-session-${bridge.port}=made-up` }];
    for (const headers of attempts) {
      const refused = await post('clients.create', headers, { ...rehor, code: 'K-2' });
      expect(refused.status).toBe(401);
      expect(await refused.text()).toBe('Missing or wrong token');
    }
    expect(await (await post('clients.list', { 'x-shiftbook-token': bridge.token })).json()).toMatchObject({
      value: { total: 1 },
    });
    const wrong = await post('vault.unlock', {}, { password: 'hádám' });
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect(await wrong.json()).toMatchObject({ ok: false, error: { code: 'vault.wrongPassword', field: 'password' } });
    const right = await post('vault.unlock', {}, { password: testPassword });
    expect(await (await post('clients.list', { cookie: cookieOf(right) })).json()).toMatchObject({
      value: { total: 1 },
    });
  });

  test('a foreign Origin is refused even with the cookie', async () => {
    const cookie = cookieOf(await fetch(bridge.openUrl, { redirect: 'manual' }));
    const res = await post('clients.list', { cookie, origin: 'http://evil.example' });
    expect(res.status).toBe(403);
  });

  test('while locked, every door answers only unlocking', async () => {
    const cookie = cookieOf(await fetch(bridge.openUrl, { redirect: 'manual' }));
    await ok(gate, 'vault.lock');
    const locked = await post('clients.list', { cookie });
    expect(locked.status).toBe(423);
    expect(await locked.json()).toMatchObject({
      ok: false,
      error: { code: 'vault.locked', message: 'Shiftbook is locked. Unlock it with the password.' },
    });
    expect(await (await post('vault.unlock', { cookie }, { password: testPassword })).json()).toMatchObject({
      ok: true,
      value: { state: 'unlocked' },
    });
    expect((await post('clients.list', { cookie })).status).toBe(200);
  });
});

describe('the page comes with its first screen’s answers', () => {
  /** The answers in the page's data block, or null when it has none. */
  const answersIn = (html: string) => {
    const block = new RegExp(`<script type="application/json" id="${firstReadsBlockId}">(.*?)</script>`).exec(html);
    return block ? (JSON.parse(block[1] ?? '') as { method: string; input: unknown; result: unknown }[]) : null;
  };

  test('only to the browser with its session, only while unlocked, and as data a name cannot break', async () => {
    const staticDir = path.join(dir, 'static');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    const task = 'Úklid </script><script>alert(1)</script>';
    await ok(gate, 'schedule.addExtraShift', {
      date: '2026-12-30',
      start: '09:00',
      end: '12:00',
      places: 4,
      place: 'Kontaktní centrum',
      task,
    });
    const pages = await startBridge({ dispatcher: gate, staticDir, token: 'one-time-token-9876543210' });
    try {
      const page = async (at: string, cookie?: string) =>
        (await fetch(`${pages.url}${at}`, cookie ? { headers: { cookie } } : {})).text();
      expect(answersIn(await page('week/2026/53'))).toBeNull();
      const cookie = cookieOf(await fetch(pages.openUrl, { redirect: 'manual' }));
      const html = await page('week/2026/53', cookie);
      const answers = answersIn(html);
      expect(answers?.map((a) => a.method)).toEqual([
        'vault.status',
        'system.info',
        'settings.getPreferences',
        'settings.getCoordinator',
        'settings.yearTurn',
        'schedule.week',
      ]);
      expect(answers?.[0]?.result).toMatchObject({ ok: true, value: { state: 'unlocked' } });
      expect(answers?.[5]).toMatchObject({ input: { year: 2026, week: 53 }, result: { ok: true } });
      expect(JSON.stringify(answers?.[5]?.result)).toContain(task);
      expect(html).not.toContain('<script>alert');
      // An address that is not the board gets the settings only.
      expect(answersIn(await page('clients', cookie))?.map((a) => a.method)).not.toContain('schedule.week');
      expect(answersIn(await page('week/2026/53', `shiftbook-session-${pages.port}=made-up`))).toBeNull();
      await ok(gate, 'vault.lock');
      expect(answersIn(await page('week/2026/53', cookie))).toBeNull();
    } finally {
      await pages.close();
    }
  });

  test('a week’s board comes drawn, "/" drawn at this week’s address and in the saved language; a failed drawing leaves the page to draw', async () => {
    const staticDir = path.join(dir, 'static');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(
      path.join(staticDir, 'index.html'),
      '<!doctype html>\n<html lang="cs">\n<head></head><body><div id="root"></div></body></html>',
    );
    const asked: { pathname: string; methods: string[] }[] = [];
    let fails = false;
    const pages = await startBridge({
      dispatcher: gate,
      staticDir,
      token: 'one-time-token-5555555555',
      drawFirstScreen: (pathname, answers) => {
        asked.push({ pathname, methods: answers.map((a) => a.method) });
        if (fails) throw new Error('drawing broke');
        // "$&" would be read as a replacement pattern if the markup went in as a replacement string.
        return `<h1>Týden $& ${pathname}</h1>`;
      },
    });
    try {
      const page = async (at: string, cookie?: string) =>
        (await fetch(`${pages.url}${at}`, cookie ? { headers: { cookie } } : {})).text();
      const rootOf = (html: string) => /<div id="root"[^>]*>.*?<\/div>/.exec(html)?.[0];
      expect(rootOf(await page(''))).toBe('<div id="root"></div>');
      expect(asked).toEqual([]);

      const cookie = cookieOf(await fetch(pages.openUrl, { redirect: 'manual' }));
      const today = (answersIn(await page('clients', cookie))?.[1]?.result as { value: { today: string } }).value.today;
      const week = isoWeekOf(today);
      const here = `/week/${week.year}/${week.week}`;
      expect(asked).toEqual([]); // not the board: nothing drawn
      for (const at of ['', 'week']) {
        expect(rootOf(await page(at, cookie))).toBe(
          `<div id="root" ${drawnMark}="${here}" inert><h1>Týden $& ${here}</h1></div>`,
        );
      }
      const named = await page('week/2026/53', cookie);
      expect(rootOf(named)).toBe(
        `<div id="root" ${drawnMark}="/week/2026/53" inert><h1>Týden $& /week/2026/53</h1></div>`,
      );
      expect(named).toContain('<html lang="cs">');
      // Drawn from the very answers the page comes with.
      expect(asked.at(-1)?.methods).toEqual(answersIn(named)?.map((a) => a.method));

      await ok(gate, 'settings.savePreferences', { language: 'en' });
      expect(await page('week/2026/53', cookie)).toContain('<html lang="en">');

      fails = true;
      const said = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const undrawn = await page('week/2026/53', cookie);
      expect(said).toHaveBeenCalledTimes(1);
      said.mockRestore();
      expect(rootOf(undrawn)).toBe('<div id="root"></div>');
      expect(answersIn(undrawn)).not.toBeNull();

      fails = false;
      const before = asked.length;
      await ok(gate, 'vault.lock');
      expect(rootOf(await page('week/2026/53', cookie))).toBe('<div id="root"></div>');
      expect(asked.length).toBe(before);
    } finally {
      await pages.close();
    }
  });
});

describe('the command line asks for the password', () => {
  const cli = async (argv: string[], password: string | null) => {
    let out = '';
    let err = '';
    const code = await runCli(argv, {
      stdout: (text) => (out += text),
      stderr: (text) => (err += text),
      readStdin: () => '',
      migrationsFolder,
      fontsDir,
      version: '9.9.9',
      now: fixedNow,
      ...cliKeys,
      password: () => Promise.resolve(password === null ? null : { password, again: password }),
    });
    return { code, out, err };
  };

  test('a wrong or missing password reads nothing; a plain file is not read either', async () => {
    const file = path.join(dir, 'shiftbook.sqlite');
    gate.lock.close();
    expect(await cli(['call', 'clients.list', '--db', file, '--lang', 'en'], 'hádám')).toEqual({
      code: 1,
      out: '',
      err: 'The password is not right. Nothing was opened or changed.\n',
    });
    expect(await cli(['call', 'clients.list', '--db', file, '--lang', 'en'], null)).toEqual({
      code: 1,
      out: '',
      err: 'The data is encrypted: type the password, or pass it in the SHIFTBOOK_PASSWORD environment variable.\n',
    });
    const listed = await cli(['call', 'clients.list', '--db', file], testPassword);
    expect(JSON.parse(listed.out)).toMatchObject({ total: 1 });

    const plainFile = path.join(dir, 'plain', 'old.sqlite');
    testApp({ file: plainFile }).close();
    const plain = await cli(['call', 'clients.list', '--db', plainFile, '--lang', 'en'], testPassword);
    expect(plain.code).toBe(1);
    expect(plain.err).toContain('is not encrypted yet');
  });
});
