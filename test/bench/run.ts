// npm run bench: each figure through the dispatcher next to its baseline
// (the same reads and writes as raw prepared statements), as a ratio.
// `npm run bench -- schedule attendance` runs only the named groups, since the whole bench is slow.
import { createDispatcher } from '../../core/api/dispatcher.js';
import { fontsDir } from '../helpers/db.js';
import { attendanceBenchmarks } from './attendance.js';
import { cliBenchmarks } from './cli.js';
import { clientBenchmarks } from './clients.js';
import { benchNow, openLargeDatabase } from './large.js';
import { report, type Comparison } from './measure.js';
import { payBenchmarks } from './pay.js';
import { payrollBenchmarks } from './payroll.js';
import { payslipBenchmarks } from './payslips.js';
import { scheduleBenchmarks } from './schedule.js';

const database = openLargeDatabase();
const api = createDispatcher({ db: database.db, now: benchNow, actor: 'bench', fontsDir });
const groups: Record<string, () => Comparison[] | Promise<Comparison[]>> = {
  clients: () => clientBenchmarks(database, api),
  schedule: () => scheduleBenchmarks(database, api),
  attendance: () => attendanceBenchmarks(database, api),
  pay: () => payBenchmarks(database),
  payroll: () => payrollBenchmarks(database, api),
  payslips: () => payslipBenchmarks(database),
  cli: () => cliBenchmarks(database.file),
};
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in groups));
if (unknown.length > 0)
  throw new Error(`No bench group ${unknown.join(', ')}; there are ${Object.keys(groups).join(', ')}`);
const rows: Comparison[] = [];
for (const [name, run] of Object.entries(groups)) {
  if (asked.length === 0 || asked.includes(name)) rows.push(...(await run()));
}
console.log(`\nShiftbook benchmarks (median of repeated runs; compare ratios within one run)\n`);
console.log(report(rows));
database.close();
