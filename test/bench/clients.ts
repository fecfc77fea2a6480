import type { Dispatcher } from '../../core/api/dispatcher.js';
import { searchTokens } from '../../core/clients/search.js';
import type { OpenDatabase } from '../../db/open.js';
import { measure, type Comparison } from './measure.js';

/** Client search through the dispatcher (validation, transaction, mapping) against the same SQL by hand. */
export function clientBenchmarks(database: OpenDatabase, api: Dispatcher): Comparison[] {
  const today = '2026-11-24';
  const rows: Comparison[] = [];
  for (const query of ['nov', 'rehor', 'k-01']) {
    const tokens = searchTokens(query);
    const where = tokens.map(() => `search_text LIKE ? ESCAPE '\\'`).join(' AND ');
    const list = database.sqlite.prepare(
      `SELECT id, code, first_name, last_name, nickname, birth_date, active,
        (SELECT CASE WHEN count(*) = 0 THEN NULL WHEN sum(s.to_date IS NULL) > 0 THEN 'open' ELSE max(s.to_date) END
         FROM client_suspensions s WHERE s.client_id = clients.id AND s.from_date <= ? AND (s.to_date IS NULL OR s.to_date >= ?)) AS suspension
       FROM clients WHERE ${where} AND active = 1 ORDER BY sort_key, id LIMIT 100`,
    );
    const count = database.sqlite.prepare(`SELECT count(*) AS n FROM clients WHERE ${where} AND active = 1`);
    const patterns = tokens.map((t) => `%${t}%`);
    const raw = () => {
      list.all(today, today, ...patterns);
      count.get(...patterns);
    };
    const viaApi = () => {
      const result = api.call('clients.list', { query });
      if (!result.ok) throw new Error(result.error.message);
    };
    rows.push({
      name: `client search "${query}" (3,000 clients)`,
      subject: measure(viaApi),
      baseline: measure(raw),
      baselineName: 'raw SQL',
    });
  }
  return rows;
}
