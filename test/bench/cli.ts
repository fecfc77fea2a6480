import { spawnSync } from 'node:child_process';
import { repoRoot } from '../helpers/db.js';
import { measure, type Comparison } from './measure.js';

/** The same search clients.list runs for "nov", as a bare script would run it. */
const bareScript = `
const Database = require('better-sqlite3-multiple-ciphers');
const db = new Database(process.argv[1], { readonly: true });
const today = '2026-11-24';
const items = db.prepare(\`SELECT id, code, first_name, last_name, nickname, birth_date, active,
  (SELECT CASE WHEN count(*) = 0 THEN NULL WHEN sum(s.to_date IS NULL) > 0 THEN 'open' ELSE max(s.to_date) END
   FROM client_suspensions s WHERE s.client_id = clients.id AND s.from_date <= ? AND (s.to_date IS NULL OR s.to_date >= ?)) AS suspension
  FROM clients WHERE search_text LIKE ? ESCAPE '\\\\' AND active = 1 ORDER BY sort_key, id LIMIT 100\`).all(today, today, '%nov%');
const total = db.prepare(\`SELECT count(*) AS n FROM clients WHERE search_text LIKE ? ESCAPE '\\\\' AND active = 1\`).get('%nov%').n;
process.stdout.write(JSON.stringify({ items, total }, null, 2));
`;

function spawn(args: string[]): () => void {
  return () => {
    const result = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  };
}

/**
 * A cold command-line call (a new Node process: start, open and check the
 * database, one query, JSON out) against a bare better-sqlite3 script doing the
 * same query in a new process. The first run of `npm run cli` compiles when the
 * build is out of date, so it is a warm-up and not timed.
 */
export function cliBenchmarks(file: string): Comparison[] {
  const call = ['call', 'clients.list', '{"query":"nov"}', '--db', file];
  const bare = measure(spawn(['-e', bareScript, file]), { runs: 9, warmup: 1 });
  const compiled = measure(spawn(['scripts/cli.mjs', ...call]), { runs: 9, warmup: 1 });
  const viaTsx = measure(spawn(['--import', 'tsx', 'core/doors/cli-main.ts', ...call]), { runs: 5, warmup: 1 });
  return [
    { name: 'cold CLI call: npm run cli (compiled)', subject: compiled, baseline: bare, baselineName: 'bare script' },
    { name: 'cold CLI call: TypeScript through tsx', subject: viaTsx, baseline: bare, baselineName: 'bare script' },
  ];
}
