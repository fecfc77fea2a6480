import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createDispatcher, type Dispatcher } from '../../core/api/dispatcher.js';
import { instantOf } from '../../core/contract/dates.js';
import type { DocumentFile } from '../../core/contract/documents.js';
import type { ApiError, ApiResult } from '../../core/contract/errors.js';
import {
  contract,
  isMethodName,
  type Contract,
  type Input,
  type MethodName,
  type Output,
} from '../../core/contract/index.js';
import type { DocumentJob } from '../../core/documents/registry.js';
import { openDatabase, type OpenDatabase } from '../../db/open.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const migrationsFolder = path.join(repoRoot, 'db', 'migrations');
export const fontsDir = path.join(repoRoot, 'resources', 'fonts');

/** A fixed moment for deterministic tests: Tuesday 24 November 2026, 9:00 local time. */
export const fixedNow = () => new Date(2026, 10, 24, 9, 0, 0);

/** Methods that print: `call` answers their DocumentJob, `run` the rendered file. */
export type DocumentMethod = {
  [M in MethodName]: Contract[M] extends { readonly kind: 'document' } ? M : never;
}[MethodName];

/** What `call` answers: the contract's output, or the job of a printing method. */
export type Answer<M extends MethodName> = M extends DocumentMethod ? DocumentJob : Output<M>;

/** The input argument, optional only where the method's input has no required field. */
type InputArg<M extends MethodName> = Record<never, never> extends Input<M> ? [input?: Input<M>] : [input: Input<M>];

export interface TestApp {
  database: OpenDatabase;
  /** The real dispatcher, with every successful answer checked against the contract. */
  api: Dispatcher;
  /** Calls a method and returns its checked value, failing the test with the error otherwise. */
  ok<M extends MethodName>(method: M, ...input: InputArg<M>): Answer<M>;
  /** Runs a printing method and returns its checked file. */
  print<M extends DocumentMethod>(method: M, ...input: InputArg<M>): Promise<DocumentFile>;
  /** Calls a method that must fail (any input, the wrong ones too) and returns the error. */
  err(method: string, input?: unknown, locale?: 'cs' | 'en'): ApiError;
  close(): void;
}

/** A fresh real database (in memory, with the real migrations) behind the real dispatcher. */
export function testApp(options: { file?: string; now?: () => Date; key?: Buffer } = {}): TestApp {
  const database = openDatabase(options.file ?? ':memory:', {
    migrationsFolder,
    ...(options.key ? { key: options.key } : {}),
  });
  const api = checked(
    createDispatcher({
      db: database.db,
      now: options.now ?? fixedNow,
      actor: 'test',
      fontsDir,
      onInternalError: () => {},
    }),
  );
  return {
    database,
    api,
    ok: (method, ...[input]) => valueOf(method, api.call(method, input ?? {})) as never,
    print: async (method, ...[input]) => valueOf(method, await api.run(method, input ?? {})) as DocumentFile,
    err: (method, input = {}, locale = 'en') => {
      const result = api.call(method, input, { locale });
      if (result.ok) throw new Error(`${method} unexpectedly succeeded: ${JSON.stringify(result.value)}`);
      return result.error;
    },
    close: () => database.close(),
  };
}

/**
 * The dispatcher as the doors see it, except that an answer which does not
 * match the method's output schema fails the test: a handler that answers the
 * wrong shape cannot pass unnoticed. `violation` hears of it first, for callers
 * behind a door that would turn the throw into a plain "internal error".
 */
export function checked(dispatcher: Dispatcher, violation: (message: string) => void = () => {}): Dispatcher {
  const check = (method: string, result: ApiResult<unknown>, door: 'call' | 'run') => {
    const problem = outsideContract(method, result, door);
    if (problem === null) return result;
    violation(problem);
    throw new Error(problem);
  };
  return {
    meta: dispatcher.meta,
    call: (method, input, options) => check(method, dispatcher.call(method, input, options), 'call'),
    run: async (method, input, options) => check(method, await dispatcher.run(method, input, options), 'run'),
  };
}

const documentJob = z.object({
  template: z.string().min(1),
  fileName: z.string().min(1),
  lang: z.enum(['cs', 'en']),
  createdAt: z.string().refine(isTimestamp, 'a timestamp with its UTC offset'),
  data: z.unknown(),
});

function outsideContract(method: string, result: ApiResult<unknown>, door: 'call' | 'run'): string | null {
  if (!result.ok || !isMethodName(method)) return null;
  const def = contract[method] as { output: z.ZodType; kind: string };
  const schema = door === 'call' && def.kind === 'document' ? documentJob : def.output;
  const parsed = schema.safeParse(result.value);
  return parsed.success ? null : `${method} answered outside its output schema:\n${z.prettifyError(parsed.error)}`;
}

function valueOf(method: string, result: ApiResult<unknown>): unknown {
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

function isTimestamp(text: string): boolean {
  try {
    instantOf(text);
    return true;
  } catch {
    return false;
  }
}

export const rehor = {
  code: 'K-001',
  firstName: 'Řehoř',
  lastName: 'Šťastný',
  nickname: 'Řeha',
  birthDate: '1980-03-15',
};
