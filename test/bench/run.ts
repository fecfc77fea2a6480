// npm run bench: each figure through the dispatcher next to its baseline
// (the same reads and writes as raw prepared statements), as a ratio.
import { createDispatcher } from '../../core/api/dispatcher.js';
import { fontsDir } from '../helpers/db.js';
import { attendanceBenchmarks } from './attendance.js';
import { cliBenchmarks } from './cli.js';
import { clientBenchmarks } from './clients.js';
import { benchNow, openLargeDatabase } from './large.js';
import { report } from './measure.js';
import { payBenchmarks } from './pay.js';
import { scheduleBenchmarks } from './schedule.js';

const database = openLargeDatabase();
const api = createDispatcher({ db: database.db, now: benchNow, actor: 'bench', fontsDir });
const rows = [
  ...clientBenchmarks(database, api),
  ...scheduleBenchmarks(database, api),
  ...attendanceBenchmarks(database, api),
  ...payBenchmarks(database),
  ...cliBenchmarks(database.file),
];
console.log(`\nShiftbook benchmarks (median of repeated runs; compare ratios within one run)\n`);
console.log(report(rows));
database.close();
