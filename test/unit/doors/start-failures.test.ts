import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DatabaseFileError } from '../../../db/open.js';
import { startFailureText } from '../../../core/doors/failures.js';
import { repoRoot } from '../../helpers/db.js';
import { makeTempDir, removeDir } from '../support.js';

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

  test('browser mode on a file that is not a database exits 1 with that message, no stack trace', () => {
    const file = path.join(dir, 'shiftbook.sqlite');
    fs.writeFileSync(file, 'not a database at all\n'.repeat(100));
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'core/doors/browser-main.ts'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, SHIFTBOOK_DB: file, SHIFTBOOK_PORT: '0' },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`The file ${file} is not a Shiftbook database, or it is damaged.`);
    expect(result.stderr).toContain(`Soubor ${file} není databáze Shiftbooku`);
    expect(result.stderr).not.toMatch(/SqliteError|\n\s+at /);
  }, 60_000);
});
