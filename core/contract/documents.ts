import { z } from 'zod';

/** The kinds of file a document method can answer. */
export const documentTypes = [
  'application/pdf',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/json',
] as const;
export type DocumentContentType = (typeof documentTypes)[number];

/**
 * What a document method answers: the file's bytes (the CLI and the Electron main
 * process get them as they are; over HTTP they are the response body, the name
 * in a header). In the desktop app the main process opens the file in the system
 * viewer instead and answers where it saved it, without the bytes.
 */
export const documentFile = z.object({
  fileName: z.string(),
  contentType: z.enum(documentTypes),
  bytes: z.instanceof(Uint8Array).optional(),
  savedTo: z.string().optional(),
});
export type DocumentFile = z.infer<typeof documentFile>;

export function isDocumentFile(value: unknown): value is DocumentFile {
  return documentFile.safeParse(value).success;
}
