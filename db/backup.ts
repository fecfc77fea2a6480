import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * Every backup is named `shiftbook-<label>-<local date and time><UTC offset>.sqlite`,
 * e.g. `shiftbook-manual-2026-10-25T023000+0200.sqlite`: the coordinator reads
 * the time on the wall clock, and the offset keeps the two 02:30 of the October
 * clock change apart. No colons, so Windows accepts the name.
 */
export function backupFileName(label: string, moment: Date, copy = 1): string {
  const two = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const date = `${moment.getFullYear()}-${two(moment.getMonth() + 1)}-${two(moment.getDate())}`;
  const time = `${two(moment.getHours())}${two(moment.getMinutes())}${two(moment.getSeconds())}`;
  const offset = -moment.getTimezoneOffset();
  const zone = `${offset < 0 ? '-' : '+'}${two(Math.trunc(offset / 60))}${two(offset % 60)}`;
  return `shiftbook-${label}-${date}T${time}${zone}${copy > 1 ? `-${copy}` : ''}.sqlite`;
}

const namePattern = /-(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})([+-]\d{2})(\d{2})(?:-(\d+))?\.sqlite$/;

/** The moment a backup was taken, from its name (copies of one second in order); null for other names. */
export function backupMoment(name: string): number | null {
  const m = namePattern.exec(name);
  if (!m) return null;
  const [, date, hh, mm, ss, zh, zm, copy] = m;
  const at = Date.parse(`${date}T${hh}:${mm}:${ss}${zh}:${zm}`);
  return Number.isNaN(at) ? null : at + Number(copy ?? 1) / 1000;
}

/**
 * A consistent copy of the open database (VACUUM INTO), e.g. before migrations,
 * on quit or when asked. Returns the new file's path.
 */
export function backupDatabase(sqlite: Database.Database, dir: string, label: string, moment: Date): string {
  fs.mkdirSync(dir, { recursive: true });
  let target = path.join(dir, backupFileName(label, moment));
  for (let n = 2; fs.existsSync(target); n += 1) target = path.join(dir, backupFileName(label, moment, n));
  sqlite.prepare('VACUUM INTO ?').run(target);
  return target;
}

/** Keeps the newest `keep` backups with a label and deletes older ones. */
export function pruneBackups(dir: string, label: string, keep: number): string[] {
  if (!fs.existsSync(dir)) return [];
  const prefix = `shiftbook-${label}-`;
  // Names from before this convention have no parsable moment; their file time stands in.
  const takenAt = (name: string) => backupMoment(name) ?? fs.statSync(path.join(dir, name)).mtimeMs;
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.sqlite'))
    .map((name) => ({ name, at: takenAt(name) }))
    .sort((a, b) => b.at - a.at);
  const removed = files.slice(keep).map((f) => path.join(dir, f.name));
  for (const file of removed) fs.rmSync(file);
  return removed;
}

/** What SQLite's own checks find wrong with the file (integrity and foreign keys); empty when sound. */
export function integrityProblems(sqlite: Database.Database): string[] {
  const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[])
    .map((row) => row.integrity_check)
    .filter((text) => text !== 'ok');
  const keys = (sqlite.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]).map(
    (row) => `${row.table} row ${row.rowid}: missing ${row.parent}`,
  );
  return [...integrity, ...keys];
}
