import type { resources } from './index.js';

// Typed keys: t('schedule.week.tiltle') does not compile. The Czech catalogue
// is the reference; English has the same keys (see shape.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['cs'];
  }
}
