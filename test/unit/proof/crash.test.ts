import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildWriter, crashProof } from '../../proof/crash.js';
import { makeTempDir, removeDir } from '../support.js';

let dir: string;
beforeAll(() => {
  // The writer runs the compiled build, as the CLI does; compiled once here, not in each writer.
  buildWriter();
  dir = makeTempDir();
}, 300_000);
afterAll(() => removeDir(dir));

/** The longer run is `npm run proof -- --kills 500` (scripts/proof.ts). */
test('50 SIGKILLs during writes: the file is intact and every acknowledged write is there', async () => {
  const report = await crashProof(path.join(dir, 'crash.sqlite'), 50);
  expect(report.kills).toBe(50);
  expect(report.acknowledged).toBeGreaterThanOrEqual(50);
  expect(report.damage).toEqual([]);
  expect(report.missing).toEqual([]);
}, 600_000);
