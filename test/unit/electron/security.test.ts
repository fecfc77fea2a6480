import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { contentSecurityPolicy as coreCsp } from '../../../core/doors/security.js';
import { apiChannel } from '../../../electron/channel.js';
import {
  appOrigin,
  contentSecurityPolicy,
  isAllowedNavigation,
  isTrustedSender,
  mainWindowOptions,
} from '../../../electron/security.js';
import { repoRoot } from '../../helpers/db.js';

const trusted = { frameUrl: 'app://shiftbook/', isMainFrame: true, isOwnWindow: true };

describe('isTrustedSender', () => {
  test('accepts our window’s main frame on our origin, any path', () => {
    expect(appOrigin).toBe('app://shiftbook');
    for (const frameUrl of ['app://shiftbook/', 'app://shiftbook', 'app://shiftbook/clients/12?tab=pay#top']) {
      expect(isTrustedSender({ ...trusted, frameUrl }), frameUrl).toBe(true);
    }
  });

  test('refuses another window, an iframe, a missing frame and garbage', () => {
    expect(isTrustedSender({ ...trusted, isOwnWindow: false })).toBe(false);
    expect(isTrustedSender({ ...trusted, isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ ...trusted, frameUrl: undefined })).toBe(false);
    expect(isTrustedSender({ ...trusted, frameUrl: 'not a url' })).toBe(false);
    expect(isTrustedSender({ ...trusted, frameUrl: '' })).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  test('stays inside the app', () => {
    expect(isAllowedNavigation('app://shiftbook/')).toBe(true);
    expect(isAllowedNavigation('app://shiftbook/settings?x=1')).toBe(true);
  });

  test.each([
    'app://shiftbook.evil/',
    'https://shiftbook/',
    'http://shiftbook/',
    'app://evil/?app://shiftbook',
    'app://evil/#app://shiftbook/',
    'app://evil/app://shiftbook/',
    'app://shiftbook@evil/',
    'app://shiftbook:8080/',
    'app://evil.shiftbook/',
    'file:///C:/Windows/system32/',
    'javascript:alert(1)',
    'http://127.0.0.1:5173/',
    'about:blank',
    '',
  ])('refuses %j (parsed, not substring-matched)', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('mainWindowOptions', () => {
  const original = process.env.SHIFTBOOK_DEVTOOLS;
  afterEach(() => {
    if (original === undefined) delete process.env.SHIFTBOOK_DEVTOOLS;
    else process.env.SHIFTBOOK_DEVTOOLS = original;
  });

  test('locks the renderer down', () => {
    delete process.env.SHIFTBOOK_DEVTOOLS;
    const options = mainWindowOptions('/app/preload.cjs', 'Shiftbook', false);
    expect(options.title).toBe('Shiftbook');
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  test('devtools only when asked for, and never in a packaged release', () => {
    process.env.SHIFTBOOK_DEVTOOLS = '1';
    expect(mainWindowOptions('/p', 't', false).webPreferences?.devTools).toBe(true);
    expect(mainWindowOptions('/p', 't', true).webPreferences?.devTools).toBe(false);
  });
});

describe('content security policy', () => {
  const directives = new Map(
    contentSecurityPolicy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  test('scripts come from the app only, never eval', () => {
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  test('the window and browser mode share one policy', () => {
    expect(contentSecurityPolicy).toBe(coreCsp);
  });
});

describe('preload', () => {
  const preload = fs.readFileSync(path.join(repoRoot, 'electron', 'preload.cts'), 'utf8');

  test('uses the same channel name as electron/channel.ts', () => {
    const declared = /const apiChannel = '([^']+)';/.exec(preload);
    expect(declared?.[1]).toBe(apiChannel);
    expect(apiChannel).toBe('shiftbook:api');
    expect(preload).toContain('ipcRenderer.invoke(apiChannel, method, input, locale)');
  });

  test('exposes one narrow function and nothing of ipcRenderer itself', () => {
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).toContain("exposeInMainWorld('shiftbook', {");
    expect(preload).not.toMatch(/ipcRenderer\.(on|send|sendSync)\(/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,}]/);
  });
});
