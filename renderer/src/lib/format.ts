/**
 * What people type, read back: dates and amounts in form fields. How values are
 * shown lives in the contract (@contract/present), shared with the documents.
 */

/** Parses what people type for a date: 15.3.1980, 15. 3. 1980, 15/03/1980 or 1980-03-15. */
export function parseTypedDate(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const local = /^(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{4})$/.exec(value);
  const parts = iso ? [iso[1], iso[2], iso[3]] : local ? [local[3], local[2], local[1]] : null;
  if (!parts) return null;
  const [y, m, d] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "134,40" or "134.40" or "134" (CZK) to haléře; null when it is not an amount. */
export function parseMoney(text: string): number | null {
  const value = text.replace(/\s|Kč|CZK/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(value)) return null;
  const [whole, fraction = ''] = value.split('.') as [string, string?];
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Haléře to the plain number people edit: 13440 → "134,40" (cs) / "134.40" (en). */
export function moneyForInput(haler: number, lang: string): string {
  const text = (haler / 100).toFixed(2);
  return lang === 'en' ? text : text.replace('.', ',');
}
