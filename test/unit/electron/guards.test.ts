import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  afterRendererGone,
  crashWindowMs,
  guardNavigation,
  maxReloads,
  navigationEvents,
  type NavigationSource,
} from '../../../electron/guards.js';
import { repoRoot } from '../../helpers/db.js';

/** The Electron binary cannot run here; Node's EventEmitter delivers events the way WebContents does. */
function fakeContents(): EventEmitter & NavigationSource {
  return new EventEmitter() as EventEmitter & NavigationSource;
}

function attempt(contents: EventEmitter, event: string, url: string): boolean {
  let prevented = false;
  contents.emit(event, { url, preventDefault: () => (prevented = true) });
  return prevented;
}

describe('guardNavigation', () => {
  test.each(navigationEvents)('%s outside the app is refused, inside it allowed', (event) => {
    const contents = fakeContents();
    guardNavigation(contents);
    expect(attempt(contents, event, 'https://example.org/')).toBe(true);
    expect(attempt(contents, event, 'file:///etc/passwd')).toBe(true);
    expect(attempt(contents, event, 'app://shiftbook.evil/')).toBe(true);
    expect(attempt(contents, event, 'app://shiftbook/clients/1')).toBe(false);
  });

  test('listens to every navigation event, including redirects and frames', () => {
    const contents = fakeContents();
    guardNavigation(contents);
    expect(contents.eventNames().sort()).toEqual(['will-frame-navigate', 'will-navigate', 'will-redirect']);
  });
});

describe('afterRendererGone', () => {
  test('a closing window is not reloaded', () => {
    expect(afterRendererGone('clean-exit', 0, []).answer).toBe('ignore');
  });

  test('a crash reloads, a crash loop gives up, an old crash is forgotten', () => {
    let reloads: number[] = [];
    for (let i = 0; i < maxReloads; i++) {
      const next = afterRendererGone('crashed', 1000 * i, reloads);
      expect(next.answer).toBe('reload');
      reloads = next.reloads;
    }
    expect(afterRendererGone('oom', 5000, reloads).answer).toBe('giveUp');
    expect(afterRendererGone('killed', 2000 + crashWindowMs, reloads).answer).toBe('reload');
  });
});

describe('electron-builder fuses', () => {
  const yaml = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };
  const config = yaml.load(fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as {
    electronFuses?: Record<string, boolean>;
  };

  test('no Node runtime, NODE_OPTIONS or inspector through the app; cookies encrypted; asar only and checked', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
