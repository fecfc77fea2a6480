import path from 'node:path';
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DocumentFile } from '../../../core/contract/documents.js';
import type { ApiResult } from '../../../core/contract/errors.js';
import { runCli } from '../../../core/doors/cli.js';
import { startBridge, type Bridge } from '../../../core/doors/http.js';
import { openRuntime, type Runtime } from '../../../core/doors/runtime.js';
import { apiChannel } from '../../../electron/channel.js';
import { registerApi } from '../../../electron/ipc.js';
import { fixedNow, fontsDir, migrationsFolder, rehor } from '../../helpers/db.js';
import { countRows, countRowsInFile, makeTempDir, removeDir } from '../support.js';
import { cliKeys } from '../../helpers/vault.js';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
interface FakeFrame {
  url: string;
  parent: object | null;
}

let dir: string;
let ipcRuntime: Runtime;
let httpRuntime: Runtime;
let bridge: Bridge;
let cliFile: string;
const quietIo = {
  stdout: () => {},
  stderr: () => {},
  readStdin: () => '',
  migrationsFolder,
  fontsDir,
  version: '9.9.9',
};
let handler: Handler;
const mainWindow = { webContents: { id: 1 } };
let currentWindow: typeof mainWindow | null;
let opened: DocumentFile[];
let answered: string[];

beforeEach(async () => {
  dir = makeTempDir();
  const open = (name: string) =>
    openRuntime({
      dataFile: path.join(dir, name, 'shiftbook.sqlite'),
      migrationsFolder,
      fontsDir,
      version: '9.9.9',
      now: fixedNow,
    });
  ipcRuntime = open('ipc');
  httpRuntime = open('http');
  cliFile = path.join(dir, 'cli', 'shiftbook.sqlite');
  expect(await runCli(['init', '--db', cliFile], { ...quietIo, ...cliKeys })).toBe(0);
  bridge = await startBridge({ dispatcher: httpRuntime.dispatcher, token: 'tok' });
  currentWindow = mainWindow;
  opened = [];
  answered = [];
  const handlers = new Map<string, Handler>();
  const fakeIpcMain = { handle: (channel: string, fn: Handler) => handlers.set(channel, fn) };
  registerApi(
    fakeIpcMain as unknown as IpcMain,
    ipcRuntime.dispatcher,
    () => currentWindow as unknown as BrowserWindow | null,
    {
      openDocument: (file) => {
        opened.push(file);
        return Promise.resolve({
          fileName: file.fileName,
          contentType: file.contentType,
          savedTo: `/documents/${file.fileName}`,
        });
      },
      answered: (method, result) => answered.push(`${method}:${result.ok}`),
    },
  );
  expect([...handlers.keys()]).toEqual([apiChannel]);
  const registered = handlers.get(apiChannel);
  if (!registered) throw new Error('no handler registered');
  handler = registered;
});
afterEach(async () => {
  await bridge.close();
  ipcRuntime.close();
  httpRuntime.close();
  removeDir(dir);
});

function eventFrom(sender: object, frame: FakeFrame | null): IpcMainInvokeEvent {
  return { sender, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

const ownFrame: FakeFrame = { url: 'app://shiftbook/', parent: null };

/** The three doors; each answers an ApiResult. */
const doors = {
  ipc: async (method: string, input: unknown, locale: string): Promise<ApiResult<unknown>> =>
    (await handler(eventFrom(mainWindow.webContents, ownFrame), method, input, locale)) as ApiResult<unknown>,
  http: async (method: string, input: unknown, locale: string): Promise<ApiResult<unknown>> => {
    const res = await fetch(`${bridge.url}api/${method}`, {
      method: 'POST',
      headers: { 'x-shiftbook-token': 'tok', 'x-shiftbook-locale': locale, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    return (await res.json()) as ApiResult<unknown>;
  },
  cli: async (method: string, input: unknown, locale: string): Promise<ApiResult<unknown>> => {
    let out = '';
    let err = '';
    const code = await runCli(['call', method, JSON.stringify(input), '--db', cliFile, '--lang', locale], {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      readStdin: () => '',
      migrationsFolder,
      fontsDir,
      version: '9.9.9',
      now: fixedNow,
      ...cliKeys,
    });
    if (code === 0) return { ok: true, value: JSON.parse(out) as unknown };
    // "<message> (<code> [<field>])"
    const m = /^(.*) \(([\w.]+)(?: \[(\w+)\])?\)\n$/s.exec(err);
    if (!m) throw new Error(`unexpected CLI output (${code}): ${err}`);
    return { ok: false, error: { message: m[1] ?? '', code: m[2] ?? '', ...(m[3] ? { field: m[3] } : {}) } };
  },
};

async function throughAll(method: string, input: unknown, locale = 'cs') {
  return {
    ipc: await doors.ipc(method, input, locale),
    http: await doors.http(method, input, locale),
    cli: await doors.cli(method, input, locale),
  };
}

function clientCounts() {
  return [
    countRows(ipcRuntime.database.sqlite, 'clients'),
    countRows(httpRuntime.database.sqlite, 'clients'),
    countRowsInFile(cliFile, 'clients'),
  ];
}

describe('the same call through every door', () => {
  test('gives identical JSON results', async () => {
    const input = { ...rehor, city: 'Brno', postcode: '602 00', healthInsurer: '111', birthNumber: '8003150001' };
    const created = await throughAll('clients.create', input);
    expect(created.ipc).toMatchObject({
      ok: true,
      value: { id: 1, lastName: 'Šťastný', birthNumber: '800315/0001', createdAt: '2026-11-24T09:00:00+01:00' },
    });
    expect(JSON.stringify(created.http)).toBe(JSON.stringify(created.ipc));
    expect(JSON.stringify(created.cli)).toBe(JSON.stringify(created.ipc));

    const listed = await throughAll('clients.list', { query: 'rehor' });
    expect(listed.ipc).toMatchObject({ ok: true, value: { total: 1, items: [{ id: 1, code: 'K-001' }] } });
    expect(listed.http).toEqual(listed.ipc);
    expect(listed.cli).toEqual(listed.ipc);
  });

  test.each(['cs', 'en'])('bad input gives the same error (%s) and writes nothing', async (locale) => {
    await throughAll('clients.create', rehor);
    const bad = await throughAll('clients.create', { ...rehor, code: 'K-002', firstName: 'Jan', lastName: '' }, locale);
    const expected = {
      code: 'invalidInput',
      field: 'lastName',
      message: locale === 'cs' ? 'Příjmení: Vyplňte prosím tento údaj.' : 'Last name: Please fill this in.',
    };
    for (const result of Object.values(bad)) {
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect({ code: result.error.code, field: result.error.field, message: result.error.message }).toEqual(expected);
    }
    expect(clientCounts()).toEqual([1, 1, 1]);
  });

  test('a refused rule gives the same error through every door', async () => {
    await throughAll('clients.create', rehor);
    const taken = await throughAll('clients.create', { ...rehor, firstName: 'Jan' }, 'en');
    for (const result of Object.values(taken)) {
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'client.codeTaken', field: 'code', message: 'Client code "K-001" belongs to another client.' },
      });
    }
    expect(clientCounts()).toEqual([1, 1, 1]);
  });
});

describe('the IPC door', () => {
  test('hands a document to the main process as bytes; the window gets where it was saved', async () => {
    const result = await doors.ipc('schedule.printWeek', { year: 2026, week: 49 }, 'en');
    expect(result).toEqual({
      ok: true,
      value: {
        fileName: 'sign-up-sheet-2026-49.pdf',
        contentType: 'application/pdf',
        savedTo: '/documents/sign-up-sheet-2026-49.pdf',
      },
    });
    expect(opened).toHaveLength(1);
    expect(opened[0]?.bytes).toBeInstanceOf(Uint8Array);
    expect(
      Buffer.from(opened[0]?.bytes ?? [])
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  test('tells the main process of each answered call (the menu follows a language change)', async () => {
    await doors.ipc('settings.savePreferences', { language: 'en' }, 'cs');
    await doors.ipc('settings.savePreferences', { language: 'xx' }, 'cs');
    expect(answered).toEqual(['settings.savePreferences:true', 'settings.savePreferences:false']);
  });

  test('maintenance methods are reachable through every door', async () => {
    const checked = await throughAll('system.checkIntegrity', {});
    for (const result of Object.values(checked))
      expect(result).toEqual({ ok: true, value: { ok: true, problems: [] } });
    const backups = await throughAll('system.backup', {});
    for (const result of Object.values(backups)) {
      expect(result.ok).toBe(true);
      if (result.ok)
        expect((result.value as { file: string }).file).toMatch(/backups[\\/]shiftbook-manual-.*\.sqlite$/);
    }
  });
});

describe('the IPC handler refuses senders other than our window’s main frame', () => {
  const create = (sender: object, frame: FakeFrame | null) =>
    Promise.resolve().then(() => handler(eventFrom(sender, frame), 'clients.create', rehor, 'cs'));

  test.each([
    ['a foreign origin', { url: 'https://evil.example/', parent: null }],
    ['a look-alike host', { url: 'app://shiftbook.evil/', parent: null }],
    ['a file URL', { url: 'file:///home/user/index.html', parent: null }],
    ['an iframe of our own page', { url: 'app://shiftbook/', parent: { url: 'app://shiftbook/' } }],
    ['a frame that is gone', null],
  ])('%s', async (_name, frame) => {
    await expect(create(mainWindow.webContents, frame)).rejects.toThrow('Refused: the sender is not the app window');
    expect(countRows(ipcRuntime.database.sqlite, 'clients')).toBe(0);
  });

  test('another window’s webContents', async () => {
    await expect(create({ id: 2 }, ownFrame)).rejects.toThrow('Refused');
    expect(countRows(ipcRuntime.database.sqlite, 'clients')).toBe(0);
  });

  test('when the main window is closed', async () => {
    currentWindow = null;
    await expect(create(mainWindow.webContents, ownFrame)).rejects.toThrow('Refused');
  });

  test('a trusted sender with an unknown locale gets Czech', async () => {
    const result = await handler(
      eventFrom(mainWindow.webContents, { url: 'app://shiftbook/clients?x=1', parent: null }),
      'nope.x',
      {},
      'xx',
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknownMethod', message: 'Neznámá operace „nope.x“.', params: { method: 'nope.x' } },
    });
  });
});
