// The longer run of the proof tests (test/unit/proof): more SIGKILLs during
// writes and more wrong inputs than CI can afford, on a fresh temporary file.
//   npm run proof -- --kills 500 --inputs 50000 --seed 7
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDispatcher } from '../core/api/dispatcher.js';
import { seedAgreements } from '../core/demo/agreements.js';
import { seedClients, seedEmployer } from '../core/demo/seed.js';
import { openDatabase } from '../db/open.js';
import { buildWriter, crashProof } from '../test/proof/crash.js';
import { wrongInputsProof } from '../test/proof/wrong-inputs.js';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '200' },
    inputs: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '1' },
  },
  strict: true,
});
const kills = Number(values.kills);
const inputs = Number(values.inputs);
const seed = Number(values.seed);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiftbook-proof-'));
let failed = false;

try {
  const database = openDatabase(path.join(dir, 'inputs.sqlite'), {
    migrationsFolder: path.resolve(import.meta.dirname, '..', 'db', 'migrations'),
  });
  const api = createDispatcher({ db: database.db, actor: 'proof', onInternalError: () => {} });
  seedEmployer(api);
  seedAgreements(api, seedClients(api, { clients: 30 }), new Date());
  const started = Date.now();
  const wrong = wrongInputsProof(api, database.sqlite, inputs, seed);
  database.close();
  console.log(
    `wrong inputs: ${wrong.calls} over ${Object.keys(wrong.perMethod).length} methods in ${Date.now() - started} ms; ` +
      `crashes ${wrong.crashes.length}, untyped answers ${wrong.untyped.length}, rows changed ${wrong.changes}`,
  );
  for (const line of [...wrong.crashes, ...wrong.untyped].slice(0, 20)) console.log(`  ${line}`);
  failed ||= wrong.crashes.length > 0 || wrong.untyped.length > 0 || wrong.changes !== 0;

  buildWriter();
  const crashStarted = Date.now();
  const crash = await crashProof(path.join(dir, 'crash.sqlite'), kills, (line) => console.log(line));
  console.log(
    `SIGKILL during writes: ${crash.kills} kills, ${crash.acknowledged} acknowledged writes in ${Date.now() - crashStarted} ms; ` +
      `missing ${crash.missing.length}, integrity problems ${crash.damage.length}`,
  );
  failed ||= crash.missing.length > 0 || crash.damage.length > 0;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(failed ? 'PROOF FAILED' : 'proof passed');
process.exit(failed ? 1 : 0);
