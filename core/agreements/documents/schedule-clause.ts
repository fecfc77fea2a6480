import type { Locale } from '../../contract/i18n.js';
import { daysText, weeksText } from '../../contract/present.js';

/**
 * The schedule clause of the agreement and the § 77a information: the law's
 * notice (Labour Code § 74(2), "unless agreed otherwise") and, when the agreed
 * notice is shorter, the employee's consent to it — the programme books at
 * short notice. Agreements printed before the term existed carry no agreed
 * figure and print the law's notice alone.
 */
export function scheduleClause(lang: Locale, legalDays: number, agreedDays: number | undefined): string {
  const legal = daysText(lang, legalDays);
  if (agreedDays === undefined || agreedDays >= legalDays) {
    const days = daysText(lang, agreedDays ?? legalDays);
    return lang === 'cs'
      ? `S rozvrhem pracovní doby nebo s jeho změnou seznámí zaměstnavatel zaměstnance písemně nejpozději ${days} před začátkem směny.`
      : `The employer gives the employee the schedule, or a change to it, in writing at least ${days} before a shift starts.`;
  }
  const agreed =
    agreedDays === 0
      ? lang === 'cs'
        ? 'i v den směny, nejpozději před jejím začátkem'
        : 'on the day of the shift too, before it starts'
      : lang === 'cs'
        ? `i později, nejpozději ${daysText(lang, agreedDays)} před začátkem směny`
        : `later too, at least ${daysText(lang, agreedDays)} before the shift starts`;
  return lang === 'cs'
    ? `S rozvrhem pracovní doby nebo s jeho změnou seznámí zaměstnavatel zaměstnance písemně nejpozději ${legal} před začátkem směny, nedohodnou-li se jinak. Strany se dohodly, že zaměstnanec může být s rozvrhem nebo jeho změnou seznámen ${agreed}.`
    : `The employer gives the employee the schedule, or a change to it, in writing at least ${legal} before a shift starts, unless agreed otherwise. The parties agree that the employee may be given the schedule or a change to it ${agreed}.`;
}

/**
 * The balancing period over which the weekly average is reckoned (Labour Code
 * § 76): the agreement's length, at most the legal figure; an open-ended or
 * longer agreement is reckoned in successive periods of that length.
 */
export function balancingClause(lang: Locale, weeks: number, wholeAgreement: boolean): string {
  const span = weeksText(lang, weeks);
  if (lang === 'cs') {
    return wholeAgreement
      ? `Průměrná týdenní pracovní doba se posuzuje za vyrovnávací období, kterým je celá doba trvání dohody (${span}).`
      : `Průměrná týdenní pracovní doba se posuzuje za vyrovnávací období ${span} (nejdelší, které zákon připouští), počítané od prvního dne, kdy lze práci konat, a dále vždy za další období téže délky.`;
  }
  return wholeAgreement
    ? `The weekly average is reckoned over a balancing period that is the whole length of the agreement (${span}).`
    : `The weekly average is reckoned over balancing periods of ${span} (the longest the law allows), counted from the first day work can be done.`;
}
