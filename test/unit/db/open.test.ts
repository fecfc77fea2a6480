import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DatabaseFileError, openDatabase } from '../../../db/open.js';
import { migrationsFolder } from '../../helpers/db.js';
import { makeTempDir, removeDir } from '../support.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = makeTempDir();
  file = path.join(dir, 'shiftbook.sqlite');
});
afterEach(() => removeDir(dir));

function openError(options: { mustExist?: boolean } = {}): DatabaseFileError {
  try {
    openDatabase(file, { migrationsFolder, ...options }).close();
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseFileError);
    return error as DatabaseFileError;
  }
  throw new Error('openDatabase unexpectedly succeeded');
}

describe('openDatabase refuses a file it cannot use, naming it, and leaves it as it was', () => {
  test('a missing file when it must exist: nothing is created', () => {
    expect(openError({ mustExist: true })).toMatchObject({ code: 'system.databaseMissing', file });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('an empty file when it must exist; without mustExist it becomes a database', () => {
    fs.writeFileSync(file, '');
    expect(openError({ mustExist: true })).toMatchObject({ code: 'system.databaseEmpty', file });
    expect(fs.statSync(file).size).toBe(0);
    openDatabase(file, { migrationsFolder }).close();
    expect(fs.statSync(file).size).toBeGreaterThan(0);
  });

  test.each([
    ['text', Buffer.from('not a database\n'.repeat(300))],
    ['a damaged header', Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 0xff)])],
  ])('%s', (_name, content) => {
    fs.writeFileSync(file, content);
    expect(openError()).toMatchObject({ code: 'system.notADatabase', file });
    expect(fs.readFileSync(file)).toEqual(content);
  });

  test('a folder', () => {
    fs.mkdirSync(file);
    expect(openError()).toMatchObject({ code: 'system.notADatabase', file });
  });
});
