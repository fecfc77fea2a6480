import fs from 'node:fs';
import path from 'node:path';
import { createDispatcher } from '../../core/api/dispatcher.js';
import { seedClients, seedEmployer } from '../../core/demo/seed.js';
import { openDatabase, type OpenDatabase } from '../../db/open.js';
import { fontsDir, migrationsFolder, repoRoot } from '../helpers/db.js';
import { writeAttendanceHistory } from './attendance-history.js';
import { busyMonth, writeBusyMonth } from './payroll.js';
import { writeScheduleHistory } from './schedule-history.js';

export const benchNow = () => new Date(2026, 10, 24, 9, 0, 0);
const file = path.join(repoRoot, 'test-output', 'bench', 'large.sqlite');

/**
 * The large database: 3,000 clients and ten years of sign-up history (three
 * shifts a week) with its days at the desk (attendance-history.ts). Clients are made through the dispatcher, the history in bulk
 * (schedule-history.ts), with one busy month for the pay run (payroll.ts); the
 * file is reused while the migrations and the generators are unchanged.
 */
export function openLargeDatabase(): OpenDatabase {
  const stamp = `${file}.stamp`;
  const version = [
    fs.readdirSync(migrationsFolder).join(','),
    ...['large.ts', 'schedule-history.ts', 'attendance-history.ts', 'payroll.ts'].map(
      (f) => fs.statSync(path.join(repoRoot, 'test', 'bench', f)).mtimeMs,
    ),
  ].join(',');
  if (!fs.existsSync(file) || !fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== version) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
    const started = Date.now();
    const database = openDatabase(file, { migrationsFolder });
    const api = createDispatcher({ db: database.db, now: benchNow, actor: 'bench', fontsDir });
    seedEmployer(api);
    database.sqlite.transaction(() => seedClients(api, { clients: 3000, now: benchNow(), suspendedShare: 0.05 }))();
    const bookings = database.sqlite.transaction(() => writeScheduleHistory(database.sqlite, '2026-11-24'))();
    const outcomes = database.sqlite.transaction(() => writeAttendanceHistory(database.sqlite, '2026-11-23'))();
    console.log(`  … with ${bookings} bookings over ten years, ${outcomes} of them with an outcome at the desk`);
    const workers = database.sqlite.transaction(() => writeBusyMonth(database.sqlite))();
    console.log(`  … and ${workers} clients who worked in ${busyMonth}`);
    database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    database.close();
    fs.writeFileSync(stamp, version);
    console.log(`Generated ${path.relative(repoRoot, file)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return openDatabase(file, { migrationsFolder });
}

/**
 * Who acts, read as the dispatcher reads it on every call (the stored
 * coordinator name, else the door's fallback): a baseline doing the call's
 * reads by hand reads it too.
 */
export function rawActor(sqlite: OpenDatabase['sqlite']): () => string {
  const stored = sqlite.prepare(`SELECT value FROM settings WHERE key = 'coordinator'`).pluck();
  return () => {
    const json = stored.get() as string | undefined;
    return json === undefined ? 'bench' : (JSON.parse(json) as { coordinatorName: string }).coordinatorName;
  };
}
