import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import type { Keyring } from '../../db/open.js';
import type { Locale } from '../contract/i18n.js';
import type { MethodGroup } from '../contract/method.js';
import type { DocumentJob } from '../documents/registry.js';
import type { Ctx } from './context.js';

/**
 * What a maintenance method gets: the connection itself (no transaction is
 * open) and the folders the door chose, never a path found out in core/.
 */
export interface MaintenanceCtx {
  sqlite: Database.Database;
  /** Where backups go: beside the data file, as the door decides; null for an in-memory database. */
  backupDir: string | null;
  /** Where the doors save printed documents; null where none are saved. */
  printedDir: string | null;
  /**
   * Closes the database, runs `replace` on the closed file and opens it again
   * (migrating it); the door that owns the connection offers it, for restore.
   */
  reopen?: (replace: () => void) => void;
  /** The data keys (current first) when the file is encrypted: backups taken before a password change open with an older one. */
  keyring: Keyring | null;
  locale: Locale;
  actor: string;
  now(): Date;
}

/**
 * The use cases of a method group: one function per method, typed by the
 * contract. A document method answers a DocumentJob; the dispatcher renders it.
 */
export type Handlers<G extends MethodGroup> = {
  [K in keyof G]: G[K]['kind'] extends 'maintenance'
    ? (input: z.output<G[K]['input']>, ctx: MaintenanceCtx) => z.output<G[K]['output']>
    : (
        input: z.output<G[K]['input']>,
        ctx: Ctx,
      ) => G[K]['kind'] extends 'document' ? DocumentJob : z.output<G[K]['output']>;
};
