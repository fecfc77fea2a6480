import { sql } from 'drizzle-orm';
import type { Ctx } from '../api/context.js';
import { notFound } from '../api/domain-error.js';
import { translate, type Locale } from '../contract/i18n.js';
import type { DocumentJob } from '../documents/registry.js';
import { auditLogPage } from './audit-log.js';
import { auditedTables, capturedColumns, tableNameOf } from './audited.js';
import { privacyTemplateNames, type ClientExport, type ExportPrint } from './documents/data.js';
import { exportTexts } from './documents/texts.js';
import { columnLabel, isLinkColumn, recordLabel, valueText } from './present.js';

/**
 * Everything held about one client, table by table: every audited table that
 * belongs to a client, with the columns the log knows (derived search keys and
 * print snapshots left out: they repeat what is listed), and the change log.
 * One list of tables (audited.ts) serves the log, the export and anonymisation.
 */
export function gatherClient(ctx: Ctx, clientId: number): ClientExport {
  const records: ClientExport['records'] = {};
  for (const entry of auditedTables) {
    const table = tableNameOf(entry);
    const clientOf = entry.client(`"${table}"`);
    if (clientOf === 'NULL') continue;
    const columns = ['id', ...capturedColumns(entry).filter((c) => c !== 'id')].map((c) => `"${c}"`).join(', ');
    const rows = ctx.db.all<Record<string, unknown>>(
      sql`SELECT ${sql.raw(columns)} FROM ${sql.identifier(table)} WHERE ${sql.raw(clientOf)} = ${clientId} ORDER BY id`,
    );
    records[table] = rows.map((row) =>
      Object.fromEntries(Object.entries(row).map(([key, value]) => [key, parseJsonColumn(key, value)])),
    );
  }
  if ((records.clients ?? []).length === 0) throw notFound('clientId');
  const changes: ClientExport['changes'] = [];
  for (let offset = 0; ; offset += 500) {
    const page = auditLogPage(ctx, { clientId, fromDate: null, toDate: null, area: null, limit: 500, offset });
    changes.push(...page.entries);
    if (changes.length >= page.total || page.entries.length === 0) break;
  }
  return { clientId, exportedAt: ctx.timestamp(), records, changes };
}

/** Columns that hold JSON (the fitness answers, the tasks) are exported as JSON, not as text in text. */
function parseJsonColumn(key: string, value: unknown): unknown {
  if ((key === 'fitness' || key === 'tasks') && typeof value === 'string') {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }
  return value;
}

/** The export worded for the person: each record's fields with their labels and readable values. */
function printOf(lang: Locale, data: ClientExport): ExportPrint {
  const sections = Object.entries(data.records)
    .filter(([, rows]) => rows.length > 0)
    .map(([table, rows]) => ({
      heading: recordLabel(lang, table),
      items: rows.map((row) =>
        Object.entries(row)
          .filter(([column]) => !isLinkColumn(column))
          .map(
            ([column, value]) => [columnLabel(lang, column), printable(lang, table, column, value)] as [string, string],
          ),
      ),
    }));
  const client = data.records.clients?.[0] ?? {};
  return {
    name: [client.first_name, client.last_name].filter((part) => typeof part === 'string').join(' '),
    exportedAt: data.exportedAt,
    sections,
    changes: data.changes.map((c) => ({
      at: c.at,
      actor: c.actor,
      what: `${c.record} – ${c.changes.map((f) => `${f.label}: ${f.before ? `${f.before} → ` : ''}${f.after}`).join('; ')}`,
    })),
  };
}

function printable(lang: Locale, table: string, column: string, value: unknown): string {
  if (Array.isArray(value)) {
    return value
      .map((item) =>
        typeof item === 'object' && item !== null
          ? Object.values(item as Record<string, unknown>)
              .filter((v) => v !== null && v !== '')
              .map((v) =>
                typeof v === 'boolean' ? translate(lang, v ? 'privacy.values.yes' : 'privacy.values.no') : String(v),
              )
              .join(' ')
          : String(item),
      )
      .join('; ');
  }
  return valueText(lang, table, column, value, false);
}

export function exportJob(ctx: Ctx, clientId: number, format: 'pdf' | 'json', lang: Locale): DocumentJob {
  const data = gatherClient(ctx, clientId);
  const t = exportTexts[lang];
  const base = `${t.fileName}-${clientId}`;
  if (format === 'json') {
    return {
      template: privacyTemplateNames.json,
      fileName: `${base}.json`,
      contentType: 'application/json',
      lang,
      createdAt: data.exportedAt,
      data,
    };
  }
  return {
    template: privacyTemplateNames.pdf,
    fileName: `${base}.pdf`,
    lang,
    createdAt: data.exportedAt,
    data: printOf(lang, data),
  };
}
