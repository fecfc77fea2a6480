import type { cs } from './cs.js';

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** Every language has exactly the keys of the Czech catalogue. */
export type Catalogue = Widen<typeof cs>;
