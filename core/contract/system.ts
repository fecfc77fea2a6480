import { z } from 'zod';
import { method } from './method.js';

export const systemMethods = {
  'system.info': method({
    summary: 'Version of the app and of its database schema.',
    write: false,
    input: z.strictObject({}),
    output: z.object({ appVersion: z.string(), schemaVersion: z.string(), today: z.string() }),
  }),
};
