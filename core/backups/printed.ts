import fs from 'node:fs';
import path from 'node:path';
import { timestampOf } from '../contract/dates.js';

export interface PrintedFile {
  name: string;
  size: number;
  savedAt: string;
}

const dayMs = 24 * 60 * 60 * 1000;

/** The printed documents in the folder, newest first; other entries (folders) are not ours to show. */
export function printedFiles(dir: string): (PrintedFile & { at: number })[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const stat = fs.statSync(path.join(dir, entry.name));
      return { name: entry.name, size: stat.size, savedAt: timestampOf(stat.mtime), at: stat.mtimeMs };
    })
    .sort((a, b) => b.at - a.at);
}

/** Deletes printed documents older than `days` (all of them when undefined); answers how many. */
export function clearPrinted(dir: string, now: Date, days?: number): number {
  const before = days === undefined ? Infinity : now.getTime() - days * dayMs;
  const old = printedFiles(dir).filter((file) => file.at <= before);
  for (const file of old) fs.rmSync(path.join(dir, file.name), { force: true });
  return old.length;
}
