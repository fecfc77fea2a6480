/** Numbers in words as the documents print them, with Czech plural forms. */
import type { Locale } from '../../contract/i18n.js';
import { foldText } from '../../contract/text.js';
import { NBSP } from '../../documents/format.js';

/** Czech: 1 den, 2–4 dny, 5 a více dnů (and likewise for hodina, minuta). */
function czechForm(n: number, forms: readonly [string, string, string]): string {
  if (n === 1) return forms[0];
  if (n >= 2 && n <= 4) return forms[1];
  return forms[2];
}

export function daysText(n: number, lang: Locale): string {
  return lang === 'cs' ? `${n}${NBSP}${czechForm(n, ['den', 'dny', 'dnů'])}` : `${n}${NBSP}${n === 1 ? 'day' : 'days'}`;
}

/** 180 → "3 hodiny", 150 → "2 hodiny 30 minut"; "3 hours", "2 hours 30 minutes". */
export function durationText(minutes: number, lang: Locale): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts: string[] = [];
  if (lang === 'cs') {
    if (h > 0) parts.push(`${h}${NBSP}${czechForm(h, ['hodina', 'hodiny', 'hodin'])}`);
    if (m > 0 || h === 0) parts.push(`${m}${NBSP}${czechForm(m, ['minuta', 'minuty', 'minut'])}`);
  } else {
    if (h > 0) parts.push(`${h}${NBSP}${h === 1 ? 'hour' : 'hours'}`);
    if (m > 0 || h === 0) parts.push(`${m}${NBSP}${m === 1 ? 'minute' : 'minutes'}`);
  }
  return parts.join(' ');
}

/** Basis points as "75 %" (cs, with a no-break space and a decimal comma) or "75%" (en). */
export function percentText(basisPoints: number, lang: Locale): string {
  const whole = Math.floor(basisPoints / 100);
  const rest = basisPoints % 100;
  const fraction = rest === 0 ? '' : rest % 10 === 0 ? String(rest / 10) : String(rest).padStart(2, '0');
  if (lang === 'cs') return `${whole}${fraction ? `,${fraction}` : ''}${NBSP}%`;
  return `${whole}${fraction ? `.${fraction}` : ''}%`;
}

/** A plain file name: "dohoda-2026-014-stastny-rehor.pdf". */
export function fileNameOf(prefix: string, number: string, person: { firstName: string; lastName: string }): string {
  const slug = foldText(`${prefix} ${number} ${person.lastName} ${person.firstName}`)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}.pdf`;
}
