import type { csUi } from './cs/index.js';

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** English must have exactly the Czech keys. */
export type UiCatalogue = Widen<typeof csUi>;
