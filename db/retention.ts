import fs from 'node:fs';
import path from 'node:path';
import {
  backupLabel,
  backupMoment,
  type BackupContents,
  holdsData,
  readContents,
  type BackupKeys,
  openReadOnly,
  quickCheckProblems,
} from './backup.js';

/** One backup file as the coordinator sees it. */
export interface BackupEntry {
  file: string;
  name: string;
  label: string;
  /** Milliseconds since the epoch, from the name (the file time for older names). */
  takenAt: number;
  size: number;
}

/** The backups in a folder, newest first; temporary files of a backup being written are not among them. */
export function backupsIn(dir: string): BackupEntry[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.startsWith('shiftbook-') && name.endsWith('.sqlite'))
    .map((name) => {
      const file = path.join(dir, name);
      const stat = fs.statSync(file);
      return {
        file,
        name,
        label: backupLabel(name) ?? 'manual',
        takenAt: backupMoment(name) ?? stat.mtimeMs,
        size: stat.size,
      };
    })
    .sort((a, b) => b.takenAt - a.takenAt);
}

/** What a backup holds, or null when it does not open with the key or fails the quick check. */
export function contentsOf(file: string, keys: BackupKeys = []): BackupContents | null {
  try {
    const connection = openReadOnly(file, keys);
    try {
      return quickCheckProblems(connection).length === 0 ? readContents(connection) : null;
    } finally {
      connection.close();
    }
  } catch {
    return null;
  }
}

/** The newest backup that opens, passes the check and has clients or agreements in it. */
export function newestWithData(entries: BackupEntry[], keys: BackupKeys = []): BackupEntry | null {
  for (const entry of entries) {
    const contents = contentsOf(entry.file, keys);
    if (contents && holdsData(contents)) return entry;
  }
  return null;
}

const dayMs = 24 * 60 * 60 * 1000;
const dailyDays = 14;
const monthlyMonths = 12;

function localDay(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

function localMonth(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${d.getMonth() + 1}`;
}

/**
 * Which backups the retention rule keeps: all of the last day (a day's work
 * can be stepped back through), the newest of each day for two weeks, the
 * newest of each month for a year, the newest of each kind (the copy a restore
 * can be undone with stays), and always the newest good backup with data in
 * it, so a run of empty backups can never push it out.
 */
export function backupsToKeep(entries: BackupEntry[], now: Date, keys: BackupKeys = []): Set<string> {
  const keep = new Set<string>();
  const lastDay = now.getTime() - dayMs;
  const dayStart = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (dailyDays - 1)).getTime();
  const monthStart = new Date(now.getFullYear(), now.getMonth() - (monthlyMonths - 1), 1).getTime();
  const days = new Set<string>();
  const months = new Set<string>();
  const labels = new Set<string>();
  for (const entry of entries) {
    if (entry.takenAt >= lastDay) keep.add(entry.file);
    if (entry.takenAt >= dayStart && !days.has(localDay(entry.takenAt))) {
      days.add(localDay(entry.takenAt));
      keep.add(entry.file);
    }
    if (entry.takenAt >= monthStart && !months.has(localMonth(entry.takenAt))) {
      months.add(localMonth(entry.takenAt));
      keep.add(entry.file);
    }
    if (!labels.has(entry.label)) {
      labels.add(entry.label);
      keep.add(entry.file);
    }
  }
  const withData = newestWithData(entries, keys);
  if (withData) keep.add(withData.file);
  return keep;
}

/**
 * Deletes the backups the retention rule does not keep, and what is left of
 * backups interrupted long ago; `protect` names files in use (the one being
 * restored). Answers the deleted backups.
 */
export function pruneBackups(dir: string, now: Date, keys: BackupKeys = [], protect: string[] = []): string[] {
  removeStalePartials(dir, now);
  const entries = backupsIn(dir);
  const keep = backupsToKeep(entries, now, keys);
  for (const file of protect) keep.add(file);
  const removed = entries.filter((e) => !keep.has(e.file)).map((e) => e.file);
  for (const file of removed) fs.rmSync(file, { force: true });
  return removed;
}

/** A `.partial` file is a backup being written; one older than an hour was interrupted (a crash, a pulled stick). */
function removeStalePartials(dir: string, now: Date): void {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.partial'))) {
    const file = path.join(dir, name);
    if (fs.statSync(file).mtimeMs < now.getTime() - 60 * 60 * 1000) fs.rmSync(file, { force: true });
  }
}
