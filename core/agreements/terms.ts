/** Pure rules about terms over time: which terms apply when, and what an amendment changes. */
import { addDays } from '../contract/dates.js';
import { termNames, type AgreementTerms, type TermName } from '../contract/agreements/schemas.js';

/** A stretch of days with one set of terms; `to` null runs on indefinitely. */
export interface Segment {
  from: string;
  to: string | null;
  terms: AgreementTerms;
}

export interface SignedChange {
  effectiveFrom: string;
  terms: AgreementTerms;
}

/**
 * The agreement's days split by the terms in force: the original terms from
 * the first day, then each signed amendment from its effective date, up to the
 * last day (null: open-ended).
 */
export function segmentsOf(
  validFrom: string,
  lastDay: string | null,
  original: AgreementTerms,
  signed: readonly SignedChange[],
): Segment[] {
  const changes = [...signed].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const result: Segment[] = [];
  let from = validFrom;
  let terms = original;
  for (const change of changes) {
    if (change.effectiveFrom <= from) {
      terms = change.terms;
      continue;
    }
    if (lastDay !== null && change.effectiveFrom > lastDay) break;
    result.push({ from, to: addDays(change.effectiveFrom, -1), terms });
    from = change.effectiveFrom;
    terms = change.terms;
  }
  result.push({ from, to: lastDay, terms });
  return result;
}

/** The terms in force on a day (the first segment's before the start, the last one's after the end). */
export function termsOn(segments: readonly Segment[], day: string): AgreementTerms {
  const found = segments.find((s) => s.from <= day && (s.to === null || s.to >= day));
  if (found) return found.terms;
  const first = segments[0];
  if (!first) throw new Error('An agreement has at least one segment');
  return day < first.from ? first.terms : (segments.at(-1) ?? first).terms;
}

/** Names of the terms that differ. */
export function changedTerms(before: AgreementTerms, after: AgreementTerms): TermName[] {
  return termNames.filter((name) => before[name] !== after[name]);
}

export function pickTerms(source: AgreementTerms): AgreementTerms {
  return {
    validTo: source.validTo,
    workDescription: source.workDescription,
    workplace: source.workplace,
    weeklyMinutes: source.weeklyMinutes,
    hourlyRate: source.hourlyRate,
    advanceShareBp: source.advanceShareBp,
    payday: source.payday,
    noticeDays: source.noticeDays,
    scheduleNoticeDays: source.scheduleNoticeDays,
    noticeTerms: source.noticeTerms,
  };
}

/**
 * Notice runs for `days` days starting on the day it is delivered (Labour Code
 * § 77(5)), so 15 days from 1 December end on 15 December.
 */
export function noticeEnd(deliveredOn: string, days: number): string {
  return addDays(deliveredOn, days - 1);
}

/** Terms where more is better for the employee (a longer schedule notice too); payday is better earlier. */
const higherIsBetter = ['weeklyMinutes', 'hourlyRate', 'advanceShareBp', 'noticeDays', 'scheduleNoticeDays'] as const;

/**
 * The terms an amendment changes to the employee's disadvantage, which may not
 * take effect before it is signed (pay already earned cannot be lowered). Less
 * of a figure, a later payday and an earlier end are worse; a changed text (the
 * work, the place, the ending terms) cannot be judged, so it counts as worse too:
 * new work cannot apply to days already worked.
 */
export function worseTerms(before: AgreementTerms, after: AgreementTerms): TermName[] {
  return changedTerms(before, after).filter((name) => {
    if ((higherIsBetter as readonly string[]).includes(name)) return Number(after[name]) < Number(before[name]);
    if (name === 'payday') return after.payday > before.payday;
    if (name === 'validTo')
      return after.validTo !== null && (before.validTo === null || after.validTo < before.validTo);
    return true;
  });
}
