import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { makePrivateFolder } from '../../db/open.js';
import { defaultDataDir } from './paths.js';

/**
 * The app's own note of the data files it has opened, kept outside them: a
 * lost data file cannot say that it held data, nor where its second backup
 * folder was (that setting lives inside the file).
 */
export const recordFileName = 'opened-files.json';

export interface RecordedFile {
  /** Clients or agreements were in it when it was last opened. */
  heldData: boolean;
  /** When it was last opened (ISO, UTC). */
  openedAt: string;
  /** The backups folder beside it and the second folder the coordinator set, if any. */
  backupFolders: string[];
}

export interface OpenedFiles {
  /** Keyed by the data file's absolute path. */
  files: Record<string, RecordedFile>;
}

/**
 * What the record says about one data file: `unknown` when the record itself
 * is damaged, so a missing file is not taken for one that never held data.
 */
export type Expectation = { kind: 'recorded'; entry: RecordedFile } | { kind: 'none' } | { kind: 'unknown' };

/** Where the record lives: the app's default data folder (SHIFTBOOK_DATA_DIR moves it too). */
export function recordFilePath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(defaultDataDir(env), recordFileName);
}

/** Reads the record; a damaged one is reported by name and answered as null. */
export function readRecord(recordFile: string, report: (text: string) => void): OpenedFiles | null {
  let text: string;
  try {
    text = fs.readFileSync(recordFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { files: {} };
    report(
      `The record of opened data files ${recordFile} cannot be read (${(error as Error).message}); it is ignored.`,
    );
    return null;
  }
  const parsed = parseRecord(text);
  if (!parsed) report(`The record of opened data files ${recordFile} is damaged; it is ignored and written anew.`);
  return parsed;
}

function parseRecord(text: string): OpenedFiles | null {
  try {
    const value = JSON.parse(text) as { files?: unknown };
    if (typeof value.files !== 'object' || value.files === null || Array.isArray(value.files)) return null;
    const files: Record<string, RecordedFile> = {};
    for (const [file, entry] of Object.entries(value.files as Record<string, Partial<RecordedFile>>)) {
      if (typeof entry.heldData !== 'boolean' || typeof entry.openedAt !== 'string') return null;
      if (!Array.isArray(entry.backupFolders) || entry.backupFolders.some((f) => typeof f !== 'string')) return null;
      files[file] = { heldData: entry.heldData, openedAt: entry.openedAt, backupFolders: entry.backupFolders };
    }
    return { files };
  } catch {
    return null;
  }
}

/** Whether the record expects data in this file. */
export function expectationOf(recordFile: string, dataFile: string, report: (text: string) => void): Expectation {
  const record = readRecord(recordFile, report);
  if (!record) return { kind: 'unknown' };
  const entry = record.files[path.resolve(dataFile)];
  return entry?.heldData ? { kind: 'recorded', entry } : { kind: 'none' };
}

/** The backup folders the record knows for a file (empty when the record is missing or damaged). */
export function recordedBackupFolders(recordFile: string, dataFile: string): string[] {
  return readRecord(recordFile, () => undefined)?.files[path.resolve(dataFile)]?.backupFolders ?? [];
}

/**
 * Notes a successful open. Never stops a start: a record that cannot be
 * written is reported and the app goes on. Written to a private temporary file
 * and renamed, so a crash leaves the old record or the new one, never half.
 * Folders once known stay listed: an older second folder may still hold a
 * good backup.
 */
export function rememberOpened(
  recordFile: string,
  dataFile: string,
  seen: { heldData: boolean; backupFolders: string[]; at: Date },
  report: (text: string) => void,
): void {
  const file = path.resolve(dataFile);
  const temporary = `${recordFile}.${crypto.randomBytes(6).toString('hex')}.tmp`;
  try {
    const record = readRecord(recordFile, report) ?? { files: {} };
    const before = record.files[file];
    const folders = [...new Set([...seen.backupFolders, ...(before?.backupFolders ?? [])].map((f) => path.resolve(f)))];
    record.files[file] = {
      heldData: seen.heldData,
      openedAt: seen.at.toISOString(),
      backupFolders: folders,
    };
    makePrivateFolder(path.dirname(recordFile));
    fs.writeFileSync(temporary, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
    fs.renameSync(temporary, recordFile);
  } catch (error) {
    report(`The record of opened data files ${recordFile} could not be written (${(error as Error).message}).`);
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Nothing was written where nothing can be written.
    }
  }
}
