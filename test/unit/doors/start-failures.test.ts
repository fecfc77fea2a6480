import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DatabaseFileError } from '../../../db/open.js';
import { startFailureText } from '../../../core/doors/failures.js';
import { makeTempDir, removeDir } from '../support.js';
import { startBrowserMode } from './browser-mode.js';

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => removeDir(dir));

describe('a door that cannot open its database', () => {
  test('says why in both languages, naming the file', () => {
    const text = startFailureText(new DatabaseFileError('system.notADatabase', '/data/shiftbook.sqlite'));
    expect(text).toBe(
      'Soubor /data/shiftbook.sqlite není databáze Shiftbooku, nebo je poškozený. Nic nebylo změněno. Obnovte ho ze zálohy (složka backups vedle něj).\n\n' +
        'The file /data/shiftbook.sqlite is not a Shiftbook database, or it is damaged. Nothing was changed. Restore it from a backup (the backups folder beside it).',
    );
    expect(startFailureText(new Error('EACCES: permission denied'))).toBe(
      'Shiftbook se nemůže spustit: EACCES: permission denied\n\nShiftbook cannot start: EACCES: permission denied',
    );
  });

  test('browser mode on a file that is not a database says so, then serves only the screen that explains it', async () => {
    const file = path.join(dir, 'shiftbook.sqlite');
    const bytes = Buffer.from('not a database at all\n'.repeat(100));
    fs.writeFileSync(file, bytes);
    const server = await startBrowserMode({ SHIFTBOOK_DB: file, SHIFTBOOK_DATA_DIR: dir });
    try {
      expect(server.stderr()).toContain(`The file ${file} is not a Shiftbook database, or it is damaged.`);
      expect(server.stderr()).toContain(`Soubor ${file} není databáze Shiftbooku`);
      expect(server.stderr()).not.toMatch(/SqliteError|\n\s+at /);
      const problem = await server.call('system.openProblem');
      expect(problem).toMatchObject({ ok: true, value: { kind: 'notADatabase', file, backup: null } });
      expect(await server.call('vault.status')).toMatchObject({ ok: false, error: { code: 'system.cannotOpen' } });
      expect(await server.call('clients.list', {})).toMatchObject({ ok: false, error: { code: 'system.cannotOpen' } });
      expect(await server.call('system.acceptRecovery', { name: 'x.sqlite' })).toMatchObject({
        ok: false,
        error: { code: 'system.offerChanged', field: 'name' },
      });
    } finally {
      expect(await server.stop()).toBe(0);
    }
    expect(fs.readFileSync(file)).toEqual(bytes);
  }, 60_000);
});
