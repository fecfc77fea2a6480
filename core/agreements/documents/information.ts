/**
 * The written information on working conditions (§ 77a of the Labour Code),
 * due within 7 days of starting work: what the agreement itself does not say.
 * Two copies; the employer's copy carries the employee's receipt signature.
 */
import { dateText, daysText, durationText, moneyText, percentText } from '../../contract/present.js';
import type { Locale } from '../../contract/i18n.js';
import { heading, paragraph, type PdfDoc } from '../../documents/index.js';
import type { DocumentTemplate } from '../../documents/registry.js';
import { sentence } from './agreement.js';
import { balancingClause, scheduleClause } from './schedule-clause.js';
import { drawLetterhead, parties, renderCopies, signBoth } from './common.js';
import { informationData, type InformationData } from './data.js';

interface Values {
  from: string;
  to: string | null;
  scope: string;
  /** The schedule clause: the law's notice and any shorter one agreed. */
  schedule: string;
  /** The balancing period sentence with its trailing space, or nothing on an older print. */
  balancing: string;
  rate: string;
  share: string;
  payday: number;
  cash: boolean;
  noticeDays: string;
  threshold: string;
}

type Section = readonly [string, (d: InformationData, v: Values) => string];

const texts: Record<
  Locale,
  {
    title: string;
    subtitle: (n: string) => string;
    intro: string;
    sections: readonly Section[];
    more: string;
    receipt: string;
  }
> = {
  cs: {
    title: 'Informace o pracovních podmínkách',
    subtitle: (n) => `k dohodě o pracovní činnosti č. ${n} · podle § 77a zákona č. 262/2006 Sb., zákoník práce`,
    intro:
      'Zaměstnavatel tímto písemně informuje zaměstnance o obsahu pracovněprávního vztahu založeného dohodou o pracovní činnosti, včetně podmínek, které dohoda sama neuvádí.',
    sections: [
      [
        'Druh a místo výkonu práce',
        (d) => `Druh práce: ${sentence(d.terms.workDescription)} Místo výkonu práce: ${sentence(d.terms.workplace)}`,
      ],
      [
        'Trvání',
        (_d, v) =>
          v.to === null
            ? `Práci lze konat od ${v.from}. Dohoda je uzavřena na dobu neurčitou.`
            : `Práci lze konat od ${v.from}. Dohoda je uzavřena na dobu určitou do ${v.to}.`,
      ],
      [
        'Pracovní doba a rozvrh směn',
        (d, v) =>
          `Předpokládaný rozsah práce je v průměru nejvýše ${v.scope} týdně. ${v.balancing}${sentence(d.shiftScheduling)} ${v.schedule}`,
      ],
      [
        'Odměna a její výplata',
        (_d, v) =>
          `Odměna činí ${v.rate} za hodinu. Po každé směně se v hotovosti vyplácí záloha ve výši ${v.share} odměny za směnu; doplatek je splatný ${v.payday}. dne následujícího kalendářního měsíce a vyplácí se ${v.cash ? 'v hotovosti' : 'převodem na bankovní účet zaměstnance'}. S vyúčtováním odměny obdrží zaměstnanec písemný doklad o jejích složkách a o provedených srážkách.`,
      ],
      [
        'Dovolená',
        () =>
          'Zaměstnanec má právo na dovolenou za podmínek, které zákoník práce stanoví pro dohody o pracích konaných mimo pracovní poměr. Délka dovolené se určuje podle odpracované doby; dobu čerpání dovolené určuje zaměstnavatel po projednání se zaměstnancem.',
      ],
      [
        'Skončení dohody',
        (d, v) =>
          `${sentence(d.terms.noticeTerms)} Výpovědní doba činí ${v.noticeDays} a začíná dnem, v němž byla výpověď doručena druhé smluvní straně.${v.to === null ? '' : ' Dohoda skončí též uplynutím doby, na kterou byla uzavřena.'}`,
      ],
      [
        'Pojištění',
        (_d, v) =>
          `Dosáhne-li příjem zaměstnance z této dohody v kalendářním měsíci alespoň ${v.threshold}, je zaměstnanec v tomto měsíci nemocensky a důchodově pojištěn a zaměstnavatel odvádí pojistné na sociální zabezpečení příslušné okresní správě sociálního zabezpečení a pojistné na zdravotní pojištění zdravotní pojišťovně zaměstnance. Při nižším příjmu se pojistné neodvádí.`,
      ],
    ],
    more: 'Další informace',
    receipt: 'Zaměstnanec svým podpisem potvrzuje, že tuto informaci obdržel.',
  },
  en: {
    title: 'Information on working conditions',
    subtitle: (n) =>
      `for work-activity agreement No. ${n} · under section 77a of Act No. 262/2006 Coll., the Labour Code`,
    intro:
      'The employer hereby informs the employee in writing of the content of the employment relationship under the work-activity agreement, including conditions the agreement itself does not state.',
    sections: [
      [
        'Kind and place of work',
        (d) => `Work: ${sentence(d.terms.workDescription)} Place of work: ${sentence(d.terms.workplace)}`,
      ],
      [
        'Period',
        (_d, v) =>
          v.to === null
            ? `Work can be done from ${v.from}. The agreement is made for an indefinite period.`
            : `Work can be done from ${v.from}. The agreement is made for a fixed period until ${v.to}.`,
      ],
      [
        'Working time and shifts',
        (d, v) =>
          `The expected scope of work is at most ${v.scope} a week on average. ${v.balancing}${sentence(d.shiftScheduling)} ${v.schedule}`,
      ],
      [
        'Pay',
        (_d, v) =>
          `Pay is ${v.rate} an hour. After each shift an advance of ${v.share} of the pay for the shift is paid in cash; the rest is due on day ${v.payday} of the following calendar month and is paid ${v.cash ? 'in cash' : 'by transfer to the employee’s bank account'}. With each settlement the employee receives a written statement of the parts of the pay and of the deductions.`,
      ],
      [
        'Leave',
        () =>
          'The employee is entitled to leave on the conditions the Labour Code sets for agreements outside employment. The length of leave depends on the time worked; the employer sets when leave is taken after discussing it with the employee.',
      ],
      [
        'Ending the agreement',
        (d, v) =>
          `${sentence(d.terms.noticeTerms)} The notice period is ${v.noticeDays} and starts on the day the notice is delivered to the other party.${v.to === null ? '' : ' The agreement also ends when the period for which it was made runs out.'}`,
      ],
      [
        'Insurance',
        (_d, v) =>
          `In a calendar month in which the employee earns at least ${v.threshold} under this agreement, the employee is covered by sickness and pension insurance, and the employer pays social security contributions to the district social security administration and health insurance contributions to the employee’s health insurer. Below that amount no contributions are due.`,
      ],
    ],
    more: 'Further information',
    receipt: 'By signing, the employee confirms having received this information.',
  },
};

function values(data: InformationData, lang: Locale): Values {
  const { terms } = data;
  return {
    from: dateText(lang, data.validFrom),
    to: terms.validTo === null ? null : dateText(lang, terms.validTo),
    scope: durationText(lang, terms.weeklyMinutes),
    schedule: scheduleClause(lang, data.scheduleNoticeDays, terms.scheduleNoticeDays),
    balancing: data.balancing ? `${balancingClause(lang, data.balancing.weeks, data.balancing.wholeAgreement)} ` : '',
    rate: moneyText(lang, terms.hourlyRate),
    share: percentText(lang, terms.advanceShareBp),
    payday: terms.payday,
    cash: data.employee.paymentMethod === 'cash',
    noticeDays: daysText(lang, terms.noticeDays),
    threshold: moneyText(lang, data.insuranceThresholdMonthly),
  };
}

function drawInformation(doc: PdfDoc, data: InformationData): void {
  const t = texts[doc.lang];
  const v = values(data, doc.lang);
  drawLetterhead(doc, data.employer);
  heading(doc, t.title, 1, { keepWithNext: 20 });
  paragraph(doc, t.subtitle(data.number), { muted: true, after: 12 });
  parties(doc, data.employer, data.employee);
  paragraph(doc, t.intro, { align: 'justify' });
  for (const [title, body] of t.sections) {
    heading(doc, title, 3);
    paragraph(doc, body(data, v), { align: 'justify' });
  }
  if (data.additionalInformation) {
    heading(doc, t.more, 3);
    paragraph(doc, sentence(data.additionalInformation), { align: 'justify' });
  }
  paragraph(doc, t.receipt, { muted: true });
  signBoth(doc, data.employer, data.employee);
}

export const informationTemplate: DocumentTemplate = (job, env) => {
  const data = informationData.parse(job.data);
  const t = texts[job.lang];
  return renderCopies(
    job,
    env,
    data,
    { title: `${t.title} ${data.number}`, footer: `${t.title} · ${data.number}` },
    (doc) => drawInformation(doc, data),
  );
};
