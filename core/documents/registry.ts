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
  /** ISO local date-time written into the PDF's metadata. */
  createdAt: string;
  data: unknown;
}

export type DocumentTemplate = (job: DocumentJob, env: DocumentEnv) => Promise<Buffer>;

/** "2026-03-01T08:00:00" → a Date in local time, for the PDF's metadata. */
export function jobDate(job: DocumentJob): Date {
  const [date = '', time = '00:00:00'] = job.createdAt.split('T');
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm, ss] = time.split(':').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hh, mm, ss);
}
