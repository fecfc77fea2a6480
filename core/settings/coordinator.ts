import { sql } from 'drizzle-orm';
import type { AppDb } from '../../db/open.js';
import { settings } from '../../db/schema/index.js';
import type { Ctx } from '../api/context.js';
import { preparedPerConnection } from '../api/statements.js';
import { coordinator } from '../contract/settings.js';
import { parseSetting, storedSetting } from './store.js';

export const coordinatorKey = 'coordinator';

/** Every call asks who acts, so the lookup is prepared once per connection. */
const storedCoordinator = preparedPerConnection((db) =>
  db
    .select({ value: settings.value })
    .from(settings)
    .where(sql`${settings.key} = ${coordinatorKey}`)
    .prepare(),
);

/** The name saved in Settings, or null before the first start's dialog was answered. */
export function loadCoordinatorName(ctx: Ctx): string | null {
  const json = storedSetting(ctx, coordinatorKey);
  if (json === undefined) return null;
  return parseSetting(ctx, coordinatorKey, json, coordinator, { coordinatorName: '' }).coordinatorName;
}

/**
 * Who acts in a call, for the dispatcher: the stored name, or null when none is
 * stored or it cannot be read (the door's own fallback then names the caller; a
 * damaged value is refused by name where the settings screen reads it).
 */
export function storedCoordinatorName(db: AppDb): string | null {
  const json = storedCoordinator(db).get()?.value;
  if (json === undefined) return null;
  try {
    const parsed = coordinator.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data.coordinatorName : null;
  } catch {
    return null;
  }
}
