import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { DocumentFile } from '../../../core/contract/documents.js';
import { makeTempDir, plain, removeDir } from '../support.js';
import { clientWithHistory } from './support.js';
import type { TestApp } from '../../helpers/db.js';

let app: TestApp;
let dir: string;
beforeAll(() => {
  dir = makeTempDir();
});
afterAll(() => removeDir(dir));
afterEach(() => app.close());

function pdfText(file: DocumentFile, name: string): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, file.bytes ?? new Uint8Array());
  return plain(execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' }));
}

describe('privacy.exportClient', { timeout: 30_000 }, () => {
  test('JSON for a machine: every record of the client, the fitness answers and the change log', async () => {
    const history = clientWithHistory();
    app = history.app;
    const file = await app.print('privacy.exportClient', { clientId: history.clientId, format: 'json' });
    expect(file).toMatchObject({ contentType: 'application/json', fileName: `udaje-klienta-${history.clientId}.json` });
    const data = JSON.parse(Buffer.from(file.bytes ?? []).toString('utf8')) as {
      records: Record<string, Record<string, unknown>[]>;
      changes: unknown[];
    };
    expect(data.records.clients?.[0]).toMatchObject({
      first_name: 'Řehoř',
      street: 'Cejl 12',
      notes: 'Užívá pervitin',
    });
    expect(data.records.client_suspensions).toHaveLength(1);
    expect(data.records.agreements).toHaveLength(1);
    expect(data.records.work_records?.[0]).toMatchObject({ minutes: 180, task_note: 'Zametal dvůr' });
    expect(JSON.stringify(data.records.arrivals)).toContain('Třes rukou');
    expect(data.records.advance_declines).toHaveLength(1);
    expect(data.changes.length).toBeGreaterThan(5);
    // Only this client's rows come along.
    const owners = Object.values(data.records).flatMap((rows) =>
      rows.filter((r) => 'client_id' in r).map((r) => r.client_id),
    );
    expect(owners.length).toBeGreaterThan(5);
    expect(new Set(owners)).toEqual(new Set([history.clientId]));
  });

  test('a readable PDF for the person, in Czech and English', async () => {
    const history = clientWithHistory();
    app = history.app;
    const cs = pdfText(await app.print('privacy.exportClient', { clientId: history.clientId }), 'cs.pdf');
    expect(cs).toContain('Údaje, které o vás vedeme – Řehoř Šťastný');
    expect(cs).toMatch(/Ulice a číslo\s+Cejl 12/);
    expect(cs).toContain('Záznam o práci');
    expect(cs).toContain('Záznam změn');
    const en = pdfText(await app.print('privacy.exportClient', { clientId: history.clientId, lang: 'en' }), 'en.pdf');
    expect(en).toContain('The data we hold about you – Řehoř Šťastný');
    expect(en).toContain('Work record');
    expect(en).toMatch(/Start\s+9:00|Start\s+09:00/);
  });

  test('an unknown client is refused at its field', () => {
    const history = clientWithHistory();
    app = history.app;
    expect(app.err('privacy.exportClient', { clientId: 999 })).toMatchObject({ code: 'notFound', field: 'clientId' });
  });
});
