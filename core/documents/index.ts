/** The document toolkit: one import for the features that print (agreements, sheets, payslips). */
export { checklist, drawCheckbox, numberedLines, signatures } from './forms.js';
export type { ChecklistItem, NumberedLinesOptions, SignatureParty } from './forms.js';
export {
  contentBottom,
  contentLeft,
  contentWidth,
  createPdf,
  defaultMargins,
  ellipsize,
  ensureSpace,
  finishPdf,
  gap,
  newPage,
  renderPdf,
  rule,
  startSection,
} from './pdf.js';
export type { PdfDoc, PdfMargins, PdfOptions } from './pdf.js';
export { table } from './table.js';
export type { CheckboxCell, TableCell, TableColumn, TableOptions, TextCell } from './table.js';
export { heading, keyValues, letterhead, paragraph } from './text.js';
export type { HeadingLevel, HeadingOptions, KeyValueOptions, Organisation, ParagraphOptions } from './text.js';
export { mm } from './theme.js';
