// npm run bench: each figure through the dispatcher next to its baseline
// (the same reads and writes as raw prepared statements), as a ratio.
// `npm run bench -- schedule attendance` runs only the named groups, since the whole bench is slow.
import os from 'node:os';
import { createDispatcher } from '../../core/api/dispatcher.js';
import { fontsDir } from '../helpers/db.js';
import { attendanceBenchmarks } from './attendance.js';
import { cliBenchmarks } from './cli.js';
import { clientBenchmarks } from './clients.js';
import { firstScreenBenchmarks } from './firstscreen.js';
import { benchNow, openLargeDatabase } from './large.js';
import { report, type Comparison } from './measure.js';
import { payBenchmarks } from './pay.js';
import { payrollBenchmarks } from './payroll.js';
import { payslipBenchmarks } from './payslips.js';
import { scheduleBenchmarks } from './schedule.js';

// The large database is made (or reused) only when a group that reads it runs: making it takes minutes.
let large: { database: ReturnType<typeof openLargeDatabase>; api: ReturnType<typeof createDispatcher> } | undefined;
function largeDatabase() {
  if (!large) {
    const database = openLargeDatabase();
    large = { database, api: createDispatcher({ db: database.db, now: benchNow, actor: 'bench', fontsDir }) };
  }
  return large;
}
const groups: Record<string, () => Comparison[] | Promise<Comparison[]>> = {
  clients: () => clientBenchmarks(largeDatabase().database, largeDatabase().api),
  schedule: () => scheduleBenchmarks(largeDatabase().database, largeDatabase().api),
  attendance: () => attendanceBenchmarks(largeDatabase().database, largeDatabase().api),
  pay: () => payBenchmarks(largeDatabase().database),
  payroll: () => payrollBenchmarks(largeDatabase().database, largeDatabase().api),
  payslips: () => payslipBenchmarks(largeDatabase().database),
  cli: () => cliBenchmarks(largeDatabase().database.file),
  firstscreen: firstScreenBenchmarks,
};
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in groups));
if (unknown.length > 0)
  throw new Error(`No bench group ${unknown.join(', ')}; there are ${Object.keys(groups).join(', ')}`);
const rows: Comparison[] = [];
for (const [name, run] of Object.entries(groups)) {
  if (asked.length === 0 || asked.includes(name)) rows.push(...(await run()));
}
const load = os
  .loadavg()
  .map((n) => n.toFixed(1))
  .join(', ');
// The machine may be shared: its load says how far these times are from a quiet one's.
console.log(`\nShiftbook benchmarks (median of repeated runs; compare ratios within one run)`);
console.log(`${os.cpus().length} cores, load average ${load}\n`);
console.log(report(rows));
large?.database.close();
