import path from 'node:path';
import { type BackupKeys, DatabaseFileError } from '../../db/open.js';
import { DomainError } from '../api/domain-error.js';
import { backupsIn } from '../../db/retention.js';
import { listBackups, restoreUnopened } from '../backups/index.js';
import { type Locale, translate } from '../contract/i18n.js';
import { recordedBackupFolders } from './record.js';
import type { Runtime } from './runtime.js';

export interface BackupCommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now?: () => Date;
  /** The app's record of opened data files: a lost file's backups may lie in its second folder. */
  record?: string;
}

/** Opening the database for these commands; the CLI passes its own (mustExist, actor "cli"). */
type Open = () => Promise<Runtime>;

/** The database cannot be opened, yet a backup can still be put in its place. */
const restorableWithoutOpening = new Set([
  'system.databaseMissing',
  'system.databaseEmpty',
  'system.databaseLost',
  'system.databaseLostRecorded',
  'system.databaseDamaged',
  'system.notADatabase',
  'vault.wrongKey',
]);

const print = (io: BackupCommandIo, value: unknown) => io.stdout(`${JSON.stringify(value, null, 2)}\n`);

async function viaDispatcher(open: Open, method: string, input: unknown, locale: Locale, io: BackupCommandIo) {
  const runtime = await open();
  try {
    const result = await runtime.dispatcher.run(method, input, { locale });
    if (!result.ok) {
      io.stderr(`${result.error.message} (${result.error.code})\n`);
      return 1;
    }
    print(io, result.value);
    return 0;
  } finally {
    runtime.close();
  }
}

/** `backups`: what is in the backups folder beside the file; works while the file itself cannot be opened. */
export async function listCommand(file: string, keys: () => Promise<BackupKeys>, io: BackupCommandIo): Promise<number> {
  print(io, listBackups(path.join(path.dirname(file), 'backups'), { secondFolder: null, keys: await keys() }));
  return 0;
}

export function backupCommand(open: Open, locale: Locale, io: BackupCommandIo): Promise<number> {
  return viaDispatcher(open, 'backups.create', {}, locale, io);
}

/**
 * `restore <name>` and `restore --undo`. An open database is restored through
 * the dispatcher (its data kept aside first); one that cannot be opened is
 * replaced directly, whatever was there kept aside byte for byte.
 */
export async function restoreCommand(
  file: string,
  name: string | undefined,
  keys: () => Promise<BackupKeys>,
  open: Open,
  locale: Locale,
  io: BackupCommandIo,
): Promise<number> {
  if (name === undefined) return viaDispatcher(open, 'backups.undoRestore', {}, locale, io);
  try {
    return await viaDispatcher(open, 'backups.restore', { name }, locale, io);
  } catch (error) {
    if (!(error instanceof DatabaseFileError) || !restorableWithoutOpening.has(error.code)) throw error;
  }
  try {
    const now = (io.now ?? (() => new Date()))();
    const folders = [
      path.join(path.dirname(file), 'backups'),
      ...(io.record ? recordedBackupFolders(io.record, file) : []),
    ];
    const folder =
      folders.find((dir) => backupsIn(dir).some((entry) => entry.name === path.basename(name))) ?? folders[0];
    const outcome = restoreUnopened(file, folder ?? '', path.basename(name), {
      now,
      keys: await keys(),
    });
    (await open()).close();
    print(io, outcome);
    return 0;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    io.stderr(`${translate(locale, `errors.${error.code}`, error.params)} (${error.code})\n`);
    return 1;
  }
}
