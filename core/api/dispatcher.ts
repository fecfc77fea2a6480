import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { AppDb } from '../../db/open.js';
import { contract, isMethodName } from '../contract/index.js';
import type { ApiError, ApiResult } from '../contract/errors.js';
import { defaultLocale, findMessage, type Locale, translate } from '../contract/i18n.js';
import { describeIssue } from '../contract/issues.js';
import { createCtx } from './context.js';
import { DomainError } from './domain-error.js';
import { handlers } from './handlers.js';
import { statementCache } from './statements.js';
import type { DocumentJob } from '../documents/registry.js';
import { renderJob } from '../documents/templates.js';

export interface DispatcherOptions {
  db: AppDb;
  now?: () => Date;
  /** Who acts (recorded in the audit log), e.g. the OS user or "cli". */
  actor?: string;
  /** Where unexpected errors are reported; the caller only sees a generic message. */
  onInternalError?: (method: string, error: unknown) => void;
  appVersion?: string;
  schemaVersion?: string;
  /** Fonts for printed documents (resources/fonts). */
  fontsDir?: string;
}

export interface CallOptions {
  locale?: Locale;
}

export interface Dispatcher {
  /**
   * Runs a method synchronously. A printing method answers its DocumentJob
   * here; doors use `run`, which renders it.
   */
  call(method: string, input: unknown, options?: CallOptions): ApiResult<unknown>;
  /** What every door calls: like `call`, with printed documents rendered to PDF. */
  run(method: string, input: unknown, options?: CallOptions): Promise<ApiResult<unknown>>;
  readonly meta: { appVersion: string; schemaVersion: string };
}

/**
 * The single entry point of every door: validates the input against the
 * contract, runs the use case in one transaction and answers a result or a
 * translated error. A failed call leaves the database exactly as it was.
 */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const now = options.now ?? (() => new Date());
  const actor = options.actor ?? 'coordinator';
  const report = options.onInternalError ?? ((m, e) => console.error(`[${m}]`, e));
  const meta = { appVersion: options.appVersion ?? '0.0.0', schemaVersion: options.schemaVersion ?? '' };
  const sqlite = connectionOf(options.db);
  const statement = statementCache(sqlite);
  // better-sqlite3's own transaction, made once: it rolls back on any throw
  // (and nests as a savepoint). Use cases run on the root drizzle handle,
  // which is the same connection, so a drizzle transaction object need not be
  // built for every call.
  const inTransaction = sqlite.transaction((work: () => unknown) => work());

  function call(method: string, input: unknown, callOptions: CallOptions = {}): ApiResult<unknown> {
    const locale = callOptions.locale ?? defaultLocale;
    if (!isMethodName(method)) {
      return fail(locale, { code: 'unknownMethod', params: { method } });
    }
    const def = contract[method];
    const parsed = (def.input as z.ZodType).safeParse(input ?? {}, { reportInput: true });
    if (!parsed.success) return fail(locale, invalidInput(locale, parsed.error.issues));
    const run = handlers[method] as (input: unknown, ctx: ReturnType<typeof createCtx>) => unknown;
    try {
      const work = () => run(parsed.data, createCtx(options.db, { now, actor, method, locale, meta, statement }));
      const value = def.write ? inTransaction.immediate(work) : inTransaction.deferred(work);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof DomainError) {
        return fail(locale, { code: error.code, params: error.params, field: error.field });
      }
      report(method, error);
      return fail(locale, { code: 'internal', params: {} });
    }
  }

  async function run(method: string, input: unknown, callOptions: CallOptions = {}): Promise<ApiResult<unknown>> {
    const result = call(method, input, callOptions);
    if (!result.ok || !isMethodName(method) || !(contract[method] as { document?: boolean }).document) return result;
    const job = result.value as DocumentJob;
    try {
      const bytes = await renderJob(job, { fontsDir: options.fontsDir ?? '' });
      return {
        ok: true,
        value: { fileName: job.fileName, contentType: 'application/pdf', base64: bytes.toString('base64') },
      };
    } catch (error) {
      report(method, error);
      return fail(callOptions.locale ?? defaultLocale, { code: 'internal', params: {} });
    }
  }

  return {
    call,
    run,
    meta,
  };
}

/** The better-sqlite3 connection under drizzle (set by drizzle(), not in its type). */
function connectionOf(db: AppDb): Database.Database {
  const client = (db as AppDb & { $client?: Database.Database }).$client;
  if (!client) throw new Error('The dispatcher needs a database opened with openDatabase()');
  return client;
}

interface ErrorSpec {
  code: string;
  params: Record<string, unknown>;
  field?: string | undefined;
  messageKey?: string;
}

function invalidInput(locale: Locale, issues: z.core.$ZodIssue[]): ErrorSpec {
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

function fail(locale: Locale, spec: ErrorSpec): { ok: false; error: ApiError } {
  const message = translate(locale, spec.messageKey ?? `errors.${spec.code}`, spec.params);
  const error: ApiError = { code: spec.code, message };
  if (spec.field !== undefined) error.field = spec.field;
  if (Object.keys(spec.params).length > 0) error.params = spec.params;
  return { ok: false, error };
}
