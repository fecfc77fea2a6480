import os from 'node:os';
import path from 'node:path';
import { openDatabase, type OpenDatabase } from '../../db/open.js';
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
  const backupDir = path.join(path.dirname(path.resolve(options.dataFile)), 'backups');
  const database = openDatabase(options.dataFile, {
    migrationsFolder: options.migrationsFolder,
    backupDir,
    ...(options.now ? { now: options.now } : {}),
    ...(options.mustExist ? { mustExist: true } : {}),
    ...(options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs }),
  });
  const dispatcher = createDispatcher({
    db: database.db,
    actor: options.actor ?? safeUserName(),
    appVersion: options.version,
    schemaVersion: database.schemaVersion,
    fontsDir: options.fontsDir,
    backupDir,
    ...(options.now ? { now: options.now } : {}),
  });
  return { database, dispatcher, backupDir, close: () => database.close() };
}

function safeUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'coordinator';
  }
}
