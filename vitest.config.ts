import path from 'node:path';
import { defineConfig } from 'vitest/config';

// The coordinator's clock: tests see the real daylight-saving changes of
// Europe/Prague whatever the machine's own zone (test/unit/timezone.test.ts).
const env = { TZ: 'Europe/Prague' };

// The renderer's pure logic is tested too; it reaches the contract through the
// same alias as in vite.config.ts.
const resolve = { alias: { '@contract': path.resolve(import.meta.dirname, 'core/contract') } };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          env,
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          env,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Pages load on demand, so a screen appears a moment after the page's load event;
          // on a busy machine that moment is longer than the default second.
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});
