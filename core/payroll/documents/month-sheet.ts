/** What the month's papers share: the title with its draft line; the landscape sheets (payday list, summary) also their template. */
import { monthText } from '../../contract/present.js';
import { heading, paragraph, renderPdf, startSection, type PdfDoc } from '../../documents/index.js';
import { jobDate, type DocumentTemplate } from '../../documents/registry.js';
import { monthSheetData, type MonthSheetData } from './data.js';
import { monthTexts, type MonthTexts } from './texts-month.js';

/** The paper's title and, on a month not yet closed, the line that says it is a draft. */
export function titleBlock(doc: PdfDoc, title: string, closed: boolean, draft: string): void {
  heading(doc, title, 1);
  if (!closed) paragraph(doc, draft, { bold: true });
}

interface SheetWords {
  title: (month: string) => string;
  subject: string;
}

/** A month sheet's template: its words chosen from the month texts, its body drawn under the title. */
export function monthSheetTemplate(
  words: (t: MonthTexts) => SheetWords,
  draw: (doc: PdfDoc, data: MonthSheetData, title: string) => void,
): DocumentTemplate {
  return (job, env) => {
    const data = monthSheetData.parse(job.data);
    const t = monthTexts(job.lang);
    const { title: titleOf, subject } = words(t);
    const title = titleOf(monthText(job.lang, data.month));
    const footer = t.footer(title, data.employer.name);
    return renderPdf(
      {
        fontsDir: env.fontsDir,
        layout: 'landscape',
        title,
        author: data.employer.name,
        subject,
        lang: job.lang,
        createdAt: jobDate(job),
        footerText: footer,
      },
      (doc) => {
        startSection(doc, footer, data.closed ? undefined : t.draftStamp);
        draw(doc, data, title);
      },
    );
  };
}
