import { cs } from './messages/cs/index.js';
import { en } from './messages/en/index.js';
import { pluralCategory, type PluralSuffix } from './plural.js';

export const locales = ['cs', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'cs';

export const contractMessages = { cs, en } as const;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Every text's dotted path, e.g. 'errors.schedule.shiftFull'. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A plural group is asked for by its base key with a `count`: 'present.days_few' → 'present.days'. */
type WithoutPlural<K> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/** A key of the contract's catalogue; a text that is not in it does not compile. */
export type MessageKey = WithoutPlural<Leaves<typeof cs>>;

/**
 * What a DomainError or the dispatcher may answer: a key under `errors.` that has
 * a message (the `notRestored` words are reasons put into other messages).
 */
export type ErrorCode = Exclude<WithoutPlural<Leaves<typeof cs.errors>>, `schedule.notRestored.${string}`>;

type Tree = { readonly [key: string]: string | Tree | undefined };

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The text of a key in one language, choosing the plural form for `count` the
 * way i18next does (`key_one`, `key_few`, … then `key_other`), so one catalogue
 * serves both.
 */
function lookupIn(locale: Locale, key: string, count: unknown): string | undefined {
  const tree = contractMessages[locale] as Tree;
  if (typeof count === 'number') {
    const form = lookup(tree, `${key}_${pluralCategory(locale, count)}`) ?? lookup(tree, `${key}_other`);
    if (form !== undefined) return form;
  }
  return lookup(tree, key);
}

/** The text of a key only known at run time (a field named by an input's path), or undefined. */
export function findMessage(locale: Locale, key: string): string | undefined {
  return lookupIn(locale, key, undefined) ?? lookupIn('en', key, undefined);
}

/** Whether a text from outside the type system (a schema's message) names a key of the catalogue. */
export function isMessageKey(key: string): key is MessageKey {
  return lookupIn('cs', key, 0) !== undefined;
}

/**
 * Translates a contract message key with i18next-style `{{name}}` placeholders,
 * so the same catalogue serves the UI (through i18next) and core/ (through this).
 */
export function translate(locale: Locale, key: MessageKey, params: Record<string, unknown> = {}): string {
  const text = lookupIn(locale, key, params.count) ?? lookupIn('en', key, params.count) ?? key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = params[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  });
}
