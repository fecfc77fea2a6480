import type { z } from 'zod';
import type { MethodGroup } from '../contract/method.js';
import type { DocumentJob } from '../documents/registry.js';
import type { Ctx } from './context.js';

/**
 * The use cases of a method group: one function per method, typed by the
 * contract. A printing method answers a DocumentJob; the dispatcher renders it.
 */
export type Handlers<G extends MethodGroup> = {
  [K in keyof G]: (
    input: z.output<G[K]['input']>,
    ctx: Ctx,
  ) => G[K] extends { document: true } ? DocumentJob : z.output<G[K]['output']>;
};
