import { z } from 'zod';
import { method } from './method.js';

export const systemMethods = {
  'system.info': method({
    summary: 'Version of the app and of its database schema.',
    kind: 'read',
    input: z.strictObject({}),
    output: z.object({ appVersion: z.string(), schemaVersion: z.string(), today: z.string() }),
  }),
  'system.backup': method({
    summary: 'Back up the database now into the backups folder beside it (as backups.create does).',
    kind: 'maintenance',
    input: z.strictObject({}),
    output: z.object({ file: z.string() }),
  }),
  'system.checkIntegrity': method({
    summary: 'Check the database file for damage and broken links between records.',
    kind: 'maintenance',
    input: z.strictObject({}),
    output: z.object({ ok: z.boolean(), problems: z.array(z.string()) }),
  }),
};
