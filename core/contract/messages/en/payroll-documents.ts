import type { Shape } from '../shape.js';
import type { csPayrollDocuments } from '../cs/payroll-documents.js';

/** English texts of the pay documents' refusals. */
export const enPayrollDocuments: Shape<typeof csPayrollDocuments> = {
  errors: {
    nobodyWorked: 'Nobody worked in {{month}}; there is nothing to print.',
    notInMonth: 'The client did not work in {{month}}, so there is no payslip for that month.',
    noClosedMonths:
      'The client has no closed month with income in {{year}}. The certificate is issued from closed months.',
  },
  fields: {
    format: 'Format',
  },
};
