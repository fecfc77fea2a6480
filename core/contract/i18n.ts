import { cs } from './messages/cs.js';
import { en } from './messages/en.js';

export const locales = ['cs', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'cs';

export const contractMessages = { cs, en } as const;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

type Tree = { readonly [key: string]: string | Tree };

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** The text of a key, or undefined when neither language has it. */
export function findMessage(locale: Locale, key: string): string | undefined {
  return lookup(contractMessages[locale], key) ?? lookup(contractMessages.en, key);
}

/**
 * Translates a contract message key with i18next-style `{{name}}` placeholders,
 * so the same catalogue serves the UI (through i18next) and core/ (through this).
 */
export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const text = lookup(contractMessages[locale], key) ?? lookup(contractMessages.en, key) ?? key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = params[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  });
}
