/**
 * The day list for the arrival desk: for each shift of the day, who is
 * expected, with boxes to tick for arrival and the fitness-to-work check, and
 * the waiting list as stand-ins. Health details are never printed here.
 */
import { dateText, timeRange, weekdayText } from '../../contract/present.js';
import type { DocumentEnv, DocumentJob } from '../../documents/registry.js';
import { jobDate } from '../../documents/registry.js';
import {
  heading,
  paragraph,
  renderPdf,
  table,
  type PdfDoc,
  type TableCell,
  type TableColumn,
} from '../../documents/index.js';
import { sizes } from '../../documents/theme.js';
import type { DayListData, SheetPerson, SheetShift } from './data.js';
import { sheetTexts, type SheetTexts } from './texts.js';

function expectedColumns(t: SheetTexts): TableColumn[] {
  return [
    { header: t.columns.number, width: 22, align: 'right' },
    { header: t.columns.client, flex: 2, maxLines: 2 },
    { header: t.columns.code, width: 50, maxLines: 1 },
    { header: t.columns.came, width: 48, align: 'center' },
    { header: t.columns.time, width: 52 },
    { header: t.columns.fit, width: 64, align: 'center' },
    { header: t.columns.note, flex: 1.6, maxLines: 2 },
  ];
}

function personName(p: SheetPerson, t: SheetTexts): string {
  return p.nickname ? `${p.name} (${t.quote(p.nickname)})` : p.name;
}

function expectedRows(people: SheetPerson[], t: SheetTexts, start = 1): TableCell[][] {
  return people.map((p, i) => [
    String(start + i),
    { text: personName(p, t), bold: true },
    p.code,
    { checkbox: true },
    null,
    { checkbox: true },
    p.noAgreement ? { text: t.noAgreement, muted: true } : null,
  ]);
}

function shiftSection(doc: PdfDoc, shift: SheetShift, t: SheetTexts): void {
  const title = `${timeRange(shift.start, shift.end)} · ${shift.place}`;
  heading(doc, title, 2, { keepWithNext: 90 });
  if (shift.task) paragraph(doc, shift.task, { muted: true, after: 6 });
  if (shift.cancelReason !== null) {
    paragraph(doc, t.cancelledShift(shift.cancelReason), { bold: true });
    return;
  }
  if (shift.booked.length === 0) paragraph(doc, t.nobodyBooked);
  else table(doc, expectedColumns(t), expectedRows(shift.booked, t), { grid: true, minRowHeight: 28 });
  if (shift.waiting.length > 0) {
    heading(doc, t.standIns, 3, { keepWithNext: 70 });
    table(doc, expectedColumns(t), expectedRows(shift.waiting, t), {
      grid: true,
      minRowHeight: 28,
      fontSize: sizes.table,
    });
  }
}

export async function renderDayList(job: DocumentJob, env: DocumentEnv): Promise<Buffer> {
  const data = job.data as DayListData;
  const lang = job.lang;
  const t = sheetTexts(lang);
  const day = `${weekdayText(lang, data.date)} ${dateText(lang, data.date)}`;
  return renderPdf(
    {
      fontsDir: env.fontsDir,
      title: `${t.dayTitle} – ${day}`,
      author: data.organisation ?? 'Shiftbook',
      subject: t.daySubject,
      lang,
      createdAt: jobDate(job),
      footerText: [t.dayFooter, day, data.organisation].filter(Boolean).join(' · '),
    },
    (doc) => {
      if (data.organisation) paragraph(doc, data.organisation, { muted: true, after: 2 });
      heading(doc, `${t.dayTitle} – ${day}`, 1);
      paragraph(doc, t.dayIntro, { muted: true, after: 4 });
      if (data.shifts.length === 0) paragraph(doc, t.noDayShifts, { bold: true });
      for (const shift of data.shifts) shiftSection(doc, shift, t);
    },
  );
}
