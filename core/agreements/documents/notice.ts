/**
 * Notice ending an agreement (výpověď), from the employer or written for the
 * employee to sign. Two copies: the receiving party confirms receipt on both.
 */
import { dateText, daysText, moneyText } from '../../contract/present.js';
import type { Locale } from '../../contract/i18n.js';
import { heading, paragraph, signatures, type PdfDoc } from '../../documents/index.js';
import type { DocumentTemplate } from '../../documents/registry.js';
import { commonWords, drawLetterhead, employeeSignature, employerSignature, parties, renderCopies } from './common.js';
import { noticeData, type NoticeData } from './data.js';

/** Room to write a date by hand. */
const dateBlank = '.'.repeat(20);

interface Values {
  number: string;
  signedOn: string;
  days: string;
  deliveredOn: string;
  endedOn: string;
  rate: string;
  payday: number;
}

const texts = {
  cs: {
    title: 'Výpověď dohody o pracovní činnosti',
    subtitle: (v: Values) => `č. ${v.number} ze dne ${v.signedOn}`,
    employer: (v: Values) =>
      `Zaměstnavatel dává zaměstnanci výpověď z dohody o pracovní činnosti č. ${v.number} uzavřené dne ${v.signedOn}, a to bez uvedení důvodu.`,
    employee: (v: Values) =>
      `Zaměstnanec dává zaměstnavateli výpověď z dohody o pracovní činnosti č. ${v.number} uzavřené dne ${v.signedOn}, a to bez uvedení důvodu.`,
    period: (v: Values, to: string) =>
      `Výpovědní doba činí ${v.days} a začíná dnem, v němž byla výpověď doručena ${to}. Při doručení dne ${v.deliveredOn} skončí dohoda dnem ${v.endedOn}.`,
    pay: (v: Values) =>
      `Odměnu za práci vykonanou do skončení dohody (${v.rate} za hodinu) vyplatí zaměstnavatel ve výplatním termínu, tj. ${v.payday}. dne měsíce následujícího po měsíci, v němž byla práce vykonána.`,
    toEmployee: 'zaměstnanci',
    toEmployer: 'zaměstnavateli',
    gives: 'dává výpověď',
    received: 'výpověď převzal(a)',
    footer: (n: string) => `Výpověď dohody ${n}`,
  },
  en: {
    title: 'Notice ending the work-activity agreement',
    subtitle: (v: Values) => `No. ${v.number} of ${v.signedOn}`,
    employer: (v: Values) =>
      `The employer gives the employee notice ending work-activity agreement No. ${v.number} made on ${v.signedOn}, without stating a reason.`,
    employee: (v: Values) =>
      `The employee gives the employer notice ending work-activity agreement No. ${v.number} made on ${v.signedOn}, without stating a reason.`,
    period: (v: Values, to: string) =>
      `The notice period is ${v.days} and starts on the day the notice is delivered to the ${to}. Delivered on ${v.deliveredOn}, the agreement ends on ${v.endedOn}.`,
    pay: (v: Values) =>
      `Pay for the work done until the agreement ends (${v.rate} an hour) is paid on the regular payday, day ${v.payday} of the month after the month in which the work was done.`,
    toEmployee: 'employee',
    toEmployer: 'employer',
    gives: 'gives notice',
    received: 'notice received',
    footer: (n: string) => `Notice, agreement ${n}`,
  },
} as const;

function values(data: NoticeData, lang: Locale): Values {
  return {
    number: data.number,
    signedOn: dateText(lang, data.signedOn),
    days: daysText(lang, data.noticeDays),
    deliveredOn: data.deliveredOn === null ? dateBlank : dateText(lang, data.deliveredOn),
    endedOn: data.endedOn === null ? dateBlank : dateText(lang, data.endedOn),
    rate: moneyText(lang, data.hourlyRate),
    payday: data.payday,
  };
}

function drawNotice(doc: PdfDoc, data: NoticeData): void {
  const t = texts[doc.lang];
  const v = values(data, doc.lang);
  const byEmployer = data.noticeBy === 'employer';
  drawLetterhead(doc, data.employer);
  heading(doc, t.title, 1, { keepWithNext: 20 });
  paragraph(doc, t.subtitle(v), { muted: true, after: 12 });
  parties(doc, data.employer, data.employee);
  paragraph(doc, byEmployer ? t.employer(v) : t.employee(v), { align: 'justify' });
  paragraph(doc, t.period(v, byEmployer ? t.toEmployee : t.toEmployer), { align: 'justify' });
  paragraph(doc, t.pay(v), { align: 'justify' });
  const employer = employerSignature(doc, data.employer);
  const employee = employeeSignature(doc, data.employer, data.employee);
  const role = (who: string, what: string) => `${who} – ${what}`;
  const words = commonWords(doc.lang);
  const giver = byEmployer
    ? { ...employer, role: role(words.forEmployer, t.gives) }
    : { ...employee, role: role(words.employeeRole, t.gives) };
  const receiver = byEmployer
    ? { ...employee, role: role(words.employeeRole, t.received) }
    : { ...employer, role: role(words.forEmployer, t.received) };
  signatures(doc, [giver, receiver]);
}

export const noticeTemplate: DocumentTemplate = (job, env) => {
  const data = noticeData.parse(job.data);
  const t = texts[job.lang];
  return renderCopies(job, env, data, { title: `${t.title} ${data.number}`, footer: t.footer(data.number) }, (doc) =>
    drawNotice(doc, data),
  );
};
