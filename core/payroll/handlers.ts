import type { payrollMethods } from '../contract/payroll.js';
import type { Handlers } from '../api/handler.js';
import { addAdjustment, removeAdjustment } from './adjustments.js';
import { closeMonth } from './close.js';
import { draftRun } from './run.js';
import { loadMonth } from './month.js';
import { listMonths } from './months.js';
import { markPaid, unmarkPaid } from './payday.js';
import { requireMonthOpen } from './closed.js';
import { rememberSeen } from './seen.js';

export const payrollHandlers: Handlers<typeof payrollMethods> = {
  'payroll.month': ({ month }, ctx) => loadMonth(ctx, month),
  'payroll.months': (_input, ctx) => listMonths(ctx),
  'payroll.markSeen': ({ month }, ctx) => {
    requireMonthOpen(ctx, month, 'month');
    const { payslips } = draftRun(ctx, month);
    const seenAt = rememberSeen(ctx, month, payslips);
    ctx.audit({ entity: 'payrollMonth', detail: { month, seen: payslips.length } });
    return { month, seenAt };
  },
  'payroll.close': ({ month, confirmWarnings }, ctx) => closeMonth(ctx, month, confirmWarnings),
  'payroll.markPaid': (input, ctx) => markPaid(ctx, input),
  'payroll.unmarkPaid': (input, ctx) => unmarkPaid(ctx, input),
  'payroll.addAdjustment': (input, ctx) => addAdjustment(ctx, input),
  'payroll.removeAdjustment': ({ id }, ctx) => removeAdjustment(ctx, id),
};
