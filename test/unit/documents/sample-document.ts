/**
 * A test document that uses every helper once, with the Czech letters that the
 * built-in PDF fonts cannot print. Only for tests and for looking at the layout.
 */
import type { Locale } from '../../../core/contract/i18n.js';
import { dateText, minutesText, moneyText } from '../../../core/contract/present.js';
import { checklist, numberedLines, signatures } from '../../../core/documents/forms.js';
import { renderPdf } from '../../../core/documents/pdf.js';
import { table, type TableCell, type TableColumn } from '../../../core/documents/table.js';
import { heading, keyValues, letterhead, paragraph, type Organisation } from '../../../core/documents/text.js';

export const samplePangram = 'Příliš žluťoučký kůň úpěl ďábelské ódy';
export const sampleClientName = 'Řehoř Šťastný';

export const sampleOrganisation: Organisation = {
  name: 'Kontaktní centrum Přístav, z. s.',
  address: ['Nádražní 1234/56', '702 00 Ostrava'],
  ico: '12345678',
  contact: ['tel. 596 123 456', 'program@pristav.example.cz'],
};

const texts = {
  cs: {
    title: 'Zkušební dokument',
    client: 'Klient',
    date: 'Datum',
    amount: 'Částka',
    worked: 'Odpracováno',
    shifts: 'Směny v listopadu',
    columns: ['#', 'Datum', 'Klient', 'Práce', 'Hodiny', 'Záloha', 'Přišel'],
    fitness: 'Způsobilost k práci',
    checks: ['Není pod vlivem v míře ohrožující bezpečnost', 'Je schopen komunikace', 'Má vhodné oblečení'],
    places: 'Volná místa (středa 25. 11.)',
    employer: 'zaměstnavatel',
    employee: 'zaměstnanec',
    place: 'Ostravě',
    body:
      'Tento odstavec je zarovnaný do bloku, aby bylo vidět, jak vypadá delší text smlouvy ' +
      'nebo informačního listu: mezery mezi slovy se rozšíří tak, aby oba okraje byly rovné, ' +
      'a poslední řádek zůstane zarovnaný vlevo.',
    note: 'Poznámka drobným písmem: údaje o zdraví se na tento dokument nikdy netisknou.',
  },
  en: {
    title: 'Test document',
    client: 'Client',
    date: 'Date',
    amount: 'Amount',
    worked: 'Worked',
    shifts: 'Shifts in November',
    columns: ['#', 'Date', 'Client', 'Work', 'Hours', 'Advance', 'Came'],
    fitness: 'Fitness to work',
    checks: ['Not intoxicated to a degree that makes work unsafe', 'Able to communicate', 'Suitable clothes'],
    places: 'Free places (Wednesday 25 Nov)',
    employer: 'employer',
    employee: 'employee',
    place: 'Ostrava',
    body:
      'This paragraph is justified to show how the longer text of an agreement or an ' +
      'information sheet looks: the spaces between words widen so that both edges are ' +
      'straight, and the last line stays aligned to the left.',
    note: 'Fine print: health details are never printed on this document.',
  },
} as const;

const firstNames = ['Řehoř', 'Žofie', 'Čeněk', 'Anežka', 'Ďobromil', 'Šárka', 'Ludmila', 'Tadeáš'];
const lastNames = ['Šťastný', 'Dvořáková', 'Kůrka', 'Nováková', 'Říha', 'Černá', 'Úlehla', 'Ježek'];
const jobs = [
  'Úklid chodby',
  'Příprava materiálu',
  // Long on purpose: shows that cell text wraps and is cut with "…" at three lines.
  'Skládání balíčků harm reduction materiálu, úklid skladu, třídění oblečení ze sbírky, mytí oken ve společenské místnosti a vynesení odpadu',
];

function sampleRows(lang: Locale): TableCell[][] {
  return Array.from({ length: 40 }, (_, i) => {
    const day = String(2 + (i % 27)).padStart(2, '0');
    const minutes = i % 5 === 0 ? 150 : 180;
    return [
      String(i + 1),
      dateText(lang, `2026-11-${day}`),
      `${firstNames[i % 8] ?? ''} ${lastNames[(i * 3) % 8] ?? ''}`,
      jobs[i % 3] ?? '',
      minutesText(minutes),
      // A 75 % advance at 134.40 Kč an hour, in whole haléře.
      moneyText(lang, (minutes * 13440 * 3) / (60 * 4)),
      { checkbox: true, checked: i % 4 !== 3 },
    ];
  });
}

export interface SampleOptions {
  fontsDir: string;
  lang: Locale;
  createdAt: Date;
}

export function renderSampleDocument(options: SampleOptions): Promise<Buffer> {
  const { lang } = options;
  const t = texts[lang];
  const columnLayout: Omit<TableColumn, 'header'>[] = [
    { width: 26, align: 'right' },
    { width: 74 },
    { flex: 1.2, maxLines: 1 },
    { flex: 2 },
    { width: 62, align: 'right' },
    { width: 70, align: 'right' },
    { width: 42, align: 'center' },
  ];
  const tableColumns: TableColumn[] = t.columns.map((header, i) => ({
    header,
    ...columnLayout[i],
  }));

  return renderPdf(
    {
      fontsDir: options.fontsDir,
      title: `${t.title} – ${sampleClientName}`,
      author: sampleOrganisation.name,
      lang,
      createdAt: options.createdAt,
      footerText: `${t.title} · ${sampleClientName}`,
    },
    (doc) => {
      letterhead(doc, sampleOrganisation);
      heading(doc, t.title, 1);
      keyValues(doc, [
        [t.client, sampleClientName],
        [t.date, dateText(lang, '2026-11-24')],
        [t.amount, moneyText(lang, 171400)],
        [t.worked, minutesText(150)],
      ]);
      paragraph(doc, `${samplePangram}. ${samplePangram.toUpperCase()}. ${t.body}`, {
        align: 'justify',
      });
      paragraph(doc, t.note, { muted: true });
      heading(doc, t.shifts, 2, { keepWithNext: 80 });
      table(doc, tableColumns, sampleRows(lang), { zebra: true });
      heading(doc, t.fitness, 2);
      checklist(
        doc,
        t.checks.map((label, i) => ({ label, checked: i !== 2 })),
      );
      heading(doc, t.places, 2);
      numberedLines(doc, { count: 4, filled: [sampleClientName, 'Žofie Dvořáková'] });
      signatures(doc, [
        {
          role: t.employer,
          name: 'Mgr. Ludmila Nováková',
          place: t.place,
          date: dateText(lang, '2026-11-24'),
        },
        { role: t.employee, name: sampleClientName },
      ]);
    },
  );
}
