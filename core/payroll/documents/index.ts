import type { DocumentTemplate } from '../../documents/registry.js';
import { certificateTemplate } from './certificate.js';
import { payrollTemplateNames } from './data.js';
import { paydayListTemplate } from './payday-list.js';
import { payslipsTemplate, payslipTemplate } from './payslip.js';
import { summaryCsvTemplate, summaryXlsxTemplate } from './spreadsheet.js';
import { summaryTemplate } from './summary.js';

export const payrollTemplates: Record<string, DocumentTemplate> = {
  [payrollTemplateNames.payslip]: payslipTemplate,
  [payrollTemplateNames.payslips]: payslipsTemplate,
  [payrollTemplateNames.paydayList]: paydayListTemplate,
  [payrollTemplateNames.summary]: summaryTemplate,
  [payrollTemplateNames.summaryCsv]: summaryCsvTemplate,
  [payrollTemplateNames.summaryXlsx]: summaryXlsxTemplate,
  [payrollTemplateNames.certificate]: certificateTemplate,
};
