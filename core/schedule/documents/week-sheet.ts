/**
 * The weekly sign-up sheet that hangs on the wall: A4 landscape, one column
 * per shift with its day, time, place and task, the booked names on numbered
 * lines, empty numbered lines for the free places, lines for the waiting list,
 * and the house rules at the foot.
 */
import { dateText, shortDateText, timeRange, weekdayHeading } from '../../contract/present.js';
import type { DocumentEnv, DocumentJob } from '../../documents/registry.js';
import { jobDate } from '../../documents/registry.js';
import {
  contentBottom,
  contentLeft,
  contentWidth,
  ensureSpace,
  heading,
  paragraph,
  renderPdf,
  table,
  type PdfDoc,
  type TableCell,
  type TableColumn,
} from '../../documents/index.js';
import { colors, fontNames, sizes } from '../../documents/theme.js';
import type { SheetShift, WeekSheetData } from './data.js';
import { sheetTexts, type SheetTexts } from './texts.js';

/** More shifts than this in a week continue in a second block below. */
const columnsPerBlock = 5;
/** Room for a handwritten name; lines grow towards `roomyLine` when the page has space. */
const minLine = 26;
const roomyLine = 38;
/** What the title row, the place row and the house rules need besides the lines. */
const reserved = 150;

function header(shift: SheetShift, doc: PdfDoc, t: SheetTexts): string {
  const day = `${weekdayHeading(doc.lang, shift.weekday)} ${shortDateText(doc.lang, shift.date)}`;
  const holiday = shift.holiday === null ? '' : `\n${t.holiday(shift.holiday)}`;
  return `${day}${holiday}\n${timeRange(shift.start, shift.end)}`;
}

/** No lines to sign: the shift was called off, or falls on a holiday nobody opened it for. */
const closed = (s: SheetShift) => s.cancelReason !== null || s.closedForHoliday;

function placeCell(s: SheetShift, t: SheetTexts): TableCell {
  if (s.cancelReason !== null) return { text: `${t.cancelled}: ${s.cancelReason || placeLine(s)}`, bold: true };
  if (s.closedForHoliday) return { text: t.holidayClosed, bold: true };
  return { text: placeLine(s), muted: true };
}

function placeLine(shift: SheetShift): string {
  return shift.task ? `${shift.place} · ${shift.task}` : shift.place;
}

/** Rows for one block of shifts: place and task, the places, then the waiting list. */
function blockRows(shifts: SheetShift[], waitingLines: number, t: SheetTexts): TableCell[][] {
  const rows: TableCell[][] = [shifts.map((s) => placeCell(s, t))];
  const placeRows = Math.max(...shifts.map((s) => (closed(s) ? 0 : s.places)), 0);
  for (let i = 0; i < placeRows; i += 1) {
    rows.push(
      shifts.map((s): TableCell => {
        if (closed(s) || i >= s.places) return { text: t.notInShift, muted: true };
        const person = s.booked[i];
        return person ? `${i + 1}. ${person.name}` : { text: `${i + 1}.`, muted: true };
      }),
    );
  }
  const open = shifts.filter((s) => !closed(s));
  const waitingRows = Math.max(waitingLines, ...open.map((s) => s.waiting.length));
  if (waitingRows > 0 && open.length > 0) {
    rows.push(shifts.map((s) => (!closed(s) ? { text: t.waiting, bold: true, muted: true } : null)));
    for (let i = 0; i < waitingRows; i += 1) {
      rows.push(
        shifts.map((s): TableCell => {
          if (closed(s)) return { text: t.notInShift, muted: true };
          const person = s.waiting[i];
          return person ? `${i + 1}. ${person.name}` : { text: `${i + 1}.`, muted: true };
        }),
      );
    }
  }
  return rows;
}

/** The house rules in a light box, kept whole on one page. */
function houseRules(doc: PdfDoc, title: string, text: string): void {
  const { pdf } = doc;
  const x = contentLeft(doc);
  const width = contentWidth(doc);
  const pad = 10;
  pdf.font(fontNames.regular).fontSize(sizes.body + 1);
  const label = `${title}: `;
  const body = pdf.heightOfString(label + text, { width: width - 2 * pad, lineGap: 2 });
  const height = body + 2 * pad;
  ensureSpace(doc, height + 6);
  const top = pdf.y + 6;
  pdf.save().roundedRect(x, top, width, height, 4).fill(colors.headerFill).restore();
  pdf
    .fillColor(colors.text)
    .font(fontNames.bold)
    .text(label, x + pad, top + pad, { width: width - 2 * pad, lineGap: 2, continued: true })
    .font(fontNames.regular)
    .text(text, { lineGap: 2 });
  pdf.y = top + height + 8;
  pdf.x = x;
}

export async function renderWeekSheet(job: DocumentJob, env: DocumentEnv): Promise<Buffer> {
  const data = job.data as WeekSheetData;
  const lang = job.lang;
  const t = sheetTexts(lang);
  const range = `${dateText(lang, data.monday)} – ${dateText(lang, data.sunday)}`;
  const printed = t.printed(dateText(lang, data.printedAt.slice(0, 10)));
  return renderPdf(
    {
      fontsDir: env.fontsDir,
      layout: 'landscape',
      title: `${t.weekTitle(data.week)} (${range})`,
      author: data.organisation ?? 'Shiftbook',
      subject: t.weekSubject,
      lang,
      createdAt: jobDate(job),
      margins: { top: 40, bottom: 52 },
      footerText: [t.weekFooter, `${data.week}/${data.year}`, data.organisation, printed].filter(Boolean).join(' · '),
    },
    (doc) => {
      if (data.organisation) paragraph(doc, data.organisation, { muted: true, after: 2 });
      heading(doc, `${t.weekTitle(data.week)} · ${range}`, 1);
      paragraph(doc, t.intro, { after: 10 });
      if (data.shifts.length === 0) {
        paragraph(doc, t.noShifts, { bold: true });
      }
      const blocks: SheetShift[][] = [];
      for (let i = 0; i < data.shifts.length; i += columnsPerBlock) {
        blocks.push(data.shifts.slice(i, i + columnsPerBlock));
      }
      const rows = blocks.map((block) => blockRows(block, data.waitingLines, t));
      const lines = rows.reduce((sum, r) => sum + r.length, 0);
      const room = (contentBottom(doc) - doc.pdf.y - reserved * blocks.length) / Math.max(1, lines);
      const lineHeight = Math.min(roomyLine, Math.max(minLine, room));
      blocks.forEach((block, i) => {
        const columns: TableColumn[] = block.map((s) => ({
          header: header(s, doc, t),
          maxLines: s.holiday === null ? 2 : 4,
        }));
        table(doc, columns, rows[i] ?? [], { grid: true, fontSize: sizes.body + 2, minRowHeight: lineHeight });
      });
      houseRules(doc, t.houseRules, data.houseRules);
    },
  );
}
