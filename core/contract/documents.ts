import { z } from 'zod';
import { documentTypes } from './document-types.js';

export { documentTypes, type DocumentContentType } from './document-types.js';

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
