import type { Shape } from '@contract/messages/shape.js';
import type { csOpeningUi } from '../cs/opening.js';

/** English texts of the screen in front of a data file that cannot be opened (the rest is in the contract's `opening`). */
export const enOpeningUi: Shape<typeof csOpeningUi> = {
  openingScreen: {
    restore: 'Restore this backup',
    details: 'Details',
    loading: 'Finding out what happened to the data file…',
  },
};
