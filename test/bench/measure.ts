/** Timing helpers: medians of many runs, since these machines are shared and noisy. */
export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/**
 * Median and 95th percentile of `fn`. `after` runs after each call, untimed:
 * it undoes what a write did, so every run starts from the same data. The
 * warm-up is long enough for the engine to compile the path optimised, as it
 * is in a program that stays open all day: after only 20 calls the week
 * board still ran unoptimised for most of the timed runs (3× its later time),
 * while a bare statement, having little code, was timed warm.
 */
export function measure(
  fn: () => unknown,
  options: { runs?: number; warmup?: number; after?: () => void } = {},
): Timing {
  const runs = options.runs ?? 200;
  for (let i = 0; i < (options.warmup ?? 200); i += 1) {
    fn();
    options.after?.();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    options.after?.();
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)] ?? 0, p95: times[Math.floor(runs * 0.95)] ?? 0, runs };
}

/** Median and 95th percentile of times already taken (sorts them in place). */
export function timing(times: number[]): Timing {
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(times.length / 2)] ?? 0,
    p95: times[Math.floor(times.length * 0.95)] ?? 0,
    runs: times.length,
  };
}

/**
 * Two pieces of work that end in a promise (rendering a document), timed in
 * turns — subject, baseline, baseline, subject, … — rather than one series
 * after the other: a run takes long enough that the machine's load drifts
 * between two series, and the ratio would measure the drift.
 */
export async function compareAsync(
  subject: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
  options: { runs?: number; warmup?: number } = {},
): Promise<{ subject: Timing; baseline: Timing }> {
  for (let i = 0; i < (options.warmup ?? 3); i += 1) {
    await subject();
    await baseline();
  }
  const times = { subject: [] as number[], baseline: [] as number[] };
  const timed = async (name: keyof typeof times, fn: () => Promise<unknown>) => {
    const start = process.hrtime.bigint();
    await fn();
    times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
  };
  for (let i = 0; i < (options.runs ?? 15); i += 1) {
    if (i % 2 === 0) {
      await timed('subject', subject);
      await timed('baseline', baseline);
    } else {
      await timed('baseline', baseline);
      await timed('subject', subject);
    }
  }
  return { subject: timing(times.subject), baseline: timing(times.baseline) };
}

export interface Comparison {
  name: string;
  subject: Timing;
  baseline: Timing;
  baselineName: string;
  /** A target in ms for the subject's median, when the issue sets one. */
  targetMs?: number;
  /** The largest acceptable subject/baseline ratio, when the issue sets one. */
  maxRatio?: number;
}

const ms = (value: number) => `${value.toFixed(3)} ms`;

export function report(rows: Comparison[]): string {
  const lines = rows.map((row) => {
    const ratio = row.subject.median / row.baseline.median;
    const verdicts = [
      row.targetMs === undefined
        ? ''
        : row.subject.median <= row.targetMs
          ? `≤ ${row.targetMs} ms ✓`
          : `> ${row.targetMs} ms ✗`,
      row.maxRatio === undefined
        ? ''
        : ratio <= row.maxRatio
          ? `ratio ≤ ${row.maxRatio}× ✓`
          : `ratio > ${row.maxRatio}× ✗`,
    ].filter(Boolean);
    return [
      row.name.padEnd(40),
      `${ms(row.subject.median)} (p95 ${ms(row.subject.p95)})`.padEnd(30),
      `${row.baselineName} ${ms(row.baseline.median)}`.padEnd(34),
      `ratio ${ratio.toFixed(2)}×`.padEnd(14),
      verdicts.join('  '),
    ].join(' ');
  });
  return lines.join('\n');
}
