import { z } from 'zod';
import type { AuditEntry } from '../../contract/privacy.js';

export const privacyTemplateNames = { pdf: 'privacy.exportPdf', json: 'privacy.exportJson' } as const;

/** Everything held about one client, as a machine reads it: rows by table (SQL column names) and the change log. */
export interface ClientExport {
  clientId: number;
  exportedAt: string;
  records: Record<string, Record<string, unknown>[]>;
  changes: AuditEntry[];
}

/** The same, worded for the person in their language. */
export const exportPrintSchema = z.object({
  name: z.string(),
  exportedAt: z.string(),
  sections: z.array(
    z.object({
      heading: z.string(),
      items: z.array(z.array(z.tuple([z.string(), z.string()]))),
    }),
  ),
  changes: z.array(z.object({ at: z.string(), actor: z.string(), what: z.string() })),
});
export type ExportPrint = z.infer<typeof exportPrintSchema>;
