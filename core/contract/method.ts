import type { z } from 'zod';
import { documentFile } from './documents.js';

/**
 * What a method does to the database, which decides how the dispatcher runs it:
 * - `read` in a deferred transaction (one consistent snapshot);
 * - `write` in an immediate (write-locked) transaction;
 * - `document` gathers its data (and may record the print) under the write lock
 *   and commits only once the file is rendered, so a paper that cannot be made
 *   leaves the database as it was;
 * - `maintenance` (backup, integrity check) outside any transaction.
 */
export type MethodKind = 'read' | 'write' | 'document' | 'maintenance';

/** One operation of the API: a name, a zod input schema and an output schema. */
export interface MethodDef<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  K extends MethodKind = MethodKind,
> {
  readonly input: I;
  readonly output: O;
  readonly kind: K;
  readonly summary: string;
}

export type MethodGroup = Record<string, MethodDef>;

export function method<I extends z.ZodType, O extends z.ZodType, K extends Exclude<MethodKind, 'document'>>(def: {
  input: I;
  output: O;
  kind: K;
  summary: string;
}): MethodDef<I, O, K> {
  return def;
}

/** A method that answers a file: its use case answers a DocumentJob that the dispatcher renders. */
export function documentMethod<I extends z.ZodType>(def: {
  input: I;
  kind: 'document';
  summary: string;
}): MethodDef<I, typeof documentFile, 'document'> {
  return { ...def, output: documentFile };
}

/** Joins method groups into one contract; a name defined twice is a programming error. */
export function joinGroups<G extends MethodGroup[]>(...groups: G): UnionToIntersection<G[number]> {
  const all: MethodGroup = {};
  for (const group of groups) {
    for (const [name, def] of Object.entries(group)) {
      if (name in all) throw new Error(`Method ${name} is defined twice`);
      all[name] = def;
    }
  }
  return all as UnionToIntersection<G[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
