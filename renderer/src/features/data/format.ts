/** A backup's moment as the coordinator reads it: day and wall-clock time in the app's language. */
export function formatMoment(timestamp: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'cs' ? 'cs-CZ' : 'en-GB', {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(timestamp));
}

/** A file size in kB or MB, rounded to what a person compares. */
export function formatSize(bytes: number, lang: string): string {
  const locale = lang === 'cs' ? 'cs-CZ' : 'en-GB';
  if (bytes < 1024 * 1024) return `${new Intl.NumberFormat(locale).format(Math.ceil(bytes / 1024))}\u00a0kB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)}\u00a0MB`;
}
