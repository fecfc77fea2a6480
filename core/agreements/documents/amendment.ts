/** An amendment (dodatek) to an agreement, in two copies; several may print in one file. */
import { dateText, daysText, durationText, fullName, moneyText, percentText } from '../../contract/present.js';
import type { AgreementTerms, TermName } from '../../contract/agreements/schemas.js';
import type { Locale } from '../../contract/i18n.js';
import { heading, paragraph, renderPdf, table, type PdfDoc } from '../../documents/index.js';
import { jobDate, type DocumentTemplate } from '../../documents/registry.js';
import { sentence } from './agreement.js';
import { drawLetterhead, inCopies, parties, signBoth } from './common.js';
import { amendmentsData, type AmendmentData } from './data.js';

const texts = {
  cs: {
    title: (seq: number) => `Dodatek č. ${seq}`,
    subtitle: (n: string, signedOn: string) => `k dohodě o pracovní činnosti č. ${n} ze dne ${signedOn}`,
    intro: (from: string) => `Smluvní strany se dohodly, že s účinností od ${from} se dohoda mění takto:`,
    columns: ['Ujednání', 'Dosavadní znění', 'Nové znění'],
    closing:
      'Ostatní ujednání dohody zůstávají beze změny. Dodatek nabývá platnosti dnem podpisu oběma smluvními stranami. Je vyhotoven ve dvou stejnopisech, z nichž po jednom obdrží každá smluvní strana.',
    footer: (seq: number, n: string) => `Dodatek č. ${seq} k dohodě ${n}`,
    batch: (count: number) => `Dodatky k dohodám o pracovní činnosti (${count})`,
    terms: {
      validTo: 'Doba trvání',
      workDescription: 'Sjednaná práce',
      workplace: 'Místo výkonu práce',
      weeklyMinutes: 'Rozsah pracovní doby',
      hourlyRate: 'Odměna',
      advanceShareBp: 'Záloha po směně',
      payday: 'Výplata doplatku',
      noticeDays: 'Výpovědní doba',
      scheduleNoticeDays: 'Oznámení rozvrhu směn předem',
      noticeTerms: 'Skončení dohody',
    },
    indefinite: 'na dobu neurčitou',
    until: (d: string) => `do ${d}`,
    scope: (s: string) => `v průměru nejvýše ${s} týdně`,
    perHour: (r: string) => `${r} za hodinu`,
    share: (p: string) => `${p} odměny za směnu`,
    payday: (d: number) => `${d}. den následujícího měsíce`,
  },
  en: {
    title: (seq: number) => `Amendment No. ${seq}`,
    subtitle: (n: string, signedOn: string) => `to work-activity agreement No. ${n} of ${signedOn}`,
    intro: (from: string) => `The parties agree that from ${from} the agreement changes as follows:`,
    columns: ['Term', 'Until now', 'New'],
    closing:
      'All other terms of the agreement stay unchanged. The amendment is valid once signed by both parties. It is made in two copies, one for each party.',
    footer: (seq: number, n: string) => `Amendment No. ${seq} to agreement ${n}`,
    batch: (count: number) => `Amendments to work-activity agreements (${count})`,
    terms: {
      validTo: 'Period',
      workDescription: 'Agreed work',
      workplace: 'Place of work',
      weeklyMinutes: 'Scope of working time',
      hourlyRate: 'Pay',
      advanceShareBp: 'Advance after a shift',
      payday: 'Payment of the rest',
      noticeDays: 'Notice period',
      scheduleNoticeDays: 'Schedule given in advance',
      noticeTerms: 'Ending the agreement',
    },
    indefinite: 'indefinite',
    until: (d: string) => `until ${d}`,
    scope: (s: string) => `at most ${s} a week on average`,
    perHour: (r: string) => `${r} an hour`,
    share: (p: string) => `${p} of the pay for a shift`,
    payday: (d: number) => `day ${d} of the following month`,
  },
} as const;

/** One term as the amendment's table prints it. */
export function termText(name: TermName, terms: AgreementTerms, lang: Locale): string {
  const t = texts[lang];
  switch (name) {
    case 'validTo':
      return terms.validTo === null ? t.indefinite : t.until(dateText(lang, terms.validTo));
    case 'weeklyMinutes':
      return t.scope(durationText(lang, terms.weeklyMinutes));
    case 'hourlyRate':
      return t.perHour(moneyText(lang, terms.hourlyRate));
    case 'advanceShareBp':
      return t.share(percentText(lang, terms.advanceShareBp));
    case 'payday':
      return t.payday(terms.payday);
    case 'noticeDays':
      return daysText(lang, terms.noticeDays);
    case 'scheduleNoticeDays':
      return daysText(lang, terms.scheduleNoticeDays);
    case 'workDescription':
    case 'workplace':
    case 'noticeTerms':
      return sentence(terms[name]);
  }
}

function drawAmendment(doc: PdfDoc, data: AmendmentData): void {
  const t = texts[doc.lang];
  drawLetterhead(doc, data.employer);
  heading(doc, t.title(data.seq), 1, { keepWithNext: 20 });
  paragraph(doc, t.subtitle(data.number, dateText(doc.lang, data.agreementSignedOn)), { muted: true, after: 12 });
  parties(doc, data.employer, data.employee);
  paragraph(doc, t.intro(dateText(doc.lang, data.effectiveFrom)));
  table(
    doc,
    [
      { header: t.columns[0], width: 120, maxLines: 2 },
      { header: t.columns[1], maxLines: 8 },
      { header: t.columns[2], maxLines: 8 },
    ],
    data.changes.map((name) => [
      t.terms[name],
      termText(name, data.before, doc.lang),
      { text: termText(name, data.after, doc.lang), bold: true },
    ]),
  );
  paragraph(doc, t.closing, { align: 'justify' });
  signBoth(doc, data.employer, data.employee);
}

export const amendmentTemplate: DocumentTemplate = (job, env) => {
  const { amendments } = amendmentsData.parse(job.data);
  const t = texts[job.lang];
  const first = amendments[0];
  const title =
    amendments.length === 1 && first
      ? `${t.footer(first.seq, first.number)} – ${fullName(first.employee)}`
      : t.batch(amendments.length);
  return renderPdf(
    { fontsDir: env.fontsDir, title, author: first?.employer.name ?? '', lang: job.lang, createdAt: jobDate(job) },
    (doc) => {
      for (const data of amendments) {
        inCopies(doc, `${t.footer(data.seq, data.number)} · ${fullName(data.employee)}`, () =>
          drawAmendment(doc, data),
        );
      }
    },
  );
};
