import { czechSortKey, foldText, withoutInvisible } from '../contract/text.js';

/** The text a client is found by: names, nickname and code, folded. */
export function clientSearchText(c: {
  code: string;
  firstName: string;
  lastName: string;
  nickname: string | null;
}): string {
  return foldText([c.lastName, c.firstName, c.nickname ?? '', c.code].join(' '));
}

/** Same folded name and birth date = a likely duplicate. */
export function clientDuplicateKey(c: { firstName: string; lastName: string; birthDate: string }): string {
  return `${foldText(c.lastName)}|${foldText(c.firstName)}|${c.birthDate}`;
}

export function clientSortKey(c: { firstName: string; lastName: string }): string {
  return czechSortKey(`${c.lastName} ${c.firstName}`);
}

/** Query words, folded; every one must occur in the search text. */
export function searchTokens(query: string): string[] {
  return foldText(query)
    .split(' ')
    .filter((t) => t.length > 0)
    .slice(0, 6)
    .map((t) => t.replace(/[\\%_]/g, (ch) => `\\${ch}`));
}

/** Client codes are unique regardless of case, Czech letters included ("Č-1" = "č-1"), and of invisible characters. */
export function clientCodeKey(code: string): string {
  return withoutInvisible(code).trim().toLocaleLowerCase('cs');
}
