import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Keyring, type OpenDatabase } from '../../db/open.js';
import { backupsIn } from '../../db/retention.js';
import { createDispatcher, type Dispatcher } from '../api/dispatcher.js';
import { backupSettingsOf, clearPrinted, makeBackup, type BackupOutcome } from '../backups/index.js';

export interface RuntimeOptions {
  dataFile: string;
  migrationsFolder: string;
  version: string;
  fontsDir: string;
  actor?: string;
  now?: () => Date;
  /** Refuse a missing or empty data file instead of creating a database (the CLI's calls). */
  mustExist?: boolean;
  busyTimeoutMs?: number;
  /** The data key of an encrypted file (see core/vault); without it the file is plain. */
  key?: Buffer;
  /** All data keys, current first, for maintenance that opens backups; read on every call (a password change adds one). */
  keyring?: () => Keyring | null;
}

export interface Runtime {
  /** The open database; a restore replaces it, so read it anew each time. */
  readonly database: OpenDatabase;
  /** Stays the same across a restore: it always answers from the database now open. */
  dispatcher: Dispatcher;
  backupDir: string;
  /** Where the doors save printed documents: `printed` beside the data file. */
  printedDir: string;
  /** A verified backup outside any call (at quit, daily), applying the retention rule. */
  backup(label: 'quit' | 'daily'): BackupOutcome;
  /** A backup when none was taken today (daily while running), and old printed documents removed as set. */
  dailyChores(): void;
  /** Where its backups go: the folder beside the file and the second folder, when set. */
  backupFolders(): string[];
  close(): void;
}

/**
 * Opens the data file (migrating it, with a backup first) and puts the
 * dispatcher in front of it. Backups of every kind go to `backups/` beside the
 * file, printed documents to `printed/`.
 */
export function openRuntime(options: RuntimeOptions): Runtime {
  const backupDir = backupDirOf(options.dataFile);
  const printedDir = path.join(path.dirname(backupDir), 'printed');
  const now = options.now ?? (() => new Date());
  const open = () =>
    openDatabase(options.dataFile, {
      migrationsFolder: options.migrationsFolder,
      backupDir,
      now,
      ...(options.mustExist ? { mustExist: true } : {}),
      ...(options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs }),
      ...(options.key ? { key: options.key } : {}),
    });
  const serve = (opened: OpenDatabase) =>
    createDispatcher({
      db: opened.db,
      actor: options.actor ?? safeUserName(),
      appVersion: options.version,
      schemaVersion: opened.schemaVersion,
      fontsDir: options.fontsDir,
      backupDir,
      now,
      maintenance: { printedDir, reopen },
      ...(options.keyring ? { keyring: options.keyring } : {}),
    });
  const keys = () => options.keyring?.()?.all ?? (options.key ? [options.key] : []);
  let database = open();
  let current = serve(database);
  function reopen(replace: () => void): void {
    database.close();
    try {
      replace();
    } finally {
      database = open();
      current = serve(database);
    }
  }
  const runtime: Runtime = {
    get database() {
      return database;
    },
    dispatcher: {
      call: (method, input, callOptions) => current.call(method, input, callOptions),
      run: (method, input, callOptions) => current.run(method, input, callOptions),
      get meta() {
        return current.meta;
      },
    },
    backupDir,
    printedDir,
    backup: (label) => makeBackup({ sqlite: database.sqlite, backupDir, keys: keys(), now: now() }, label),
    dailyChores: () => {
      const today = now().toDateString();
      if (!backupsIn(backupDir).some((entry) => new Date(entry.takenAt).toDateString() === today)) {
        runtime.backup('daily');
      }
      const { printedKeepDays } = backupSettingsOf(database.sqlite);
      if (printedKeepDays !== null) clearPrinted(printedDir, now(), printedKeepDays);
    },
    backupFolders: () => {
      const { secondFolder } = backupSettingsOf(database.sqlite);
      return [backupDir, ...(secondFolder ? [secondFolder] : [])];
    },
    close: () => database.close(),
  };
  return runtime;
}

/** Backups of every kind go to `backups/` beside the data file. */
export function backupDirOf(dataFile: string): string {
  return path.join(path.dirname(path.resolve(dataFile)), 'backups');
}

function safeUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'coordinator';
  }
}
