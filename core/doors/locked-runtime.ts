import fs from 'node:fs';
import path from 'node:path';
import { holdsData, readContents } from '../../db/backup.js';
import { DatabaseFileError } from '../../db/open.js';
import { createGate, createLock, type Gate, keyFilePath, type Lock } from '../vault/index.js';
import { expectationOf, rememberOpened } from './record.js';
import { backupDirOf, openRuntime, type Runtime, type RuntimeOptions } from './runtime.js';

/** The app's record of opened data files (record.ts), and where its troubles are told. */
export interface OpenRecord {
  file: string;
  report: (text: string) => void;
}

/**
 * The data file behind its lock, as browser mode and the desktop app open it:
 * nothing is read until the password is given, at start from
 * SHIFTBOOK_PASSWORD (scripts, tests) or on the unlock screen. A wrong password
 * from the environment stops the start (failures.ts words it).
 */
export async function openLockedRuntime(
  options: RuntimeOptions,
  env: NodeJS.ProcessEnv = {},
  record?: OpenRecord,
): Promise<Gate<Runtime>> {
  const lock = lockedData(options, record);
  const password = env.SHIFTBOOK_PASSWORD;
  if (password !== undefined && lock.state() === 'locked') {
    try {
      await lock.unlock(password);
    } catch (error) {
      lock.close();
      throw error;
    }
  }
  return createGate(lock);
}

/**
 * The lock in front of the data file. With a record, a file that held data
 * when last opened must still be there: missing or empty it is a lost file
 * (never a new, empty programme), and each successful open is noted.
 * `failed` hears why an open failed (the gate answers only the error's code).
 */
export function lockedData(
  options: RuntimeOptions,
  record?: OpenRecord,
  failed: (error: unknown) => void = () => undefined,
): Lock<Runtime> {
  const expected = record ? expectationOf(record.file, options.dataFile, record.report).kind !== 'none' : false;
  // Without its key file nothing would stop the first-password screen from making a new file in its place.
  if (expected && isMissingOrEmpty(options.dataFile) && !fs.existsSync(keyFilePath(options.dataFile))) {
    throw new DatabaseFileError('system.databaseLostRecorded', path.resolve(options.dataFile));
  }
  return createLock({
    dataFile: options.dataFile,
    backupDir: backupDirOf(options.dataFile),
    open: (key, keyring) => {
      let runtime: Runtime;
      try {
        runtime = openRuntime({ ...options, key, keyring, ...(expected ? { mustExist: true } : {}) });
      } catch (error) {
        const refusal = expected ? asLost(error) : error;
        failed(refusal);
        throw refusal;
      }
      if (record) noteOpened(record, runtime);
      return runtime;
    },
  });
}

/** Records the file as open now, with whether it holds data and its backup folders; never fails the open. */
export function noteOpened(record: OpenRecord, runtime: Runtime, now: Date = new Date()): void {
  try {
    rememberOpened(
      record.file,
      runtime.database.file,
      {
        heldData: holdsData(readContents(runtime.database.sqlite)),
        backupFolders: runtime.backupFolders(),
        at: now,
      },
      record.report,
    );
  } catch (error) {
    record.report(`The record of opened data files ${record.file} was not updated (${(error as Error).message}).`);
  }
}

function isMissingOrEmpty(file: string): boolean {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return !stat || (stat.isFile() && stat.size === 0);
}

/** Refused as missing or empty where the record expects data: lost, not merely absent. */
function asLost(error: unknown): unknown {
  if (
    error instanceof DatabaseFileError &&
    (error.code === 'system.databaseMissing' || error.code === 'system.databaseEmpty')
  ) {
    return new DatabaseFileError('system.databaseLostRecorded', error.file, { cause: error });
  }
  return error;
}
