import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { numberedLines, signatures } from '../../../core/documents/forms.js';
import {
  contentLeft,
  contentWidth,
  createPdf,
  ellipsize,
  renderPdf,
  startSection,
  type PdfOptions,
} from '../../../core/documents/pdf.js';
import { paragraph } from '../../../core/documents/text.js';
import { table, type TableColumn } from '../../../core/documents/table.js';
import { fontNames } from '../../../core/documents/theme.js';

const fontsDir = fileURLToPath(new URL('../../../resources/fonts/', import.meta.url));
const base: PdfOptions = {
  fontsDir,
  title: 'Test',
  author: 'Shiftbook',
  lang: 'cs',
  createdAt: new Date('2026-11-24T09:00:00Z'),
};
let dir: string;
let fileNo = 0;

function save(bytes: Buffer): string {
  const file = path.join(dir, `doc-${++fileNo}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

interface Word {
  xMin: number;
  xMax: number;
  text: string;
}

/** Word boxes on every page, from pdftotext's XHTML output. */
function words(file: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map(
    (m) => ({ xMin: Number(m[1]), xMax: Number(m[2]), text: m[3] ?? '' }),
  );
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'shiftbook-toolkit-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('ellipsize', () => {
  test('cuts to the width and ends with an ellipsis; short text stays whole', () => {
    const doc = createPdf(base);
    doc.pdf.font(fontNames.regular).fontSize(10);
    const long = 'Dvořáková-Šťastná Žofie Anežka Ludmila';
    const cut = ellipsize(doc, long, 60);
    expect(cut.endsWith('…')).toBe(true);
    expect(doc.pdf.widthOfString(cut)).toBeLessThanOrEqual(60);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(ellipsize(doc, 'Řehoř', 60)).toBe('Řehoř');
  });
});

describe('table', () => {
  test('long cell text stays inside its column', async () => {
    const columns: TableColumn[] = [
      { header: 'Jméno', width: 90, maxLines: 1 },
      { header: 'Poznámka' },
      { header: 'Kód', width: 60, maxLines: 2 },
    ];
    const long = 'Nejnevykoukatelnějšími slovy popsaná práce, ' + 'úklid a třídění '.repeat(20);
    const rows = Array.from({ length: 30 }, (_, i) => [
      `Řehoř Šťastný-Dvořáček ${i}`,
      long,
      'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
    ]);
    let bounds: number[] = [];
    const file = save(
      await renderPdf(base, (doc) => {
        const left = contentLeft(doc);
        const width = contentWidth(doc);
        bounds = [left, left + 90, left + width - 60, left + width];
        table(doc, columns, rows, { zebra: true });
      }),
    );
    const inTable = words(file).filter((w) => !/^(Strana|\d+|ze?)$/.test(w.text));
    expect(inTable.length).toBeGreaterThan(100);
    for (const word of inTable) {
      const fits = [0, 1, 2].some(
        (c) => word.xMin >= (bounds[c] ?? 0) - 0.5 && word.xMax <= (bounds[c + 1] ?? 0) + 0.5,
      );
      expect(fits, `"${word.text}" at ${word.xMin}–${word.xMax}`).toBe(true);
    }
  });

  test('header row repeats on every page of a long table', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [String(i + 1), `Klient ${i + 1}`]);
    const file = save(
      await renderPdf(base, (doc) => table(doc, [{ header: 'Pořadí', width: 60 }, { header: 'Jméno' }], rows)),
    );
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(page).toMatch(/Pořadí\s+Jméno/);
    expect(text).toContain('Klient 120');
  });
});

describe('page setup', () => {
  test('A4 landscape with an English footer', async () => {
    const file = save(
      await renderPdf({ ...base, lang: 'en', layout: 'landscape' }, (doc) => {
        numberedLines(doc, { count: 3, filled: ['Řehoř Šťastný'] });
        signatures(doc, [
          { role: 'employer', name: 'Ludmila Nováková' },
          { role: 'employee', name: 'Řehoř Šťastný' },
        ]);
      }),
    );
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Page 1 of 1');
    expect(text).toMatch(/1\.\s+Řehoř Šťastný/);
    expect(text).toMatch(/Place\s+Date\s+Place\s+Date/);
  });
});

describe('sections', () => {
  test('each section numbers its own pages and has its own footer', async () => {
    const long = 'Řehoř Šťastný úklid a příprava materiálu. '.repeat(200);
    const file = save(
      await renderPdf(base, (doc) => {
        startSection(doc, 'Vyhotovení pro zaměstnance');
        paragraph(doc, long);
        startSection(doc, 'Vyhotovení pro zaměstnavatele');
        paragraph(doc, 'Krátký text.');
      }),
    );
    const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(3);
    expect(pages[0]).toMatch(/Vyhotovení pro zaměstnance\s+Strana 1 ze 2/);
    expect(pages[1]).toMatch(/Vyhotovení pro zaměstnance\s+Strana 2 ze 2/);
    expect(pages[2]).toMatch(/Vyhotovení pro zaměstnavatele\s+Strana 1 z 1/);
  });
});
