import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import { sqliteProblem, type AppDb, type Keyring } from '../../db/open.js';
import { contract, isMethodName, type MethodName } from '../contract/index.js';
import type { ApiError, ApiResult } from '../contract/errors.js';
import {
  defaultLocale,
  type ErrorCode,
  findMessage,
  type Locale,
  type MessageKey,
  translate,
} from '../contract/i18n.js';
import { describeIssue } from '../contract/issues.js';
import type { MethodDef } from '../contract/method.js';
import { createCtx } from './context.js';
import { DomainError } from './domain-error.js';
import type { MaintenanceCtx } from './handler.js';
import { handlers } from './handlers.js';
import { storedCoordinatorName } from '../settings/index.js';
import { captureChanges, type CallStamp } from '../privacy/index.js';
import type { DocumentJob } from '../documents/registry.js';

export interface DispatcherOptions {
  db: AppDb;
  now?: () => Date;
  /**
   * Who acts when no coordinator name is stored (see settings.saveCoordinator),
   * e.g. the OS user or "cli"; the stored name is read on every call.
   */
  actor?: string;
  /** Where unexpected errors are reported; the caller only sees a generic message. */
  onInternalError?: (method: string, error: unknown) => void;
  appVersion?: string;
  schemaVersion?: string;
  /** Fonts for printed documents (resources/fonts). */
  fontsDir?: string;
  /** Where system.backup writes copies, as the door decides; without it backups are refused. */
  backupDir?: string;
  /** What maintenance methods get besides (see MaintenanceCtx). */
  maintenance?: Pick<MaintenanceCtx, 'printedDir' | 'reopen'>;
  /** The data keys of an encrypted file (the current one first), for opening its backups; null when plain. */
  keyring?: () => Keyring | null;
}

export interface CallOptions {
  locale?: Locale;
}

export interface Dispatcher {
  /**
   * Runs a method synchronously. A document method answers its DocumentJob here,
   * committed without being rendered (for tests and seeding); doors use `run`.
   */
  call(method: string, input: unknown, options?: CallOptions): ApiResult<unknown>;
  /** What every door calls: like `call`, with documents rendered before their transaction commits. */
  run(method: string, input: unknown, options?: CallOptions): Promise<ApiResult<unknown>>;
  readonly meta: { appVersion: string; schemaVersion: string };
}

export type Failure = { ok: false; error: ApiError };
type Prepared = { name: MethodName; def: MethodDef; data: unknown };

/**
 * The single entry point of every door: validates the input against the
 * contract, runs the use case as its kind says (see MethodKind) and answers a
 * result or a translated error. A failed call leaves the database exactly as it was.
 */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const now = options.now ?? (() => new Date());
  const fallbackActor = options.actor ?? 'coordinator';
  // Read per call (a prepared lookup), so a name saved through another door counts at once.
  // A database that cannot even be read still reaches its maintenance methods.
  const actorNow = () => {
    try {
      return storedCoordinatorName(options.db) ?? fallbackActor;
    } catch {
      return fallbackActor;
    }
  };
  const report = options.onInternalError ?? ((m, e) => console.error(`[${m}]`, e));
  const meta = { appVersion: options.appVersion ?? '0.0.0', schemaVersion: options.schemaVersion ?? '' };
  const sqlite = connectionOf(options.db);
  // better-sqlite3's own transaction, made once: it rolls back on any throw
  // (and nests as a savepoint). Use cases run on the root drizzle handle,
  // which is the same connection, so a drizzle transaction object need not be
  // built for every call.
  const inTransaction = sqlite.transaction((work: () => unknown) => work());
  // While a document renders, its transaction stays open on this connection;
  // other calls wait for it (run) or are refused (call) so they cannot land in it.
  let printing: Promise<ApiResult<unknown>> | null = null;
  // Every change of an audited row is logged with the call that made it (see
  // core/privacy/capture.ts). A file whose tables cannot take the triggers
  // still answers reads and maintenance, but no write goes in unlogged.
  let stamp: CallStamp | null = null;
  let captureProblem: Error | null = null;
  try {
    captureChanges(sqlite, () => stamp);
  } catch (error) {
    captureProblem = error instanceof Error ? error : new Error(String(error));
  }

  function prepare(method: string, input: unknown, locale: Locale): Prepared | Failure {
    if (!isMethodName(method)) return fail(locale, { code: 'unknownMethod', params: { method } });
    const def = contract[method] as MethodDef;
    const parsed = def.input.safeParse(input ?? {}, { reportInput: true });
    if (!parsed.success) return fail(locale, invalidInput(locale, parsed.error.issues));
    return { name: method, def, data: parsed.data };
  }

  function execute({ name, def, data }: Prepared, locale: Locale): unknown {
    const handler = handlers[name] as (input: unknown, ctx: unknown) => unknown;
    if (def.kind === 'maintenance') {
      const ctx: MaintenanceCtx = {
        printedDir: null,
        ...options.maintenance,
        sqlite,
        backupDir: options.backupDir ?? null,
        keyring: options.keyring?.() ?? null,
        locale,
        actor: actorNow(),
        now,
      };
      return handler(data, ctx);
    }
    // Who acts is read inside the call's transaction: there it is a lookup in
    // the open snapshot, outside it a read transaction of its own (six times dearer).
    const work = () => {
      const ctx = createCtx(options.db, { now, actor: actorNow(), method: name, locale, meta });
      if (def.kind === 'read') return handler(data, ctx);
      if (captureProblem) throw captureProblem;
      stamp = { at: ctx.timestamp(), actor: ctx.actor, method: name };
      try {
        return handler(data, ctx);
      } finally {
        stamp = null;
      }
    };
    return def.kind === 'read' ? inTransaction.deferred(work) : inTransaction.immediate(work);
  }

  function failure(method: string, locale: Locale, error: unknown): Failure {
    if (error instanceof DomainError) {
      return fail(locale, { code: error.code, params: error.params, field: error.field });
    }
    const problem = sqliteProblem(error);
    if (problem === 'busy') return fail(locale, { code: 'system.databaseBusy', params: {} });
    report(method, error);
    if (problem === 'damaged') return fail(locale, { code: 'system.notADatabase', params: { file: sqlite.name } });
    if (problem === 'readOnly') return fail(locale, { code: 'system.databaseReadOnly', params: { file: sqlite.name } });
    if (problem === 'full') return fail(locale, { code: 'system.diskFull', params: { file: sqlite.name } });
    return fail(locale, { code: 'internal', params: {} });
  }

  function call(method: string, input: unknown, callOptions: CallOptions = {}): ApiResult<unknown> {
    const locale = callOptions.locale ?? defaultLocale;
    const prepared = prepare(method, input, locale);
    if ('ok' in prepared) return prepared;
    if (printing) return fail(locale, { code: 'system.databaseBusy', params: {} });
    try {
      return { ok: true, value: execute(prepared, locale) };
    } catch (error) {
      return failure(method, locale, error);
    }
  }

  /**
   * Gathers (and records) a document under the write lock and commits only once
   * the file is rendered: a paper that cannot be made leaves no trace.
   * better-sqlite3 is synchronous and pdfkit is not, so the transaction is
   * opened by hand and the use case runs inside it as a savepoint.
   */
  async function print(prepared: Prepared, locale: Locale): Promise<ApiResult<unknown>> {
    let job: DocumentJob;
    try {
      sqlite.exec('BEGIN IMMEDIATE');
      job = execute(prepared, locale) as DocumentJob;
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      return failure(prepared.name, locale, error);
    }
    try {
      // Loaded on the first print: pdfkit alone takes longer to load than a whole CLI read.
      const { renderJob } = await import('../documents/templates.js');
      const file = await renderJob(job, { fontsDir: options.fontsDir ?? '' });
      sqlite.exec('COMMIT');
      return { ok: true, value: file };
    } catch (error) {
      const committed = !sqlite.inTransaction;
      if (!committed) sqlite.exec('ROLLBACK');
      if (sqliteProblem(error)) return failure(prepared.name, locale, error);
      report(prepared.name, error);
      return fail(locale, { code: 'system.documentFailed', params: {} });
    }
  }

  async function run(method: string, input: unknown, callOptions: CallOptions = {}): Promise<ApiResult<unknown>> {
    while (printing) await printing;
    const locale = callOptions.locale ?? defaultLocale;
    const prepared = prepare(method, input, locale);
    if ('ok' in prepared) return prepared;
    if (prepared.def.kind !== 'document') return call(method, input, callOptions);
    const job = print(prepared, locale);
    printing = job;
    try {
      return await job;
    } finally {
      printing = null;
    }
  }

  return { call, run, meta };
}

/** The better-sqlite3 connection under drizzle (set by drizzle(), not in its type). */
function connectionOf(db: AppDb): Database.Database {
  const client = (db as AppDb & { $client?: Database.Database }).$client;
  if (!client) throw new Error('The dispatcher needs a database opened with openDatabase()');
  return client;
}

export interface ErrorSpec {
  code: ErrorCode;
  params: Record<string, unknown>;
  field?: string | undefined;
  messageKey?: MessageKey;
}

/** A refused input, translated as the dispatcher answers it (the lock in front of it says it the same way). */
export function invalidInput(locale: Locale, issues: z.core.$ZodIssue[]): ErrorSpec {
  const first = describeIssue(issues[0] as z.core.$ZodIssue);
  const problem = translate(locale, first.key, first.params);
  const fieldName = first.field?.split('.').at(-1);
  const label = fieldName ? (findMessage(locale, `fields.${fieldName}`) ?? fieldName) : undefined;
  // Every refused field with its problem, so a form can mark them all at once.
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const { key, params, field } = describeIssue(issue);
    if (field !== undefined && !(field in fields)) fields[field] = translate(locale, key, params);
  }
  return {
    code: 'invalidInput',
    field: first.field,
    params: { ...first.params, problem, problemKey: first.key, field: label ?? first.field ?? '', fields },
    messageKey: label ? 'errors.invalidInput' : 'errors.invalidInputGeneral',
  };
}

export function fail(locale: Locale, spec: ErrorSpec): Failure {
  const message = translate(locale, spec.messageKey ?? `errors.${spec.code}`, spec.params);
  const error: ApiError = { code: spec.code, message };
  if (spec.field !== undefined) error.field = spec.field;
  if (Object.keys(spec.params).length > 0) error.params = spec.params;
  return { ok: false, error };
}
