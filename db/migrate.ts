import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import { readMigrationFiles } from 'drizzle-orm/migrator';

export const migrationsTable = '__drizzle_migrations';

export interface MigrationFile {
  tag: string;
  hash: string;
  folderMillis: number;
  sql: string[];
}

export type MigrationPlan =
  | { kind: 'ready'; pending: MigrationFile[]; applied: number; fresh: boolean }
  | { kind: 'refused'; reason: 'unknownMigration' | 'changedMigration' | 'outOfOrder'; detail: string };

/** Thrown when the database cannot be brought to this version's schema; nothing was changed. */
export class MigrationError extends Error {
  constructor(
    readonly code: 'migrationRefused' | 'migrationFailed',
    message: string,
    readonly detail: { migration?: string; backup?: string },
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

export function readMigrations(migrationsFolder: string): MigrationFile[] {
  const files = readMigrationFiles({ migrationsFolder });
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return files.map((f, index) => ({
    tag: journal.entries[index]?.tag ?? `#${index}`,
    hash: f.hash,
    folderMillis: f.folderMillis,
    sql: f.sql,
  }));
}

/**
 * Compares the migrations recorded in the database with the files shipped with
 * the app. A database that knows a migration we do not have, or whose recorded
 * migration differs from ours, was written by another version: refuse it.
 */
export function planMigrations(sqlite: Database.Database, files: MigrationFile[]): MigrationPlan {
  const hasTable =
    sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(migrationsTable) !== undefined;
  const userTables = sqlite
    .prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .get() as { n: number };
  const recorded = hasTable
    ? (sqlite.prepare(`SELECT hash, created_at AS createdAt FROM ${migrationsTable} ORDER BY created_at`).all() as {
        hash: string;
        createdAt: number;
      }[])
    : [];
  const byMillis = new Map(files.map((f) => [f.folderMillis, f]));
  for (const row of recorded) {
    const file = byMillis.get(Number(row.createdAt));
    if (!file) {
      return {
        kind: 'refused',
        reason: 'unknownMigration',
        detail: `recorded migration ${row.createdAt} is not shipped`,
      };
    }
    if (file.hash !== row.hash) {
      return {
        kind: 'refused',
        reason: 'changedMigration',
        detail: `migration ${file.tag} differs from the recorded one`,
      };
    }
  }
  const done = new Set(recorded.map((r) => Number(r.createdAt)));
  const pending = files.filter((f) => !done.has(f.folderMillis));
  const lastApplied = Math.max(0, ...done);
  const early = pending.find((f) => f.folderMillis < lastApplied);
  if (early) {
    return {
      kind: 'refused',
      reason: 'outOfOrder',
      detail: `migration ${early.tag} is older than the last applied one`,
    };
  }
  return { kind: 'ready', pending, applied: recorded.length, fresh: userTables.n === 0 };
}

/**
 * Applies pending migrations in one transaction. Foreign keys are switched off
 * around it (SQLite ignores that pragma inside a transaction, and table rebuilds
 * need it) and checked before commit, so a rebuild cannot silently orphan rows.
 */
export function applyMigrations(sqlite: Database.Database, pending: MigrationFile[]): void {
  if (pending.length === 0) return;
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      sqlite.exec(
        `CREATE TABLE IF NOT EXISTS ${migrationsTable} (id INTEGER PRIMARY KEY, hash text NOT NULL, created_at numeric)`,
      );
      const record = sqlite.prepare(`INSERT INTO ${migrationsTable} (hash, created_at) VALUES (?, ?)`);
      for (const migration of pending) {
        try {
          for (const statement of migration.sql) {
            if (statement.trim() !== '') sqlite.exec(statement);
          }
        } catch (error) {
          throw Object.assign(error as Error, { migrationTag: migration.tag });
        }
        record.run(migration.hash, migration.folderMillis);
      }
      const violations = sqlite.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) throw new Error(`foreign key check failed: ${JSON.stringify(violations[0])}`);
      sqlite.exec('COMMIT');
    } catch (error) {
      sqlite.exec('ROLLBACK');
      throw error;
    }
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
