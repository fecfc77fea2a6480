/**
 * The kinds of file a document method can answer. Apart from documents.ts's
 * schema, so the renderer's transport, which loads before any screen, needs no zod.
 */
export const documentTypes = [
  'application/pdf',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/json',
] as const;
export type DocumentContentType = (typeof documentTypes)[number];
