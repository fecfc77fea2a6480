/** The work-activity agreement (dohoda o pracovní činnosti), in two copies. */
import { dateText, daysText, durationText, moneyText, percentText } from '../../contract/present.js';
import type { Locale } from '../../contract/i18n.js';
import { heading, paragraph, type PdfDoc } from '../../documents/index.js';
import type { DocumentTemplate } from '../../documents/registry.js';
import { scheduleClause } from './schedule-clause.js';
import { drawLetterhead, parties, renderCopies, signBoth } from './common.js';
import { agreementData, type AgreementData } from './data.js';

/** Ends a sentence taken from user text with one full stop. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

interface Values {
  from: string;
  to: string | null;
  scope: string;
  /** The schedule clause: the law's notice and any shorter one agreed. */
  schedule: string;
  rate: string;
  payday: number;
  share: string;
  noticeDays: string;
  cash: boolean;
}

const texts = {
  cs: {
    title: 'Dohoda o pracovní činnosti',
    subtitle: (n: string) => `č. ${n} · uzavřená podle § 76 zákona č. 262/2006 Sb., zákoník práce`,
    intro: 'Smluvní strany uzavírají tuto dohodu o pracovní činnosti:',
    sections: [
      [
        '1. Sjednaná práce',
        (d: AgreementData) =>
          `Zaměstnanec bude pro zaměstnavatele konat tyto práce: ${sentence(d.terms.workDescription)}`,
      ],
      ['2. Místo výkonu práce', (d: AgreementData) => sentence(d.terms.workplace)],
      [
        '3. Doba trvání',
        (_d: AgreementData, v: Values) =>
          v.to === null
            ? `Dohoda se uzavírá na dobu neurčitou s účinností od ${v.from}.`
            : `Dohoda se uzavírá na dobu určitou od ${v.from} do ${v.to}.`,
      ],
      [
        '4. Rozsah pracovní doby',
        (_d: AgreementData, v: Values) =>
          `Sjednaný rozsah pracovní doby činí v průměru nejvýše ${v.scope} týdně. Pracovní dobu rozvrhuje zaměstnavatel v písemném rozvrhu pracovní doby. ${v.schedule}`,
      ],
      [
        '5. Odměna',
        (_d: AgreementData, v: Values) =>
          `Za vykonanou práci náleží zaměstnanci odměna ve výši ${v.rate} za každou odpracovanou hodinu. Z odměny se provádějí srážky daně a pojistného podle právních předpisů.`,
      ],
      [
        '6. Splatnost a výplata odměny',
        (_d: AgreementData, v: Values) =>
          `Po skončení každé směny vyplatí zaměstnavatel zaměstnanci v hotovosti zálohu na odměnu ve výši ${v.share} odměny za odpracovanou směnu. Zbývající část odměny (doplatek) je splatná v kalendářním měsíci následujícím po měsíci, ve kterém zaměstnanci vzniklo právo na odměnu, a to ${v.payday}. dne tohoto měsíce${v.payday > 28 ? ' (nemá-li měsíc tolik dní, pak jeho posledního dne)' : ''}. Doplatek se vyplácí ${v.cash ? 'v hotovosti' : 'převodem na bankovní účet zaměstnance'}.`,
      ],
      [
        '7. Skončení dohody',
        (d: AgreementData, v: Values) =>
          `${sentence(d.terms.noticeTerms)} Výpovědní doba činí ${v.noticeDays} a začíná dnem, v němž byla výpověď doručena druhé smluvní straně.${v.to === null ? '' : ' Dohoda skončí též uplynutím doby, na kterou byla uzavřena.'}`,
      ],
      [
        '8. Závěrečná ustanovení',
        () =>
          'Práva a povinnosti touto dohodou neupravené se řídí zákoníkem práce. Písemnou informaci o dalších pracovních podmínkách podle § 77a zákoníku práce obdrží zaměstnanec zvlášť. Zaměstnanec prohlašuje, že byl seznámen s předpisy k zajištění bezpečnosti a ochrany zdraví při práci, které se vztahují ke sjednané práci. Dohoda nabývá platnosti dnem podpisu oběma smluvními stranami. Je vyhotovena ve dvou stejnopisech, z nichž po jednom obdrží každá smluvní strana.',
      ],
    ] as const,
  },
  en: {
    title: 'Work-activity agreement',
    subtitle: (n: string) =>
      `No. ${n} · dohoda o pracovní činnosti under section 76 of Act No. 262/2006 Coll., the Labour Code`,
    intro: 'The parties make this work-activity agreement:',
    sections: [
      [
        '1. Agreed work',
        (d: AgreementData) =>
          `The employee will do the following work for the employer: ${sentence(d.terms.workDescription)}`,
      ],
      ['2. Place of work', (d: AgreementData) => sentence(d.terms.workplace)],
      [
        '3. Period',
        (_d: AgreementData, v: Values) =>
          v.to === null
            ? `The agreement is made for an indefinite period, effective from ${v.from}.`
            : `The agreement is made for a fixed period from ${v.from} to ${v.to}.`,
      ],
      [
        '4. Scope of working time',
        (_d: AgreementData, v: Values) =>
          `The agreed scope of working time is at most ${v.scope} a week on average. The employer schedules working time in a written schedule. ${v.schedule}`,
      ],
      [
        '5. Pay',
        (_d: AgreementData, v: Values) =>
          `For the work done the employee is paid ${v.rate} for each hour worked. Tax and insurance are deducted from the pay as the law requires.`,
      ],
      [
        '6. When and how pay is paid',
        (_d: AgreementData, v: Values) =>
          `After each shift the employer pays the employee an advance in cash of ${v.share} of the pay for that shift. The rest of the pay is due in the calendar month after the month in which it was earned, on day ${v.payday} of that month${v.payday > 28 ? ' (or its last day, if the month is shorter)' : ''}. The rest is paid ${v.cash ? 'in cash' : 'by transfer to the employee’s bank account'}.`,
      ],
      [
        '7. Ending the agreement',
        (d: AgreementData, v: Values) =>
          `${sentence(d.terms.noticeTerms)} The notice period is ${v.noticeDays} and starts on the day the notice is delivered to the other party.${v.to === null ? '' : ' The agreement also ends when the period for which it was made runs out.'}`,
      ],
      [
        '8. Final provisions',
        () =>
          'Rights and duties not covered by this agreement are governed by the Labour Code. The employee will receive written information on further working conditions under section 77a of the Labour Code separately. The employee confirms having been instructed in the health and safety rules that apply to the agreed work. The agreement is valid once signed by both parties. It is made in two copies, one for each party.',
      ],
    ] as const,
  },
} as const;

function values(data: AgreementData, lang: Locale): Values {
  const { terms } = data;
  return {
    from: dateText(lang, data.validFrom),
    to: terms.validTo === null ? null : dateText(lang, terms.validTo),
    scope: durationText(lang, terms.weeklyMinutes),
    schedule: scheduleClause(lang, data.scheduleNoticeDays, terms.scheduleNoticeDays),
    rate: moneyText(lang, terms.hourlyRate),
    payday: terms.payday,
    share: percentText(lang, terms.advanceShareBp),
    noticeDays: daysText(lang, terms.noticeDays),
    cash: data.employee.paymentMethod === 'cash',
  };
}

function drawAgreement(doc: PdfDoc, data: AgreementData): void {
  const t = texts[doc.lang];
  const v = values(data, doc.lang);
  drawLetterhead(doc, data.employer);
  heading(doc, t.title, 1, { keepWithNext: 20 });
  paragraph(doc, t.subtitle(data.number), { muted: true, after: 12 });
  parties(doc, data.employer, data.employee);
  paragraph(doc, t.intro);
  for (const [title, body] of t.sections) {
    heading(doc, title, 3);
    paragraph(doc, body(data, v), { align: 'justify' });
  }
  signBoth(doc, data.employer, data.employee);
}

export const agreementTemplate: DocumentTemplate = (job, env) => {
  const data = agreementData.parse(job.data);
  const t = texts[job.lang];
  return renderCopies(
    job,
    env,
    data,
    { title: `${t.title} ${data.number}`, footer: `${t.title} ${data.number}` },
    (doc) => drawAgreement(doc, data),
  );
};
