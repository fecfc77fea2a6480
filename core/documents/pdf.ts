/**
 * A thin layer over pdfkit: one A4 document with the house fonts, deterministic
 * metadata and a page footer. The block helpers (text.ts, table.ts, forms.ts) all
 * take the `PdfDoc` made here and flow down the page from `pdf.y`.
 */
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { Locale } from '../contract/i18n.js';
import { layoutLabels, pdfLanguageTag } from './labels.js';
import { colors, fontFiles, fontNames, mm, sizes } from './theme.js';

export interface PdfMargins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PdfOptions {
  /** Folder with the Liberation Sans files (resources/fonts in the repo). */
  fontsDir: string;
  size?: 'A4';
  layout?: 'portrait' | 'landscape';
  title: string;
  author: string;
  subject?: string;
  lang: Locale;
  /**
   * Written as both creation and modification date (as UTC) and seeds the file
   * ID; pass the moment of the stored timestamp (jobDate), never one built from
   * this machine's local clock, so the bytes do not depend on its time zone.
   */
  createdAt: Date;
  /** In points; the footer sits inside the bottom margin, so keep that one ≥ 15 mm. */
  margins?: Partial<PdfMargins>;
  /** Printed at the left of every footer, e.g. the document's name and the client. */
  footerText?: string;
}

interface Section {
  firstPage: number;
  footerText: string | undefined;
  /** Printed whole after the footer text, which is shortened instead when space runs out (e.g. the copy's label). */
  footerTail?: string;
}

export interface PdfDoc {
  /** The pdfkit document, for the rare drawing the helpers do not cover. */
  readonly pdf: PDFKit.PDFDocument;
  readonly lang: Locale;
  readonly footerText: string | undefined;
  /**
   * Parts that number their pages on their own, each with its footer text, e.g.
   * the two copies of an agreement in one file. One section unless startSection
   * is called.
   */
  readonly sections: Section[];
}

export const defaultMargins: PdfMargins = {
  top: mm(18),
  right: mm(20),
  bottom: mm(22),
  left: mm(20),
};

const producer = 'Shiftbook';

export function createPdf(options: PdfOptions): PdfDoc {
  const margins = { ...defaultMargins, ...options.margins };
  const pdf = new PDFDocument({
    size: options.size ?? 'A4',
    layout: options.layout ?? 'portrait',
    margins,
    bufferPages: true,
    compress: true,
    pdfVersion: '1.7',
    lang: pdfLanguageTag(options.lang),
    displayTitle: true,
    // pdfkit derives the file ID from these entries alone (no clock, no randomness),
    // so a fixed createdAt makes the output byte-identical run after run.
    info: {
      Title: options.title,
      Author: options.author,
      ...(options.subject === undefined ? {} : { Subject: options.subject }),
      Creator: producer,
      Producer: producer,
      CreationDate: options.createdAt,
      ModDate: options.createdAt,
    },
  });
  for (const face of Object.keys(fontNames) as (keyof typeof fontNames)[]) {
    pdf.registerFont(fontNames[face], path.join(options.fontsDir, fontFiles[face]));
  }
  pdf.font(fontNames.regular).fontSize(sizes.body).fillColor(colors.text);
  return {
    pdf,
    lang: options.lang,
    footerText: options.footerText,
    sections: [{ firstPage: 0, footerText: options.footerText }],
  };
}

function currentPage(doc: PdfDoc): number {
  const range = doc.pdf.bufferedPageRange();
  return range.start + range.count - 1;
}

/**
 * Starts a part on a new page whose pages are numbered from 1 again ("Strana 1
 * z 2") with its own footer text; on a still-empty first page it only sets that
 * page's footer.
 */
export function startSection(doc: PdfDoc, footerText?: string, footerTail?: string): void {
  const untouched = currentPage(doc) === 0 && doc.pdf.y <= doc.pdf.page.margins.top + 0.5;
  const tail = footerTail === undefined ? {} : { footerTail };
  if (untouched) {
    doc.sections.splice(0, doc.sections.length, { firstPage: 0, footerText, ...tail });
    return;
  }
  newPage(doc);
  doc.sections.push({ firstPage: currentPage(doc), footerText, ...tail });
}

/** Left edge of the text area. */
export function contentLeft(doc: PdfDoc): number {
  return doc.pdf.page.margins.left;
}

export function contentWidth(doc: PdfDoc): number {
  const { page } = doc.pdf;
  return page.width - page.margins.left - page.margins.right;
}

/** The lowest y a block may reach before it must move to the next page. */
export function contentBottom(doc: PdfDoc): number {
  return doc.pdf.page.height - doc.pdf.page.margins.bottom;
}

/** Starts a new page, with the cursor at the top-left of its text area. */
export function newPage(doc: PdfDoc): void {
  doc.pdf.addPage();
  doc.pdf.x = contentLeft(doc);
  doc.pdf.y = doc.pdf.page.margins.top;
}

/**
 * Moves to a new page unless `height` points still fit below the cursor, so that a
 * block (a table row, a signature block) is never cut in two. Returns true on a break.
 */
export function ensureSpace(doc: PdfDoc, height: number): boolean {
  const atTop = doc.pdf.y <= doc.pdf.page.margins.top + 0.5;
  if (atTop || doc.pdf.y + height <= contentBottom(doc)) return false;
  newPage(doc);
  return true;
}

/** Vertical white space; swallowed at the top of a page, where it would only look odd. */
export function gap(doc: PdfDoc, height: number): void {
  if (doc.pdf.y <= doc.pdf.page.margins.top + 0.5) return;
  doc.pdf.y = Math.min(doc.pdf.y + height, contentBottom(doc));
}

/** A thin grey rule across the text area. */
export function rule(doc: PdfDoc, options: { color?: string; width?: number } = {}): void {
  const { pdf } = doc;
  const x = contentLeft(doc);
  pdf
    .save()
    .moveTo(x, pdf.y)
    .lineTo(x + contentWidth(doc), pdf.y)
    .lineWidth(options.width ?? 0.5)
    .strokeColor(options.color ?? colors.rule)
    .stroke()
    .restore();
}

function drawFooter(doc: PdfDoc, pageNo: number, total: number, section: Section): void {
  const { pdf } = doc;
  const { margins } = pdf.page;
  const left = margins.left;
  const right = pdf.page.width - margins.right;
  const ruleY = pdf.page.height - margins.bottom + mm(6);
  pdf.save().moveTo(left, ruleY).lineTo(right, ruleY).lineWidth(0.5).strokeColor(colors.rule).stroke().restore();
  pdf.font(fontNames.regular).fontSize(sizes.small).fillColor(colors.muted);
  const textY = ruleY + 5;
  const pageText = layoutLabels(doc.lang).page(pageNo, total);
  const pageWidth = pdf.widthOfString(pageText);
  // No `width` option on purpose: without it pdfkit does not wrap, so text in the
  // bottom margin cannot trigger an automatic page break.
  pdf.text(pageText, right - pageWidth, textY, { lineBreak: false });
  footerLines(doc, section, right - left - pageWidth - 24).forEach((line, i) => {
    pdf.text(line, left, textY + i * pdf.currentLineHeight(true), { lineBreak: false });
  });
  pdf.fillColor(colors.text);
}

/**
 * The footer in one line, or two when it is long (a long name): broken at a
 * space, only the second line shortened, and the tail (the copy's label) always
 * printed whole at the end.
 */
function footerLines(doc: PdfDoc, section: Section, width: number): string[] {
  const { pdf } = doc;
  const text = section.footerText ?? '';
  const tail = section.footerTail ?? '';
  const joined = [text, tail].filter(Boolean).join(' · ');
  if (pdf.widthOfString(joined) <= width) return joined ? [joined] : [];
  const words = text.split(' ');
  let first = '';
  while (words.length > 0 && pdf.widthOfString(`${first} ${words[0] ?? ''}`.trim()) <= width) {
    first = `${first} ${words.shift() ?? ''}`.trim();
  }
  const rest = words.join(' ');
  if (!tail) return [first, ellipsize(doc, rest, width)].filter(Boolean);
  if (!rest) return [first, tail];
  const separator = ' · ';
  return [first, ellipsize(doc, rest, width - pdf.widthOfString(separator + tail)) + separator + tail];
}

/** Cuts `text` to fit `width` in the current font, ending it with "…". */
export function ellipsize(doc: PdfDoc, text: string, width: number): string {
  const { pdf } = doc;
  if (pdf.widthOfString(text) <= width) return text;
  const chars = Array.from(text);
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const candidate = chars.slice(0, mid).join('').trimEnd() + '…';
    if (pdf.widthOfString(candidate) <= width) low = mid;
    else high = mid - 1;
  }
  return chars.slice(0, low).join('').trimEnd() + '…';
}

/** Adds the footers, closes the document and resolves with the whole file. */
export function finishPdf(doc: PdfDoc): Promise<Buffer> {
  const { pdf } = doc;
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const range = pdf.bufferedPageRange();
  const end = range.start + range.count;
  doc.sections.forEach((section, index) => {
    const next = doc.sections[index + 1]?.firstPage ?? end;
    for (let i = section.firstPage; i < next; i++) {
      pdf.switchToPage(i);
      drawFooter(doc, i - section.firstPage + 1, next - section.firstPage, section);
    }
  });
  pdf.end();
  return done;
}

/** Creates a document, lets `build` fill it, and returns the finished PDF. */
export async function renderPdf(options: PdfOptions, build: (doc: PdfDoc) => void | Promise<void>): Promise<Buffer> {
  const doc = createPdf(options);
  await build(doc);
  return finishPdf(doc);
}
