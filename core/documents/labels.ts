import type { Locale } from '../contract/i18n.js';
import { czechFrom } from '../contract/plural.js';

/**
 * The few fixed words the layout itself prints. Document texts proper (clauses of an
 * agreement, payslip lines) belong to the feature that builds the document.
 */
const labels = {
  cs: {
    page: (n: number, total: number) => `Strana ${n} ${czechFrom(total)} ${total}`,
    companyId: 'IČO',
    signaturePlace: 'V',
    signatureDate: 'dne',
  },
  en: {
    page: (n: number, total: number) => `Page ${n} of ${total}`,
    companyId: 'Company ID (IČO)',
    signaturePlace: 'Place',
    signatureDate: 'Date',
  },
} as const;

export function layoutLabels(lang: Locale): (typeof labels)[Locale] {
  return labels[lang];
}

/** BCP 47 tag written into the PDF, so screen readers and hyphenation pick the language. */
export function pdfLanguageTag(lang: Locale): string {
  return lang === 'cs' ? 'cs-CZ' : 'en-GB';
}
