/** Checks of Czech identifiers; pure, so forms and core/ run the same code. */

const birthNumberPattern = /^(\d{2})(\d{2})(\d{2})\/?(\d{3,4})$/;

/**
 * Birth number (rodné číslo): YYMMDD/XXXX, with the month offsets (+50 for
 * women; +20 and +70 only in numbers issued since 2004, when a day ran out of
 * numbers) and the mod-11 check; 9 digits, without a check, before 1954.
 */
export function parseBirthNumber(value: string): { birthDate: string } | null {
  const m = birthNumberPattern.exec(value.replace(/\s+/g, ''));
  if (!m) return null;
  const [, yy, mm, dd, tail] = m as unknown as [string, string, string, string, string];
  const offset = [70, 50, 20, 0].find((o) => Number(mm) > o) ?? 0;
  const month = Number(mm) - offset;
  let year = Number(yy);
  if (tail.length === 3) {
    if (year >= 54) return null;
    year += 1900;
  } else {
    const digits = yy + mm + dd + tail;
    const head = Number(digits.slice(0, 9));
    const check = Number(digits.slice(9));
    const rest = head % 11;
    if (!(rest === check || (rest === 10 && check === 0))) return null;
    year += year < 54 ? 2000 : 1900;
  }
  if ((offset === 20 || offset === 70) && year < 2004) return null;
  const birthDate = `${year}-${String(month).padStart(2, '0')}-${dd}`;
  const probe = new Date(Date.UTC(year, month - 1, Number(dd)));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== Number(dd)) return null;
  return { birthDate };
}

/** Normalised form YYMMDD/XXXX for storage and print. */
export function formatBirthNumber(value: string): string {
  const digits = value.replace(/\D/g, '');
  return `${digits.slice(0, 6)}/${digits.slice(6)}`;
}

const accountWeights = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1];

function accountPartValid(part: string): boolean {
  const padded = part.padStart(10, '0');
  let sum = 0;
  for (let i = 0; i < 10; i += 1) sum += Number(padded[i]) * (accountWeights[i] ?? 0);
  return sum % 11 === 0;
}

/** Czech domestic account number: [prefix-]number/bank code, both parts mod-11. */
export function isValidCzechAccount(value: string): boolean {
  const m = /^(?:(\d{1,6})-)?(\d{2,10})\/(\d{4})$/.exec(value.replace(/\s+/g, ''));
  if (!m) return false;
  const [, prefix, number] = m;
  if (prefix !== undefined && !accountPartValid(prefix)) return false;
  return number !== undefined && Number(number) > 0 && accountPartValid(number);
}

/** Company identification number (IČO): 8 digits with a weighted mod-11 check digit. */
export function isValidIco(value: string): boolean {
  if (!/^\d{8}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 7; i += 1) sum += Number(value[i]) * (8 - i);
  const check = (11 - (sum % 11)) % 10;
  return check === Number(value[7]);
}
