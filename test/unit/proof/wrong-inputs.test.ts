import { afterEach, expect, test } from 'vitest';
import { contract } from '../../../core/contract/index.js';
import { seedAgreements } from '../../../core/demo/agreements.js';
import { seedClients, seedEmployer } from '../../../core/demo/seed.js';
import { fixedNow, testApp, type TestApp } from '../../helpers/db.js';
import { wrongInputsProof } from '../../proof/wrong-inputs.js';
import { snapshotConnection } from '../support.js';

let app: TestApp;
afterEach(() => app.close());

/** The longer run is `npm run proof -- --inputs 50000` (scripts/proof.ts). */
test('5,000 wrong inputs over every method: no crash, a typed refusal each, the database unchanged', () => {
  app = testApp();
  seedEmployer(app.api);
  const clients = seedClients(app.api, { clients: 12, now: fixedNow() });
  seedAgreements(app.api, clients, fixedNow());
  const before = snapshotConnection(app.database.sqlite);
  const report = wrongInputsProof(app.api, app.database.sqlite, 5000);
  expect(report.calls).toBe(5000);
  expect(report.crashes).toEqual([]);
  expect(report.untyped).toEqual([]);
  expect(report.changes).toBe(0);
  expect(Object.keys(report.perMethod).sort()).toEqual(Object.keys(contract).sort());
  expect(snapshotConnection(app.database.sqlite)).toEqual(before);
}, 120_000);
