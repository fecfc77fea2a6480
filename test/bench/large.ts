import fs from 'node:fs';
import path from 'node:path';
import { createDispatcher } from '../../core/api/dispatcher.js';
import { seedClients, seedEmployer } from '../../core/demo/seed.js';
import { openDatabase, type OpenDatabase } from '../../db/open.js';
import { fontsDir, migrationsFolder, repoRoot } from '../helpers/db.js';

export const benchNow = () => new Date(2026, 10, 24, 9, 0, 0);
const file = path.join(repoRoot, 'test-output', 'bench', 'large.sqlite');

/**
 * The large database: 3,000 clients (and, as features add history, ten years
 * of it). Built once through the dispatcher and reused while the migrations
 * and the generator are unchanged.
 */
export function openLargeDatabase(): OpenDatabase {
  const stamp = `${file}.stamp`;
  const version =
    fs.readdirSync(migrationsFolder).join(',') + fs.statSync(path.join(repoRoot, 'test', 'bench', 'large.ts')).mtimeMs;
  if (!fs.existsSync(file) || !fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== version) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
    const started = Date.now();
    const database = openDatabase(file, { migrationsFolder });
    const api = createDispatcher({ db: database.db, now: benchNow, actor: 'bench', fontsDir });
    seedEmployer(api);
    database.sqlite.transaction(() => seedClients(api, { clients: 3000, now: benchNow(), suspendedShare: 0.05 }))();
    database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    database.close();
    fs.writeFileSync(stamp, version);
    console.log(`Generated ${path.relative(repoRoot, file)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return openDatabase(file, { migrationsFolder });
}
