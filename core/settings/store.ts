import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { settings } from '../../db/schema/index.js';
import type { Ctx } from '../api/context.js';
import { DomainError } from '../api/domain-error.js';
import { preparedPerConnection } from '../api/statements.js';
import { describeIssue } from '../contract/issues.js';
import { findMessage, translate } from '../contract/i18n.js';

/** Every board and booking reads the sign-up rules: the lookup is prepared once. */
const settingText = preparedPerConnection((db) =>
  db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, sql.placeholder('key')))
    .prepare(),
);

/** The stored JSON text of a settings document, or undefined when never saved. */
export function storedSetting(ctx: Ctx, key: string): string | undefined {
  return settingText(ctx.db).get({ key })?.value;
}

/**
 * A settings document from its stored JSON, merged over the defaults so keys
 * saved by an older version get theirs. A value that is not JSON or fails the
 * schema is refused with the setting's name: answering the defaults instead
 * would print papers and book shifts by rules nobody chose.
 */
export function parseSetting<S extends z.ZodType>(
  ctx: Ctx,
  key: string,
  json: string | undefined,
  schema: S,
  defaults: z.input<S>,
): z.output<S> {
  let stored: unknown = {};
  try {
    if (json !== undefined) stored = JSON.parse(json);
  } catch {
    throw storedInvalid(ctx, key, translate(ctx.locale, 'validation.invalid'));
  }
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    throw storedInvalid(ctx, key, translate(ctx.locale, 'validation.invalid'));
  }
  const parsed = schema.safeParse({ ...(defaults as Record<string, unknown>), ...stored }, { reportInput: true });
  if (parsed.success) return parsed.data;
  const first = describeIssue(parsed.error.issues[0] as z.core.$ZodIssue);
  const fieldName = first.field?.split('.').at(-1);
  const problem = translate(ctx.locale, first.key, first.params);
  const label = fieldName ? (findMessage(ctx.locale, `fields.${fieldName}`) ?? fieldName) : undefined;
  throw storedInvalid(ctx, key, label ? `${label}: ${problem}` : problem);
}

function storedInvalid(ctx: Ctx, key: string, problem: string): DomainError {
  return new DomainError('settings.storedInvalid', {
    key,
    setting: findMessage(ctx.locale, `settingNames.${key}`) ?? key,
    problem,
  });
}

/** Reads a settings document; a damaged stored value is refused (see parseSetting). */
export function readSetting<S extends z.ZodType>(ctx: Ctx, key: string, schema: S, defaults: z.input<S>): z.output<S> {
  return parseSetting(ctx, key, storedSetting(ctx, key), schema, defaults);
}

/**
 * The value a save replaces, for its audit record. A damaged stored value must
 * not block the save that repairs it, so it is answered as null here.
 */
export function settingBeforeSave<S extends z.ZodType>(
  ctx: Ctx,
  key: string,
  schema: S,
  defaults: z.input<S>,
): z.output<S> | null {
  try {
    return readSetting(ctx, key, schema, defaults);
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

export function writeSetting(ctx: Ctx, key: string, value: unknown): void {
  const json = JSON.stringify(value);
  ctx.db
    .insert(settings)
    .values({ key, value: json, updatedAt: ctx.timestamp() })
    .onConflictDoUpdate({ target: settings.key, set: { value: json, updatedAt: ctx.timestamp() } })
    .run();
}
