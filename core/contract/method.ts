import type { z } from 'zod';
import { documentFile } from './documents.js';

/**
 * One operation of the API: a name, a zod input schema and an output schema.
 * `write` methods run in an immediate (write-locked) transaction and are audited.
 */
export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly write: boolean;
  readonly summary: string;
  /** The use case answers a DocumentJob that the dispatcher renders to a PDF. */
  readonly document?: boolean;
}

export type MethodGroup = Record<string, MethodDef>;

export function method<I extends z.ZodType, O extends z.ZodType>(def: {
  input: I;
  output: O;
  write: boolean;
  summary: string;
}): MethodDef<I, O> {
  return def;
}

/**
 * A method that prints: its use case gathers (and, for signed papers, stores)
 * the data in the transaction; the PDF is rendered after commit.
 */
export function documentMethod<I extends z.ZodType>(def: {
  input: I;
  write: boolean;
  summary: string;
}): MethodDef<I, typeof documentFile> & { readonly document: true } {
  return { ...def, output: documentFile, document: true };
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
