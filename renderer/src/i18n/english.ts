import { contractMessages } from '@contract/i18n.js';
import { enUi } from './en/index.js';

/** The English catalogue: its screen texts are a chunk of their own, fetched the first time English is chosen (see index.ts). */
export const english = { ...contractMessages.en, ...enUi };
