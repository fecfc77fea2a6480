import type { Shape } from '@contract/messages/shape.js';
import type { csUi } from './cs/index.js';

/** English must have exactly the Czech keys (a plural group at least its `_other` form). */
export type UiCatalogue = Shape<typeof csUi>;
