import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../core/api/dispatcher.js';
import type { Agreement } from '../../../core/contract/agreements/schemas.js';
import type { DocumentFile } from '../../../core/contract/documents.js';
import { checked, fixedNow, fontsDir, testApp, type TestApp } from '../../helpers/db.js';
import { birthNumberFor, employerInput } from '../support.js';
import { enter2027, rehorWithAddress, setUp, signedAgreement } from './support.js';

let app: TestApp;
let api: Dispatcher;
let dir: string;
let agreement: Agreement;
let amendmentId: number;
let fileNo = 0;

async function pdf(method: string, input: unknown): Promise<{ bytes: Buffer; text: string; fileName: string }> {
  const result = await api.run(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  const file = result.value as DocumentFile;
  const bytes = Buffer.from(file.bytes ?? []);
  const target = path.join(dir, `doc-${++fileNo}.pdf`);
  writeFileSync(target, bytes);
  const text = execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' });
  return { bytes, text, fileName: file.fileName };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'shiftbook-agreement-docs-'));
  app = testApp();
  api = checked(
    createDispatcher({ db: app.database.db, now: fixedNow, actor: 'test', fontsDir, onInternalError: () => {} }),
  );
  const clientId = setUp(app);
  app.ok('clients.update', {
    ...rehorWithAddress,
    id: clientId,
    birthNumber: birthNumberFor('1980-03-15'),
    notes: 'Léčba substituční – nikdy netisknout',
  });
  agreement = signedAgreement(app, clientId);
  enter2027(app);
  const prepared = app.ok('agreements.prepareMinimumWage', {
    effectiveFrom: '2027-01-01',
    agreementIds: [agreement.id],
  });
  amendmentId = prepared.amendments[0]?.id ?? 0;
  app.ok('agreements.end', { id: agreement.id, reason: 'notice', noticeBy: 'employer', deliveredOn: '2026-11-24' });
});

afterAll(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

const documents = [
  ['agreement', 'agreements.print', () => ({ id: agreement.id })],
  ['information', 'agreements.printInformation', () => ({ id: agreement.id })],
  ['amendment', 'agreements.printAmendment', () => ({ id: amendmentId })],
  ['notice', 'agreements.printNotice', () => ({ id: agreement.id })],
] as const;

const expected = {
  cs: {
    titles: {
      agreement: 'Dohoda o pracovní činnosti',
      information: 'Informace o pracovních podmínkách',
      amendment: 'Dodatek č. 1',
      notice: 'Výpověď dohody o pracovní činnosti',
    },
    rate: '134,40 Kč',
    date: '1. 12. 2026',
    copies: ['Vyhotovení pro zaměstnance', 'Vyhotovení pro zaměstnavatele'],
    page: 'Strana 1 z',
  },
  en: {
    titles: {
      agreement: 'Work-activity agreement',
      information: 'Information on working conditions',
      amendment: 'Amendment No. 1',
      notice: 'Notice ending the work-activity agreement',
    },
    rate: 'CZK 134.40',
    date: '1 Dec 2026',
    copies: ['Copy for the employee', 'Copy for the employer'],
    page: 'Page 1 of',
  },
} as const;

describe.each(['cs', 'en'] as const)('documents in %s', (lang) => {
  const e = expected[lang];
  test.each(documents)(
    '%s: the client’s Czech name, the employer, the rate and the dates',
    async (kind, method, input) => {
      const { text } = await pdf(method, { ...input(), lang });
      expect(text).toContain(e.titles[kind]);
      expect(text).toContain('Řehoř Šťastný');
      expect(text).toContain('Kontaktní centrum Přístav, z. s.');
      expect(text).toContain(employerInput.ico);
      expect(text).toContain('2026/001');
      expect(text).toContain(e.rate);
      if (kind === 'notice') {
        expect(text).toContain(lang === 'cs' ? '24. 11. 2026' : '24 Nov 2026');
        expect(text).toContain(lang === 'cs' ? '8. 12. 2026' : '8 Dec 2026');
      }
      if (kind === 'agreement') expect(text).toContain(e.date);
      if (kind === 'amendment') {
        expect(text).toContain(lang === 'cs' ? '140,00 Kč' : 'CZK 140.00');
        expect(text).toContain(lang === 'cs' ? '1. 1. 2027' : '1 Jan 2027');
      }
      // Two copies, each numbering its own pages.
      for (const copy of e.copies) expect(text).toContain(copy);
      expect(text.split(e.page).length - 1).toBe(2);
    },
  );

  test('no birth number, no notes', async () => {
    for (const [, method, input] of documents) {
      const { text } = await pdf(method, { ...input(), lang });
      expect(text).not.toContain(birthNumberFor('1980-03-15').slice(0, 6));
      expect(text).not.toContain('substituční');
    }
  });
});

describe('printed documents are kept', () => {
  test('a signed agreement prints as signed, even after the settings and the client changed', async () => {
    const before = await pdf('agreements.print', { id: agreement.id, lang: 'cs' });
    app.ok('settings.saveEmployer', { ...employerInput, name: 'Jiný spolek, z. s.', representativeName: 'Jan Nový' });
    app.ok('clients.update', { ...rehorWithAddress, id: agreement.client.id, street: 'Nová 1' });
    const after = await pdf('agreements.print', { id: agreement.id, lang: 'cs' });
    expect(after.bytes.equals(before.bytes)).toBe(true);
    expect(after.text).toContain('Cejl 12');
    const stored = app.ok('agreements.get', { id: agreement.id }).documents.find((d) => d.kind === 'agreement');
    const reprint = await pdf('agreements.reprint', { documentId: stored?.id });
    expect(reprint.bytes.equals(before.bytes)).toBe(true);
    expect(reprint.fileName).toBe('dohoda-2026-001-stastny-rehor.pdf');
    app.ok('settings.saveEmployer', employerInput);
  });

  test('printing an unchanged document twice gives the same file and keeps one copy of its data', async () => {
    const first = await pdf('agreements.printInformation', { id: agreement.id, lang: 'cs' });
    const count = app.ok('agreements.get', { id: agreement.id }).documents.length;
    const second = await pdf('agreements.printInformation', { id: agreement.id, lang: 'cs' });
    expect(second.bytes.equals(first.bytes)).toBe(true);
    expect(app.ok('agreements.get', { id: agreement.id }).documents).toHaveLength(count);
  });

  test('several amendments print as one file, each in its own two copies', async () => {
    const { text } = await pdf('agreements.printAmendments', { ids: [amendmentId, amendmentId], lang: 'cs' });
    expect(text.split('Strana 1 z 1').length - 1).toBe(2);
  });
});
