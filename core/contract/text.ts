/** Lower-case and strip diacritics and invisible characters, so "Řehoř" and "rehor" compare equal. */
export function foldText(value: string): string {
  return withoutInvisible(value)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

// Czech alphabetical order: letters with háček (č ř š ž) and "ch" are letters of
// their own; other accents only break ties. SQLite cannot sort this way, so a
// sort key is stored with each row and compared as plain text.
const czechOrder = 'aábcčdďeéěfghiíjklmnňoópqrřsštťuúůvwxyýzž';
const primaryOf = new Map<string, string>();
{
  const groups = [
    'aá',
    'b',
    'c',
    'č',
    'dď',
    'eéě',
    'f',
    'g',
    'h',
    'ch',
    'ií',
    'j',
    'k',
    'l',
    'm',
    'nň',
    'oó',
    'p',
    'q',
    'r',
    'ř',
    's',
    'š',
    'tť',
    'uúů',
    'v',
    'w',
    'x',
    'yý',
    'z',
    'ž',
  ];
  groups.forEach((group, index) => {
    const code = String.fromCharCode(0x61 + Math.floor(index / 26)) + String.fromCharCode(0x61 + (index % 26));
    if (group === 'ch') primaryOf.set('ch', code);
    else for (const letter of group) primaryOf.set(letter, code);
  });
}

/** A key whose plain (binary) order is Czech alphabetical order. */
export function czechSortKey(value: string): string {
  const lower = value.toLowerCase().normalize('NFC');
  let primary = '';
  let secondary = '';
  for (let i = 0; i < lower.length; i += 1) {
    const ch = lower[i] ?? '';
    if (ch === 'c' && lower[i + 1] === 'h') {
      primary += primaryOf.get('ch');
      secondary += '0';
      i += 1;
      continue;
    }
    const code = primaryOf.get(ch);
    if (code !== undefined) {
      primary += code;
      secondary += String(czechOrder.indexOf(ch) - czechOrder.indexOf(foldText(ch)));
    } else if (ch === ' ') {
      primary += ' ';
    } else if (/[0-9]/.test(ch)) {
      primary += `0${ch}`;
    } else {
      const folded = foldText(ch);
      primary += folded ? `~${folded}` : '';
    }
  }
  return `${primary}\u0001${secondary}`;
}

// Characters that print as nothing, as empty boxes, or turn the line around:
// control and format characters (zero-width, direction marks), private use,
// unassigned code points, line separators and emoji.
const unprintable = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]/u;

/** Text that prints as it reads: nothing invisible, no emoji, no direction changes. */
export function isPrintableText(value: string): boolean {
  return !unprintable.test(value);
}

// A letter (with its accents) first, then letters, spaces, hyphens, apostrophes and dots.
const personNamePattern = /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u;

/** A person's name as it goes on an agreement: letters of any alphabet, spaces, hyphens, apostrophes, dots. */
export function isPersonName(value: string): boolean {
  return personNamePattern.test(value);
}

/** Without the zero-width and direction characters a person cannot see, for comparing what was typed. */
export function withoutInvisible(value: string): string {
  return value.replace(/\p{Cf}+/gu, '');
}
