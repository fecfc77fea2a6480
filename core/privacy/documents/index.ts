import { dateText } from '../../contract/present.js';
import { heading, keyValues, paragraph, renderPdf, rule } from '../../documents/index.js';
import { jobDate, type DocumentTemplate } from '../../documents/registry.js';
import { exportPrintSchema, privacyTemplateNames } from './data.js';
import { exportTexts } from './texts.js';

const exportPdf: DocumentTemplate = (job, env) => {
  const data = exportPrintSchema.parse(job.data);
  const t = exportTexts[job.lang];
  const title = `${t.title} – ${data.name}`;
  return renderPdf(
    {
      fontsDir: env.fontsDir,
      title,
      author: 'Shiftbook',
      subject: t.subject,
      lang: job.lang,
      createdAt: jobDate(job),
      footerText: title,
    },
    (doc) => {
      heading(doc, title, 1);
      keyValues(doc, [[t.exportedAt, dateText(job.lang, data.exportedAt.slice(0, 10))]]);
      paragraph(doc, t.intro);
      for (const section of data.sections) {
        heading(doc, section.heading, 2);
        section.items.forEach((item, index) => {
          if (index > 0) rule(doc);
          keyValues(doc, item);
        });
      }
      heading(doc, t.changes, 2);
      if (data.changes.length === 0) paragraph(doc, t.noChanges);
      for (const change of data.changes) {
        paragraph(doc, `${change.at.slice(0, 16).replace('T', ' ')} · ${change.actor}: ${change.what}`);
      }
    },
  );
};

/** The machine-readable export: the gathered data as indented JSON, UTF-8. */
const exportJson: DocumentTemplate = (job) =>
  Promise.resolve(Buffer.from(`${JSON.stringify(job.data, null, 2)}\n`, 'utf8'));

export const privacyTemplates: Record<string, DocumentTemplate> = {
  [privacyTemplateNames.pdf]: exportPdf,
  [privacyTemplateNames.json]: exportJson,
};
