import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Agreement } from '../../../core/contract/agreements/schemas.js';
import type { DocumentFile } from '../../../core/contract/documents.js';
import { testApp, type TestApp } from '../../helpers/db.js';
import { rehorWithAddress, setUp, signedAgreement } from './support.js';

/** Where the PDFs are kept for looking at (SHIFTBOOK_KEEP_PDFS=folder); a temporary folder otherwise. */
const keep = process.env.SHIFTBOOK_KEEP_PDFS;

const names = {
  longest: {
    firstName: 'Marie Magdaléna Bohuslava Anna Terezie Kristýna Ludmila Jana',
    lastName: 'Nováková-Dvořáková-Procházková-Kučerová-Veselá-Horáková-Malá',
  },
  eighty: {
    firstName: 'Marie Magdaléna Bohuslava Terezie',
    lastName: 'Nováková-Dvořáková-Procházková-Kučerová-Malíková',
  },
  hyphenated: { firstName: 'Marie-Magdaléna Bohuslava', lastName: 'Nováková-Dvořáková' },
};
const lengths = { longest: 121, eighty: 82, hyphenated: 44 };

let app: TestApp;
let dir: string;

async function pdfText(method: string, input: unknown, file: string): Promise<string> {
  const result = await app.api.run(method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  const target = path.join(dir, `${file}.pdf`);
  writeFileSync(target, Buffer.from((result.value as DocumentFile).bytes ?? new Uint8Array()));
  return execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' });
}

/**
 * pdftotext ends wrapped lines with line breaks and joins a line ending in a
 * hyphen to the next without it; the name is whole when its letters are.
 */
const letters = (text: string) => text.replace(/[\s-]+/g, '');

/** A page as pdftotext reads it: the footer is the paragraph before the page number, drawn last. */
function pageParts(page: string): { body: string; footer: string } {
  const paragraphs = page
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return { body: paragraphs.slice(0, -2).join('\n\n'), footer: (paragraphs.at(-2) ?? '').replace(/\n/g, ' ') };
}

beforeAll(() => {
  dir = keep ?? mkdtempSync(path.join(tmpdir(), 'shiftbook-long-names-'));
  app = testApp();
  setUp(app);
});

afterAll(() => {
  app.close();
  if (!keep) rmSync(dir, { recursive: true, force: true });
});

describe.each(Object.entries(names))('a %s name', (label, name) => {
  const full = `${name.firstName} ${name.lastName}`;
  let agreement: Agreement;
  let amendmentId: number;

  beforeAll(() => {
    const client = app.ok('clients.create', { ...rehorWithAddress, ...name, code: label });
    agreement = signedAgreement(app, client.id);
    const amended = app.ok('agreements.amend', {
      ...agreement.terms,
      agreementId: agreement.id,
      effectiveFrom: '2026-12-15',
      hourlyRate: 15000,
    });
    amendmentId = amended.amendments[0]?.id ?? 0;
  });

  test('has the length the issue asks for', () => {
    expect(full.length).toBe(lengths[label as keyof typeof lengths]);
  });

  test.each([
    ['agreement', 'agreements.print', () => ({ id: agreement.id })],
    ['information', 'agreements.printInformation', () => ({ id: agreement.id })],
    ['amendment', 'agreements.printAmendment', () => ({ id: amendmentId })],
    ['notice', 'agreements.prepareNotice', () => ({ id: agreement.id, noticeBy: 'employer' })],
  ] as const)('%s prints it whole under the signature line and keeps the copy labels', async (kind, method, input) => {
    for (const lang of ['cs', 'en'] as const) {
      const text = await pdfText(method, { ...input(), lang }, `${label}-${kind}-${lang}`);
      const pages = text
        .split('\f')
        .map(pageParts)
        .filter((page) => page.body !== '');
      // Among the parties and under the signature line, in each of the two copies.
      const body = pages.map((page) => page.body).join('\n');
      expect(letters(body).split(letters(full)).length - 1).toBeGreaterThanOrEqual(4);
      expect(body).not.toContain('…');
      // Every page's footer ends with its copy's label; only the longest name is shortened there.
      const copies =
        lang === 'cs' ? ['pro zaměstnance', 'pro zaměstnavatele'] : ['for the employee', 'for the employer'];
      for (const page of pages) expect(copies.some((copy) => page.footer.endsWith(copy))).toBe(true);
      if (label !== 'longest') for (const page of pages) expect(page.footer).not.toContain('…');
    }
  });
});
