import { instantOf } from '../contract/dates.js';
import type { DocumentContentType } from '../contract/documents.js';
import type { Locale } from '../contract/i18n.js';

/** Everything a template needs besides its data. */
export interface DocumentEnv {
  fontsDir: string;
}

/**
 * A document to render: the template's name and the data it prints. For
 * printed-and-kept papers (agreements, payslips) `data` is the stored
 * snapshot, so a reprint years later is the same document.
 */
export interface DocumentJob {
  template: string;
  fileName: string;
  lang: Locale;
  /** What the template makes; a PDF unless said otherwise (a list for a spreadsheet is `text/csv`). */
  contentType?: DocumentContentType;
  /** A timestamp with its UTC offset, written into the PDF's metadata. */
  createdAt: string;
  data: unknown;
}

export type DocumentTemplate = (job: DocumentJob, env: DocumentEnv) => Promise<Buffer>;

/**
 * The moment for the PDF's metadata. It comes from the stored offset, not from
 * this machine's time zone, so a reprint is byte-identical on any machine.
 */
export function jobDate(job: DocumentJob): Date {
  return instantOf(job.createdAt);
}
