import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderSampleDocument, sampleClientName, samplePangram } from './sample-document.js';

// Checked with poppler-utils (pdftotext, pdfinfo, pdffonts): the same tools a person
// would use, so the tests see what a reader's PDF viewer sees.

const fontsDir = fileURLToPath(new URL('../../../resources/fonts/', import.meta.url));
const createdAt = new Date('2026-11-24T09:00:00Z');
let dir: string;

function poppler(tool: string, ...args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}

async function renderToFile(lang: 'cs' | 'en', at = createdAt): Promise<{ file: string; bytes: Buffer }> {
  const bytes = await renderSampleDocument({ fontsDir, lang, createdAt: at });
  const file = path.join(dir, `sample-${lang}-${at.getTime()}.pdf`);
  writeFileSync(file, bytes);
  return { file, bytes };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'shiftbook-documents-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('sample document (Czech)', () => {
  let file: string;
  let bytes: Buffer;
  let text: string;

  beforeAll(async () => {
    ({ file, bytes } = await renderToFile('cs'));
    text = poppler('pdftotext', '-layout', file, '-');
  });

  test('Czech letters survive a round trip through pdftotext', () => {
    expect(text).toContain(sampleClientName);
    expect(text).toContain('Řehoř Šťastný');
    expect(text).toContain('Příliš žluťoučký kůň úpěl ďábelské ódy');
    expect(text).toContain(samplePangram.toUpperCase());
    expect(text).toContain('Kontaktní centrum Přístav, z. s.');
    expect(text).toContain('IČO: 12345678');
  });

  test('no-break spaces come back as plain spaces', () => {
    expect(text).toContain('1 714,00 Kč');
    expect(text).toContain('24. 11. 2026');
    expect(text).toContain('2 h 30 min');
  });

  test('the 40-row table breaks onto the next page and repeats its header', () => {
    const info = poppler('pdfinfo', file);
    expect(info).toMatch(/^Pages:\s+3$/m);
    expect(text.match(/#\s+Datum\s+Klient\s+Práce\s+Hodiny\s+Záloha\s+Přišel/g)).toHaveLength(2);
    expect(text).toMatch(/^\s*40\s+14\. 11\. 2026/m);
  });

  test('every page has a numbered footer', () => {
    for (let page = 1; page <= 3; page++) expect(text).toContain(`Strana ${page} ze 3`);
  });

  test('metadata carries the given date and title', () => {
    const info = poppler('pdfinfo', '-isodates', file);
    expect(info).toMatch(/^CreationDate:\s+2026-11-24T09:00:00Z$/m);
    expect(info).toMatch(/^ModDate:\s+2026-11-24T09:00:00Z$/m);
    expect(info).toMatch(/^Title:\s+Zkušební dokument – Řehoř Šťastný$/m);
  });

  test('Liberation Sans is embedded, and no other font is used', () => {
    const rows = poppler('pdffonts', file).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [name, , , , emb] = row.split(/\s+/);
      expect(name).toMatch(/^[A-Z]{6}\+LiberationSans(-Bold|-Italic|-BoldItalic)?$/);
      expect(emb).toBe('yes');
    }
  });

  test('the same inputs give a byte-identical file', async () => {
    const again = await renderSampleDocument({ fontsDir, lang: 'cs', createdAt });
    expect(again.equals(bytes)).toBe(true);
  });

  test('another date gives another file ID', async () => {
    const later = await renderSampleDocument({
      fontsDir,
      lang: 'cs',
      createdAt: new Date('2026-11-25T09:00:00Z'),
    });
    expect(later.equals(bytes)).toBe(false);
  });
});

describe('sample document (English)', () => {
  test('English labels and footer', async () => {
    const { file } = await renderToFile('en');
    const text = poppler('pdftotext', '-layout', file, '-');
    expect(text).toContain('Page 1 of 3');
    expect(text).toContain('Company ID (IČO): 12345678');
    expect(text).toContain('CZK 1,714.00');
    expect(text).toContain(sampleClientName);
  });
});
