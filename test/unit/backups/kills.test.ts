import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { contentsOf, backupsIn } from '../../../db/retention.js';
import { integrityProblems, openDatabase } from '../../../db/open.js';
import { migrationsFolder, repoRoot } from '../../helpers/db.js';
import { makeTempDir, removeDir } from '../support.js';

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => removeDir(dir));

/** Runs the child until it has acknowledged a few things, then kills it without warning; answers what it acknowledged. */
function runAndKill(file: string, start: number, acknowledgements: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/unit/backups/kill-child.ts', file, String(start)], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let buffer = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      lines.push(...parts);
      if (lines.length >= acknowledgements) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(lines) : reject(new Error(`the child stopped by itself: ${errors}`)),
    );
  });
}

test('killed while writing, backing up and restoring: integrity holds, every acknowledged client is there, every listed backup opens', async () => {
  const file = path.join(dir, 'shiftbook.sqlite');
  const acknowledged: string[] = [];
  const kills = 5;
  for (let round = 0; round < kills; round += 1) {
    // A different moment in the loop each time: after 2 to 9 acknowledgements.
    const lines = await runAndKill(file, round * 100, 2 + ((round * 5) % 8));
    acknowledged.push(...lines.filter((l) => l.startsWith('client ')).map((l) => l.slice('client '.length)));
  }
  const database = openDatabase(file, { migrationsFolder });
  try {
    expect(integrityProblems(database.sqlite)).toEqual([]);
    const codes = new Set(database.sqlite.prepare('SELECT code FROM clients').pluck().all() as string[]);
    expect(acknowledged.filter((code) => !codes.has(code))).toEqual([]);
  } finally {
    database.close();
  }
  for (const entry of backupsIn(path.join(dir, 'backups'))) expect(contentsOf(entry.file), entry.name).not.toBeNull();
}, 120_000);
