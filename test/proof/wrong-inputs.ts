import type Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import type { Dispatcher } from '../../core/api/dispatcher.js';
import { contract } from '../../core/contract/index.js';
import type { MethodDef } from '../../core/contract/method.js';

export interface WrongInputReport {
  /** Wrong inputs sent (inputs the method's schema refuses). */
  calls: number;
  /** Per method, how many of them it got. */
  perMethod: Record<string, number>;
  /** Calls that threw instead of answering (must stay empty). */
  crashes: string[];
  /** Answers that were not a typed, worded refusal (must stay empty). */
  untyped: string[];
  /** Rows changed by all those calls (must stay 0). */
  changes: number;
}

/** A small seeded generator, so a failure can be replayed with its seed. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function deep(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i += 1) value = { a: value };
  return value;
}

/** Values of every wrong kind: types swapped, out of range, huge, invisible, hostile keys. */
const pool: unknown[] = [
  null,
  undefined,
  true,
  false,
  0,
  -1,
  1.5,
  -2147483649,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  ' ',
  'x'.repeat(100_000),
  '\u0000',
  '\u202e',
  '💥',
  "'; DROP TABLE clients; --",
  '2026-02-30',
  '25:61',
  '../../etc/passwd',
  [],
  [1, 'a', null],
  {},
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  { constructor: { prototype: { polluted: true } } },
  deep(2000),
  new Array(10_000).fill(1),
];

function propertiesOf(def: MethodDef): string[] {
  try {
    const schema = z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }) as {
      properties?: Record<string, unknown>;
    };
    return Object.keys(schema.properties ?? {});
  } catch {
    return [];
  }
}

/** One candidate for a method: a bare wrong value, or its own fields filled with wrong values. */
function candidate(random: () => number, fields: string[]): unknown {
  const pick = () => pool[Math.floor(random() * pool.length)];
  if (fields.length === 0 || random() < 0.2) return pick();
  const input: Record<string, unknown> = {};
  for (const field of fields) if (random() < 0.7) input[field] = pick();
  if (random() < 0.2) input[`unknown${Math.floor(random() * 10)}`] = pick();
  return input;
}

/**
 * Sends `count` wrong inputs, spread over every method of the contract,
 * through the dispatcher: each must answer a typed refusal ({code, message}),
 * never throw, and change nothing. Inputs the schema happens to accept are
 * not counted (they are not wrong).
 */
export function wrongInputsProof(
  api: Dispatcher,
  sqlite: Database.Database,
  count: number,
  seed = 1,
): WrongInputReport {
  const random = generator(seed);
  const methods = Object.entries(contract as Record<string, MethodDef>);
  const fields = new Map(methods.map(([name, def]) => [name, propertiesOf(def)]));
  const report: WrongInputReport = { calls: 0, perMethod: {}, crashes: [], untyped: [], changes: 0 };
  const totalChanges = () => (sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  const changesBefore = totalChanges();
  for (let attempt = 0; report.calls < count && attempt < count * 20; attempt += 1) {
    const [name = '', def] = methods[attempt % methods.length] ?? [];
    if (!def) continue;
    const input = candidate(random, fields.get(name) ?? []);
    if (def.input.safeParse(input ?? {}).success) continue;
    report.calls += 1;
    report.perMethod[name] = (report.perMethod[name] ?? 0) + 1;
    try {
      const result = api.call(name, input, { locale: random() < 0.5 ? 'cs' : 'en' });
      const typed =
        !result.ok &&
        typeof result.error.code === 'string' &&
        result.error.message.length > 0 &&
        !/\n\s+at /.test(result.error.message);
      if (!typed) report.untyped.push(`${name}: ${JSON.stringify(result).slice(0, 200)}`);
    } catch (error) {
      report.crashes.push(`${name}: ${String(error)}`);
    }
  }
  report.changes = totalChanges() - changesBefore;
  return report;
}
