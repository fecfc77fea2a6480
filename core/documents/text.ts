/** Text blocks: the letterhead, headings, paragraphs and label–value lists. */
import { layoutLabels } from './labels.js';
import { contentLeft, contentWidth, ensureSpace, gap, rule, type PdfDoc } from './pdf.js';
import { colors, fontNames, lineGap, sizes, space } from './theme.js';

export interface Organisation {
  name: string;
  /** Street, town and postcode, one line each. */
  address: string[];
  /** Czech company ID (IČO), eight digits. */
  ico: string;
  /** Phone, e-mail, web; printed at the right. */
  contact?: string[];
}

/** Organisation name, address and IČO above a thin rule, at the top of the first page. */
export function letterhead(doc: PdfDoc, org: Organisation): void {
  const { pdf } = doc;
  const x = contentLeft(doc);
  const width = contentWidth(doc);
  const top = pdf.y;
  const rightWidth = width * 0.4;
  const leftWidth = width - rightWidth - 12;

  pdf.font(fontNames.bold).fontSize(sizes.letterheadName).fillColor(colors.text);
  pdf.text(org.name, x, top, { width: leftWidth });
  pdf.moveDown(0.15);
  pdf.font(fontNames.regular).fontSize(sizes.small).fillColor(colors.muted);
  const details = [...org.address, `${layoutLabels(doc.lang).companyId}: ${org.ico}`];
  pdf.text(details.join('\n'), x, pdf.y, { width: leftWidth, lineGap: 1.5 });
  const leftBottom = pdf.y;

  let rightBottom = top;
  if (org.contact && org.contact.length > 0) {
    // Aligned with the address lines rather than the name, which reads as one block.
    const contactTop = top + sizes.letterheadName * 1.15 + 2;
    pdf.text(org.contact.join('\n'), x + width - rightWidth, contactTop, {
      width: rightWidth,
      align: 'right',
      lineGap: 1.5,
    });
    rightBottom = pdf.y;
  }

  pdf.fillColor(colors.text).font(fontNames.regular).fontSize(sizes.body);
  pdf.y = Math.max(leftBottom, rightBottom) + 8;
  rule(doc, { color: colors.ruleStrong });
  pdf.y += 22;
  pdf.x = x;
}

export type HeadingLevel = 1 | 2 | 3;

const headingStyle: Record<HeadingLevel, { size: number; before: number; after: number }> = {
  1: { size: sizes.title, before: 4, after: 10 },
  2: { size: sizes.heading, before: 16, after: 6 },
  3: { size: sizes.subheading, before: 10, after: 3 },
};

export interface HeadingOptions {
  /**
   * Room in points the heading needs below it on the same page, so it is never left
   * alone at the foot of a page. Defaults to three lines of body text; give more
   * before a table (its header row and first row) or a signature block.
   */
  keepWithNext?: number;
}

export function heading(doc: PdfDoc, text: string, level: HeadingLevel = 2, options: HeadingOptions = {}): void {
  const { pdf } = doc;
  const style = headingStyle[level];
  const x = contentLeft(doc);
  const width = contentWidth(doc);
  gap(doc, style.before);
  pdf.font(fontNames.bold).fontSize(style.size).fillColor(colors.text);
  const height = pdf.heightOfString(text, { width });
  ensureSpace(doc, height + style.after + (options.keepWithNext ?? 3 * (sizes.body + lineGap + 2)));
  pdf.text(text, x, pdf.y, { width });
  pdf.font(fontNames.regular).fontSize(sizes.body);
  pdf.y += style.after;
  pdf.x = x;
}

export interface ParagraphOptions {
  align?: 'left' | 'justify' | 'center' | 'right';
  /** Smaller grey text for notes and fine print. */
  muted?: boolean;
  bold?: boolean;
  italic?: boolean;
  /** Space after the paragraph; defaults to the house paragraph gap. */
  after?: number;
}

function faceFor(bold: boolean, italic: boolean): string {
  if (bold && italic) return fontNames.boldItalic;
  if (bold) return fontNames.bold;
  return italic ? fontNames.italic : fontNames.regular;
}

/** Body text; flows onto the next page by itself when long. */
export function paragraph(doc: PdfDoc, text: string, options: ParagraphOptions = {}): void {
  const { pdf } = doc;
  const x = contentLeft(doc);
  pdf
    .font(faceFor(options.bold ?? false, options.italic ?? false))
    .fontSize(options.muted ? sizes.small : sizes.body)
    .fillColor(options.muted ? colors.muted : colors.text);
  // Two lines at least, so a paragraph does not start with a lone line at the foot.
  ensureSpace(doc, 2 * pdf.currentLineHeight(true) + lineGap);
  pdf.text(text, x, pdf.y, {
    width: contentWidth(doc),
    align: options.align ?? 'left',
    lineGap: options.muted ? 1.5 : lineGap,
  });
  pdf.font(fontNames.regular).fontSize(sizes.body).fillColor(colors.text);
  pdf.y += options.after ?? space.paragraph;
  pdf.x = x;
}

export interface KeyValueOptions {
  /** Width of the label column in points; default 130 pt (a third of a narrow page). */
  labelWidth?: number;
}

/** Label–value pairs in two columns, e.g. the parties of an agreement or a payslip's header. */
export function keyValues(
  doc: PdfDoc,
  rows: readonly (readonly [label: string, value: string])[],
  options: KeyValueOptions = {},
): void {
  const { pdf } = doc;
  const x = contentLeft(doc);
  const width = contentWidth(doc);
  const labelWidth = options.labelWidth ?? Math.min(130, Math.round(width / 3));
  const valueX = x + labelWidth + 10;
  const valueWidth = width - labelWidth - 10;
  const rowGap = 4;

  for (const [label, value] of rows) {
    pdf.font(fontNames.regular).fontSize(sizes.body);
    const labelHeight = pdf.heightOfString(label, { width: labelWidth, lineGap: 1.5 });
    const valueHeight = pdf.heightOfString(value || ' ', { width: valueWidth, lineGap: 1.5 });
    const height = Math.max(labelHeight, valueHeight);
    ensureSpace(doc, height);
    const y = pdf.y;
    pdf.fillColor(colors.muted).text(label, x, y, { width: labelWidth, lineGap: 1.5 });
    pdf.fillColor(colors.text).text(value, valueX, y, { width: valueWidth, lineGap: 1.5 });
    pdf.y = y + height + rowGap;
  }
  pdf.y += space.block - rowGap;
  pdf.x = x;
}
