/**
 * A table drawn row by row: each row is measured first and moved whole to the next
 * page when it does not fit, where the header row is repeated. Cell text wraps up to
 * `maxLines` and is then cut with "…", so it never runs out of its cell.
 */
import { drawCheckbox } from './forms.js';
import { contentBottom, contentLeft, contentWidth, ellipsize, ensureSpace, newPage, type PdfDoc } from './pdf.js';
import { colors, fontNames, sizes, space } from './theme.js';

export interface TableColumn {
  header: string;
  /** Fixed width in points. Columns without one share the rest by `flex`. */
  width?: number;
  /** Share of the remaining width (default 1). */
  flex?: number;
  align?: 'left' | 'center' | 'right';
  /** Lines a cell may take before "…"; 1 keeps the column on a single line. Default 3. */
  maxLines?: number;
}

export interface CheckboxCell {
  checkbox: true;
  checked?: boolean;
}

export interface TextCell {
  text: string;
  bold?: boolean;
  muted?: boolean;
}

export type TableCell = string | TextCell | CheckboxCell | null;

export interface TableOptions {
  /** Light fill on every other body row, which helps the eye along wide rows. */
  zebra?: boolean;
  /** Rows at least this tall, e.g. room for a handwritten name or a signature. */
  minRowHeight?: number;
  fontSize?: number;
  /** Thin lines between columns, for sheets filled in by hand. */
  grid?: boolean;
}

const padX = 5;
const padY = 4;
const checkboxSize = 10;
const cellLineGap = 1.5;

interface Layout {
  x: number[];
  widths: number[];
  total: number;
}

function columnLayout(doc: PdfDoc, columns: readonly TableColumn[]): Layout {
  const total = contentWidth(doc);
  const fixed = columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
  const flexTotal = columns.reduce((sum, c) => sum + (c.width === undefined ? (c.flex ?? 1) : 0), 0);
  const rest = Math.max(0, total - fixed);
  const widths = columns.map((c) => c.width ?? (rest * (c.flex ?? 1)) / (flexTotal || 1));
  const x: number[] = [];
  let at = contentLeft(doc);
  for (const w of widths) {
    x.push(at);
    at += w;
  }
  return { x, widths, total };
}

function asText(cell: TableCell): TextCell | null {
  if (cell === null) return null;
  if (typeof cell === 'string') return { text: cell };
  return 'text' in cell ? cell : null;
}

/** The cell's face and size, which is all that measuring needs. */
function setCellFace(doc: PdfDoc, cell: TextCell, fontSize: number, header: boolean): void {
  doc.pdf.font(header || cell.bold ? fontNames.bold : fontNames.regular).fontSize(fontSize);
}

function setCellFont(doc: PdfDoc, cell: TextCell, fontSize: number, header: boolean): void {
  setCellFace(doc, cell, fontSize, header);
  doc.pdf.fillColor(header ? colors.text : cell.muted ? colors.muted : colors.text);
}

/**
 * Height of the text a cell will actually show, after the line limit. pdfkit counts
 * the line gap after the last line too; leaving it out centres all cells alike.
 */
function cellTextHeight(doc: PdfDoc, cell: TextCell, width: number, maxLines: number): number {
  const lineHeight = doc.pdf.currentLineHeight(true) + cellLineGap;
  if (maxLines === 1 || cell.text === '') return doc.pdf.currentLineHeight(true);
  const full = doc.pdf.heightOfString(cell.text, { width, lineGap: cellLineGap });
  return Math.min(full, maxLines * lineHeight) - cellLineGap;
}

interface RowSpec {
  cells: readonly TableCell[];
  header: boolean;
  fill: string | null;
  grid: boolean;
}

interface RowSize {
  height: number;
  /** Each cell's text height (0 for none), measured once and reused when drawing: measuring wraps the text. */
  textHeights: number[];
}

function measureRow(
  doc: PdfDoc,
  columns: readonly TableColumn[],
  layout: Layout,
  row: RowSpec,
  fontSize: number,
  minHeight: number,
): RowSize {
  let height = checkboxSize;
  const textHeights = columns.map((column, i) => {
    const cell = asText(row.cells[i] ?? null);
    if (!cell) return 0;
    setCellFace(doc, cell, fontSize, row.header);
    const maxLines = row.header ? 2 : (column.maxLines ?? 3);
    const w = (layout.widths[i] ?? 0) - 2 * padX;
    const textHeight = cellTextHeight(doc, cell, w, maxLines);
    height = Math.max(height, textHeight);
    return textHeight;
  });
  return { height: Math.max(height + 2 * padY, row.header ? 0 : minHeight), textHeights };
}

function drawRow(
  doc: PdfDoc,
  columns: readonly TableColumn[],
  layout: Layout,
  row: RowSpec,
  fontSize: number,
  size: RowSize,
): void {
  const { pdf } = doc;
  const { height } = size;
  const top = pdf.y;
  const left = layout.x[0] ?? contentLeft(doc);
  if (row.fill) pdf.save().rect(left, top, layout.total, height).fill(row.fill).restore();

  columns.forEach((column, i) => {
    const raw = row.cells[i] ?? null;
    const x = layout.x[i] ?? left;
    const w = (layout.widths[i] ?? 0) - 2 * padX;
    if (raw !== null && typeof raw === 'object' && 'checkbox' in raw) {
      const bx = column.align === 'left' ? x + padX : x + ((layout.widths[i] ?? 0) - checkboxSize) / 2;
      drawCheckbox(doc, bx, top + (height - checkboxSize) / 2, checkboxSize, raw.checked ?? false);
      return;
    }
    const cell = asText(raw);
    if (!cell || cell.text === '') return;
    setCellFont(doc, cell, fontSize, row.header);
    const maxLines = row.header ? 2 : (column.maxLines ?? 3);
    const textHeight = size.textHeights[i] ?? 0;
    // Vertically centred: rows made tall for handwriting keep their print mid-row.
    const y = top + (height - textHeight) / 2;
    const align = column.align ?? 'left';
    if (maxLines === 1) {
      pdf.text(ellipsize(doc, cell.text, w), x + padX, y, { width: w, align, lineBreak: false });
    } else {
      pdf.text(cell.text, x + padX, y, {
        width: w,
        height: textHeight + cellLineGap + 0.5,
        ellipsis: '…',
        align,
        lineGap: cellLineGap,
      });
    }
  });

  const bottom = top + height;
  if (row.grid) {
    pdf.save().lineWidth(0.5).strokeColor(colors.rule);
    for (const x of layout.x.slice(1)) pdf.moveTo(x, top).lineTo(x, bottom);
    pdf.stroke().restore();
  }
  pdf
    .save()
    .moveTo(left, bottom)
    .lineTo(left + layout.total, bottom)
    .lineWidth(row.header ? 0.8 : 0.5)
    .strokeColor(row.header ? colors.ruleStrong : colors.rule)
    .stroke()
    .restore();
  pdf.y = bottom;
}

/** Draws a table at the cursor across the text area, breaking pages between rows. */
export function table(
  doc: PdfDoc,
  columns: readonly TableColumn[],
  rows: readonly (readonly TableCell[])[],
  options: TableOptions = {},
): void {
  const { pdf } = doc;
  const fontSize = options.fontSize ?? sizes.table;
  const minHeight = options.minRowHeight ?? 0;
  const layout = columnLayout(doc, columns);
  const grid = options.grid ?? false;
  const header: RowSpec = {
    cells: columns.map((c) => c.header),
    header: true,
    fill: colors.headerFill,
    grid,
  };
  const headerSize = measureRow(doc, columns, layout, header, fontSize, 0);
  const bodyRows: RowSpec[] = rows.map((cells, index) => ({
    cells,
    header: false,
    fill: options.zebra && index % 2 === 1 ? colors.zebraFill : null,
    grid,
  }));
  const rowSizes = bodyRows.map((row) => measureRow(doc, columns, layout, row, fontSize, minHeight));

  ensureSpace(doc, headerSize.height + (rowSizes[0]?.height ?? 0));
  drawRow(doc, columns, layout, header, fontSize, headerSize);

  bodyRows.forEach((row, index) => {
    const size = rowSizes[index] ?? { height: 0, textHeights: [] };
    if (pdf.y + size.height > contentBottom(doc)) {
      newPage(doc);
      drawRow(doc, columns, layout, header, fontSize, headerSize);
    }
    drawRow(doc, columns, layout, row, fontSize, size);
  });

  pdf.font(fontNames.regular).fontSize(sizes.body).fillColor(colors.text);
  pdf.x = contentLeft(doc);
  pdf.y += space.block;
}
