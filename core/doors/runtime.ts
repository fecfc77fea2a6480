import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Keyring, type OpenDatabase } from '../../db/open.js';
import { createDispatcher, type Dispatcher } from '../api/dispatcher.js';

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
  database: OpenDatabase;
  dispatcher: Dispatcher;
  backupDir: string;
  close(): void;
}

/**
 * Opens the data file (migrating it, with a backup first) and puts the
 * dispatcher in front of it. Backups of every kind go to `backups/` beside the file.
 */
export function openRuntime(options: RuntimeOptions): Runtime {
  const backupDir = backupDirOf(options.dataFile);
  const database = openDatabase(options.dataFile, {
    migrationsFolder: options.migrationsFolder,
    backupDir,
    ...(options.now ? { now: options.now } : {}),
    ...(options.mustExist ? { mustExist: true } : {}),
    ...(options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs }),
    ...(options.key ? { key: options.key } : {}),
  });
  const dispatcher = createDispatcher({
    db: database.db,
    actor: options.actor ?? safeUserName(),
    appVersion: options.version,
    schemaVersion: database.schemaVersion,
    fontsDir: options.fontsDir,
    backupDir,
    ...(options.now ? { now: options.now } : {}),
    ...(options.keyring ? { keyring: options.keyring } : {}),
  });
  return { database, dispatcher, backupDir, close: () => database.close() };
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
