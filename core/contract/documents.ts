import { z } from 'zod';

/**
 * What a printing method answers: a PDF. Browser mode and the CLI get its
 * bytes (base64); in the desktop app the main process opens it in the system
 * viewer instead and answers where it saved it.
 */
export const documentFile = z.object({
  fileName: z.string(),
  contentType: z.literal('application/pdf'),
  base64: z.string().optional(),
  savedTo: z.string().optional(),
});
export type DocumentFile = z.infer<typeof documentFile>;

export function isDocumentFile(value: unknown): value is DocumentFile {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { contentType?: unknown }).contentType === 'application/pdf' &&
    typeof (value as { fileName?: unknown }).fileName === 'string'
  );
}
