import { agreementTemplates } from '../agreements/documents/index.js';
import { cashTemplates } from '../cash/documents/index.js';
import { payrollTemplates } from '../payroll/documents/index.js';
import type { DocumentFile } from '../contract/documents.js';
import { privacyTemplates } from '../privacy/documents/index.js';
import { renderDayList } from '../schedule/documents/day-list.js';
import { renderWeekSheet } from '../schedule/documents/week-sheet.js';
import type { DocumentEnv, DocumentJob, DocumentTemplate } from './registry.js';

/** Every document template of the app, by the name a use case puts in its DocumentJob. */
export const templates: Record<string, DocumentTemplate> = {
  ...agreementTemplates,
  ...cashTemplates,
  ...payrollTemplates,
  ...privacyTemplates,
  'schedule.week': renderWeekSheet,
  'schedule.day': renderDayList,
};

/** Renders a job into the file a document method answers (bytes, name and type). */
export async function renderJob(job: DocumentJob, env: DocumentEnv): Promise<DocumentFile> {
  const template = templates[job.template];
  if (!template) throw new Error(`No document template named ${job.template}`);
  const bytes = await template(job, env);
  return {
    fileName: job.fileName,
    contentType: job.contentType ?? 'application/pdf',
    bytes: new Uint8Array(bytes),
  };
}
