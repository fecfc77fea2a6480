import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { settings } from '../../db/schema/index.js';
import type { Ctx } from '../api/context.js';

/**
 * Reads a settings document, falling back to its defaults for keys saved by an
 * older version (the stored JSON is merged over the defaults, then validated).
 */
export function readSetting<S extends z.ZodType>(ctx: Ctx, key: string, schema: S, defaults: z.input<S>): z.output<S> {
  const row = ctx.db.select().from(settings).where(eq(settings.key, key)).get();
  const stored = row ? (JSON.parse(row.value) as Record<string, unknown>) : {};
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
