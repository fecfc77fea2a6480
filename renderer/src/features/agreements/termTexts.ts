import type { AgreementTerms } from '@contract/agreements/schemas.js';
import { moneyForInput, parseMoney } from '../../lib/format.js';

/** The terms as people type them: amounts in CZK, the scope in hours, the advance in per cent. */
export interface TermTexts {
  validTo: string | null;
  workDescription: string;
  workplace: string;
  weeklyMinutes: string;
  hourlyRate: string;
  advanceShareBp: string;
  payday: string;
  noticeDays: string;
  scheduleNoticeDays: string;
  noticeTerms: string;
}

const trimZeros = (text: string) => text.replace(/[.,]00$/, '').replace(/([.,]\d)0$/, '$1');

export function toTexts(terms: AgreementTerms, lang: string): TermTexts {
  return {
    validTo: terms.validTo,
    workDescription: terms.workDescription,
    workplace: terms.workplace,
    weeklyMinutes: trimZeros(moneyForInput(Math.round((terms.weeklyMinutes * 100) / 60), lang)),
    hourlyRate: moneyForInput(terms.hourlyRate, lang),
    advanceShareBp: trimZeros(moneyForInput(terms.advanceShareBp, lang)),
    payday: String(terms.payday),
    noticeDays: String(terms.noticeDays),
    scheduleNoticeDays: String(terms.scheduleNoticeDays),
    noticeTerms: terms.noticeTerms,
  };
}

/** Hundredths from "3", "2,5" or "134.40"; NaN when it is not a number, so the schema names the field. */
function hundredths(text: string): number {
  if (text.trim() === '') return Number.NaN;
  return parseMoney(text) ?? Number.NaN;
}

function whole(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

export function fromTexts(texts: TermTexts): AgreementTerms {
  const hours = hundredths(texts.weeklyMinutes);
  return {
    validTo: texts.validTo,
    workDescription: texts.workDescription,
    workplace: texts.workplace,
    weeklyMinutes: Number.isNaN(hours) ? hours : Math.round((hours * 60) / 100),
    hourlyRate: hundredths(texts.hourlyRate),
    advanceShareBp: hundredths(texts.advanceShareBp),
    payday: whole(texts.payday),
    noticeDays: whole(texts.noticeDays),
    scheduleNoticeDays: whole(texts.scheduleNoticeDays),
    noticeTerms: texts.noticeTerms,
  };
}

/**
 * A cleared end date is "" (open-ended is null, from its own checkbox). The
 * contract reads "" as no end, so the form asks for the date instead.
 */
export function termChecks(texts: Pick<TermTexts, 'validTo'>): Record<string, string> {
  return texts.validTo === '' ? { validTo: 'validation.required' } : {};
}
