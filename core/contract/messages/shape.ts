import type { PluralSuffix } from '../plural.js';
import type { cs } from './cs/index.js';

type OtherSuffix = Exclude<PluralSuffix, 'other'>;

/**
 * A catalogue with exactly the keys of the Czech one `T`. A plural group
 * (`days_one`, `days_few`, …) needs only its `_other` form: each language has
 * its own forms (Czech one/few/many/other, English one/other).
 */
export type Shape<T> = {
  readonly [K in keyof T as K extends `${string}_${PluralSuffix}` ? never : K]: T[K] extends string
    ? string
    : Shape<T[K]>;
} & {
  readonly [K in keyof T as K extends `${infer B}_${PluralSuffix}` ? `${B}_other` : never]: string;
} & {
  readonly [K in keyof T as K extends `${infer B}_${PluralSuffix}` ? `${B}_${OtherSuffix}` : never]?: string;
};

/** Every language has exactly the keys of the Czech catalogue. */
export type Catalogue = Shape<typeof cs>;
