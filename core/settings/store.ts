import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { settings } from '../../db/schema/index.js';
import type { Ctx } from '../api/context.js';
import { preparedPerConnection } from '../api/statements.js';

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
 * Reads a settings document, falling back to its defaults for keys saved by an
 * older version (the stored JSON is merged over the defaults, then validated).
 */
export function readSetting<S extends z.ZodType>(ctx: Ctx, key: string, schema: S, defaults: z.input<S>): z.output<S> {
  const json = storedSetting(ctx, key);
  const stored = json === undefined ? {} : (JSON.parse(json) as Record<string, unknown>);
  const parsed = schema.safeParse({ ...(defaults as Record<string, unknown>), ...stored });
  return parsed.success ? parsed.data : schema.parse(defaults);
}

export function writeSetting(ctx: Ctx, key: string, value: unknown): void {
  const json = JSON.stringify(value);
  ctx.db
    .insert(settings)
    .values({ key, value: json, updatedAt: ctx.timestamp() })
    .onConflictDoUpdate({ target: settings.key, set: { value: json, updatedAt: ctx.timestamp() } })
    .run();
}
