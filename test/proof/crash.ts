import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { repoRoot } from '../helpers/db.js';

export interface CrashReport {
  kills: number;
  /** Writes the worker reported as answered before it was killed. */
  acknowledged: number;
  /** Acknowledged writes not found afterwards (must stay empty). */
  missing: string[];
  /** integrity_check answers other than "ok" (must stay empty). */
  damage: string[];
}

const worker = path.join(repoRoot, 'scripts', 'crash-writer.mjs');

/** Compiles the build the writer runs, once, before any writer is timed or killed. */
export function buildWriter(): void {
  const result = spawnSync(process.execPath, [worker, '--build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the compiled build could not be made');
}

/** Starts a writer and SIGKILLs it after `afterAcks` acknowledged writes plus up to `jitterMs`; answers what it acknowledged. */
function killedRun(file: string, run: number, afterAcks: number, jitterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, file, String(run)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let buffer = '';
    let errors = '';
    let killing = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
      if (!killing && acked.length >= afterAcks) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * jitterMs));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      // Lines read after the kill was sent were still written before it landed.
      for (const line of buffer.split('\n')) if (line.startsWith('ack ')) acked.push(line.slice(4));
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`the writer stopped on its own: ${errors}`));
    });
  });
}

/** Opens the file as the next start would, checks it and looks for every acknowledged write. */
function check(file: string, acked: readonly string[]): { missing: string[]; damage: string[] } {
  const db = new Database(file, { fileMustExist: true });
  try {
    const damage = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .filter((answer) => answer !== 'ok');
    const found = db.prepare(`SELECT 1 FROM clients WHERE code = ? AND city = 'Brno'`);
    return { missing: acked.filter((code) => found.get(code) === undefined), damage };
  } finally {
    db.close();
  }
}

/**
 * Kills a writer `kills` times in the middle of its writes (after a random
 * number of acknowledged ones, at a random moment), each time checking the
 * file: it must be intact and hold every write that was acknowledged.
 */
export async function crashProof(file: string, kills: number, log?: (line: string) => void): Promise<CrashReport> {
  const report: CrashReport = { kills: 0, acknowledged: 0, missing: [], damage: [] };
  const everyAck: string[] = [];
  for (let run = 1; run <= kills; run += 1) {
    const acked = await killedRun(file, run, 1 + Math.floor(Math.random() * 8), 25);
    everyAck.push(...acked);
    const found = check(file, everyAck);
    report.kills += 1;
    report.acknowledged = everyAck.length;
    report.missing = found.missing;
    report.damage.push(...found.damage);
    log?.(`kill ${run}: ${acked.length} acknowledged, ${everyAck.length} in all, missing ${found.missing.length}`);
  }
  return report;
}
