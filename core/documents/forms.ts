/** Parts of a document meant to be filled in by hand: lines, boxes, signatures. */
import { layoutLabels } from './labels.js';
import { contentLeft, contentWidth, ellipsize, ensureSpace, type PdfDoc } from './pdf.js';
import { colors, fontNames, sizes, space } from './theme.js';

/** An empty square with its top-left corner at (x, y); ticked when `checked`. */
export function drawCheckbox(doc: PdfDoc, x: number, y: number, size: number, checked = false): void {
  const { pdf } = doc;
  pdf.save().rect(x, y, size, size).lineWidth(0.8).strokeColor(colors.text).stroke();
  if (checked) {
    // A drawn tick rather than a glyph: Liberation Sans has no check mark.
    pdf
      .moveTo(x + size * 0.2, y + size * 0.55)
      .lineTo(x + size * 0.42, y + size * 0.78)
      .lineTo(x + size * 0.82, y + size * 0.25)
      .lineWidth(1.2)
      .stroke();
  }
  pdf.restore();
}

export interface ChecklistItem {
  label: string;
  checked?: boolean;
}

/** A list of boxes with labels, e.g. the fitness-to-work items ticked on arrival. */
export function checklist(doc: PdfDoc, items: readonly ChecklistItem[]): void {
  const { pdf } = doc;
  const x = contentLeft(doc);
  const box = 10;
  const labelX = x + box + 8;
  const labelWidth = contentWidth(doc) - box - 8;
  pdf.font(fontNames.regular).fontSize(sizes.body).fillColor(colors.text);
  for (const item of items) {
    const height = Math.max(box, pdf.heightOfString(item.label, { width: labelWidth }));
    ensureSpace(doc, height);
    const y = pdf.y;
    drawCheckbox(doc, x, y + 0.5, box, item.checked ?? false);
    pdf.text(item.label, labelX, y, { width: labelWidth });
    pdf.y = y + height + 6;
  }
  pdf.y += space.paragraph - 6;
  pdf.x = x;
}

export interface NumberedLinesOptions {
  count: number;
  /** Number of the first line, e.g. 4 when three places are already taken. */
  start?: number;
  /** Names already written on the first lines; the rest stay empty. */
  filled?: readonly string[];
  /** Distance between lines, enough for handwriting; default 26 pt. */
  lineHeight?: number;
}

/** Numbered writing lines, e.g. the free places on a printed sign-up sheet. */
export function numberedLines(doc: PdfDoc, options: NumberedLinesOptions): void {
  const { pdf } = doc;
  const x = contentLeft(doc);
  const width = contentWidth(doc);
  const lineHeight = options.lineHeight ?? 26;
  const start = options.start ?? 1;
  const numberWidth = 24;
  pdf.font(fontNames.regular).fontSize(sizes.body);
  const textHeight = pdf.currentLineHeight();

  for (let i = 0; i < options.count; i++) {
    ensureSpace(doc, lineHeight);
    const top = pdf.y;
    const baseline = top + lineHeight - 4;
    const textY = baseline - textHeight - 2;
    pdf.fillColor(colors.muted).text(`${start + i}.`, x, textY, {
      width: numberWidth - 6,
      align: 'right',
      lineBreak: false,
    });
    const name = options.filled?.[i];
    if (name) {
      const fitted = ellipsize(doc, name, width - numberWidth - 4);
      pdf.fillColor(colors.text).text(fitted, x + numberWidth + 2, textY, { lineBreak: false });
    }
    pdf
      .save()
      .moveTo(x + numberWidth, baseline)
      .lineTo(x + width, baseline)
      .lineWidth(0.5)
      .strokeColor(colors.ruleStrong)
      .stroke()
      .restore();
    pdf.y = top + lineHeight;
  }
  pdf.fillColor(colors.text);
  pdf.y += space.block;
  pdf.x = x;
}

export interface SignatureParty {
  /** e.g. "zaměstnavatel" / "employer". */
  role: string;
  name: string;
  /** For Czech in the locative after "V": "Ostravě" prints "V Ostravě dne …". */
  place?: string;
  /** Already formatted (see formatDate); left as a line to fill in when absent. */
  date?: string;
}

/** Draws `text` with a writing line after it; returns the x where the line ends. */
function labelledLine(
  doc: PdfDoc,
  label: string,
  value: string | undefined,
  x: number,
  y: number,
  lineWidth: number,
): number {
  const { pdf } = doc;
  pdf.fillColor(colors.muted).text(label, x, y, { lineBreak: false });
  const afterLabel = x + pdf.widthOfString(label) + 4;
  if (value) {
    pdf.fillColor(colors.text).text(value, afterLabel, y, { lineBreak: false });
    return afterLabel + pdf.widthOfString(value) + 6;
  }
  const lineY = y + pdf.currentLineHeight() - 1;
  pdf
    .save()
    .moveTo(afterLabel, lineY)
    .lineTo(afterLabel + lineWidth, lineY)
    .lineWidth(0.5)
    .dash(1, { space: 2 })
    .strokeColor(colors.ruleStrong)
    .stroke()
    .undash()
    .restore();
  return afterLabel + lineWidth + 6;
}

/**
 * Signature blocks side by side (one per party, usually two): place and date,
 * line, name, role. A long name wraps under its line rather than being cut: the
 * signed paper must name the person in full.
 */
export function signatures(doc: PdfDoc, parties: readonly SignatureParty[]): void {
  const { pdf } = doc;
  const labels = layoutLabels(doc.lang);
  const left = contentLeft(doc);
  const gutter = 36;
  const columns = Math.max(1, parties.length);
  const columnWidth = (contentWidth(doc) - gutter * (columns - 1)) / columns;
  const signatureRoom = 44;
  const textHeight = (text: string, font: string, size: number) =>
    pdf.font(font).fontSize(size).heightOfString(text, { width: columnWidth });
  const below = Math.max(
    ...parties.map(
      (p) => textHeight(p.name, fontNames.bold, sizes.body) + 4 + textHeight(p.role, fontNames.regular, sizes.small),
    ),
  );
  const blockHeight = 14 + signatureRoom + 5 + below + 4;
  ensureSpace(doc, blockHeight + 10);
  const top = pdf.y + 10;

  pdf.font(fontNames.regular).fontSize(sizes.body);
  parties.forEach((party, i) => {
    const x = left + i * (columnWidth + gutter);
    const afterPlace = labelledLine(doc, labels.signaturePlace, party.place, x, top, columnWidth * 0.38);
    labelledLine(doc, labels.signatureDate, party.date, afterPlace, top, columnWidth * 0.28);

    const lineY = top + 14 + signatureRoom;
    pdf
      .save()
      .moveTo(x, lineY)
      .lineTo(x + columnWidth, lineY)
      .lineWidth(0.6)
      .strokeColor(colors.text)
      .stroke()
      .restore();
    pdf.font(fontNames.bold).fontSize(sizes.body).fillColor(colors.text);
    pdf.text(party.name, x, lineY + 5, { width: columnWidth });
    pdf.font(fontNames.regular).fontSize(sizes.small).fillColor(colors.muted);
    pdf.text(party.role, x, pdf.y + 4, { width: columnWidth });
    pdf.font(fontNames.regular).fontSize(sizes.body);
  });

  pdf.fillColor(colors.text);
  pdf.y = top + blockHeight + space.block;
  pdf.x = left;
}
