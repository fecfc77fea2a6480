import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDispatcher, type Dispatcher } from '../../core/api/dispatcher.js';
import { openDatabase, type OpenDatabase } from '../../db/open.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const migrationsFolder = path.join(repoRoot, 'db', 'migrations');
export const fontsDir = path.join(repoRoot, 'resources', 'fonts');

/** A fixed moment for deterministic tests: Tuesday 24 November 2026, 9:00 local time. */
export const fixedNow = () => new Date(2026, 10, 24, 9, 0, 0);

export interface TestApp {
  database: OpenDatabase;
  api: Dispatcher;
  /** Calls a method and returns its value, failing the test with the error otherwise. */
  ok<T = unknown>(method: string, input?: unknown): T;
  /** Calls a method that must fail and returns the error. */
  err(
    method: string,
    input?: unknown,
    locale?: 'cs' | 'en',
  ): { code: string; message: string; field?: string; params?: Record<string, unknown> };
  close(): void;
}

/** A fresh real database (in memory, with the real migrations) behind the real dispatcher. */
export function testApp(options: { file?: string; now?: () => Date } = {}): TestApp {
  const database = openDatabase(options.file ?? ':memory:', { migrationsFolder });
  const api = createDispatcher({
    db: database.db,
    now: options.now ?? fixedNow,
    actor: 'test',
    fontsDir,
    onInternalError: () => {},
  });
  return {
    database,
    api,
    ok: <T>(method: string, input: unknown = {}) => {
      const result = api.call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value as T;
    },
    err: (method, input = {}, locale = 'en') => {
      const result = api.call(method, input, { locale });
      if (result.ok) throw new Error(`${method} unexpectedly succeeded: ${JSON.stringify(result.value)}`);
      return result.error;
    },
    close: () => database.close(),
  };
}

export const rehor = {
  code: 'K-001',
  firstName: 'Řehoř',
  lastName: 'Šťastný',
  nickname: 'Řeha',
  birthDate: '1980-03-15',
};
