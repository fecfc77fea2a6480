import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DatabaseFileError } from '../../db/open.js';
import { DomainError } from '../api/domain-error.js';
import { isDocumentFile } from '../contract/documents.js';
import { contract, isMethodName } from '../contract/index.js';
import { isLocale, type Locale, translate } from '../contract/i18n.js';
import { seedAgreements } from '../demo/agreements.js';
import { seedPastDays } from '../demo/attendance.js';
import { seedSignUps } from '../demo/schedule.js';
import { seedClients, seedEmployer } from '../demo/seed.js';
import { keyFilePath, unlockWithPassword } from '../vault/index.js';
import { backupCommand, listCommand, restoreCommand } from './cli-backups.js';
import { cannotOpen, type CliOpeningIo } from './cli-opening.js';
import { CliRefusal, type CliKeys, openWithPassword } from './cli-vault.js';
import { openFailureText } from './failures.js';
import type { Runtime, RuntimeOptions } from './runtime.js';

export interface CliIo extends CliKeys, CliOpeningIo {
  readStdin: () => string;
  migrationsFolder: string;
  fontsDir: string;
  version: string;
  busyTimeoutMs?: number;
}

const usage = `Shiftbook command line

  methods                                   list every method with its kind and input JSON Schema
  call <method> [json|-] --db <file>        call one method; prints the JSON result
       [--lang cs|en] [--out <file>]        (json "-" reads standard input; documents need --out)
  init --db <file>                          create a new, empty database
  demo --db <file>                          fill a database with ~30 demo clients, an employer, agreements, past shift days and next week's sign-ups
  generate --db <file> [--clients 3000]     a large database for benchmarks
  backups --db <file>                       list the backups beside the file: date, size, what each holds
  backup --db <file>                        back up now (checked after writing)
  restore <backup name> --db <file>         replace the data with a backup; the current data is kept aside
  restore --undo --db <file>                bring back the data as it was before the last restore
  help                                      this text

Only init, demo and generate create a database file; call refuses a missing or empty one.
The data is encrypted: the password is read from SHIFTBOOK_PASSWORD, else asked on the terminal.
A new database prints its recovery key once: print it or write it down, and keep it safe.
Exit codes: 0 done, 1 the call was refused (message on stderr), 2 wrong usage.`;

const flags = {
  db: { type: 'string' },
  lang: { type: 'string' },
  out: { type: 'string' },
  clients: { type: 'string' },
  undo: { type: 'boolean' },
} as const;
type Flag = keyof typeof flags;
type Flags = { [K in Flag]?: (typeof flags)[K]['type'] extends 'boolean' ? boolean : string };

/** The flags (besides --lang, which all take) and the positionals of each command; anything else is refused. */
const commands: Record<string, { flags: Flag[]; positionals: number }> = {
  help: { flags: [], positionals: 0 },
  methods: { flags: [], positionals: 0 },
  call: { flags: ['db', 'out'], positionals: 2 },
  init: { flags: ['db'], positionals: 0 },
  demo: { flags: ['db', 'clients'], positionals: 0 },
  generate: { flags: ['db', 'clients'], positionals: 0 },
  backups: { flags: ['db'], positionals: 0 },
  backup: { flags: ['db'], positionals: 0 },
  restore: { flags: ['db', 'undo'], positionals: 1 },
};

class UsageError extends Error {}

function parse(argv: string[]): { command: string; args: string[]; flags: Flags } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: flags, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(usageProblem(error));
  }
  const [command = 'help', ...args] = parsed.positionals;
  const rule = commands[command];
  if (!rule) throw new UsageError(`Unknown command "${command}"`);
  if (args.length > rule.positionals) throw new UsageError(`Unexpected argument "${args[rule.positionals]}"`);
  for (const name of Object.keys(parsed.values)) {
    if (name !== 'lang' && !rule.flags.includes(name as Flag)) throw new UsageError(`"${command}" takes no --${name}`);
  }
  return { command, args, flags: parsed.values };
}

/** node:util's messages name its own API; ours name the flag as typed. */
function usageProblem(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const flag = /'(-[^ ']+)/.exec(message ?? '')?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Unknown option "${flag}"`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${flag} needs a value`;
  return message ?? String(error);
}

/** The command-line door. Resolves to the process exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let locale: Locale = 'cs';
  try {
    const parsed = parse(argv);
    const lang = parsed.flags.lang ?? 'cs';
    if (!isLocale(lang)) throw new UsageError(`--lang must be cs or en, not "${lang}"`);
    locale = lang;
    return await run(parsed, locale, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${usage}\n`);
      return 2;
    }
    if (error instanceof CliRefusal) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    if (error instanceof DatabaseFileError)
      return cannotOpen(error, () => backupKeys(error.file, locale, io), locale, io);
    // Anything else (a file that cannot be written, say) is told plainly, without a stack trace.
    io.stderr(`${openFailureText(error, locale) ?? (error instanceof Error ? error.message : String(error))}\n`);
    return 1;
  }
}

async function run(parsed: { command: string; args: string[]; flags: Flags }, locale: Locale, io: CliIo) {
  switch (parsed.command) {
    case 'methods':
      io.stdout(`${JSON.stringify(describeMethods(), null, 2)}\n`);
      return 0;
    case 'call':
      return call(parsed.args, parsed.flags, locale, io);
    case 'init':
      return init(parsed.flags, locale, io);
    case 'demo':
    case 'generate':
      return fill(parsed.command, parsed.flags, locale, io);
    case 'backups': {
      const file = requireDb(parsed.flags);
      return listCommand(file, () => backupKeys(file, locale, io), io);
    }
    case 'backup':
      return backupCommand(() => open(requireDb(parsed.flags), io, locale, { mustExist: true }), locale, io);
    case 'restore':
      return restore(parsed.args[0], parsed.flags, locale, io);
    default:
      io.stdout(`${usage}\n`);
      return 0;
  }
}

export function describeMethods() {
  return Object.entries(contract).map(([name, def]) => ({
    name,
    kind: def.kind,
    summary: def.summary,
    input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }),
  }));
}

function requireDb(flags: Flags): string {
  if (!flags.db) throw new UsageError('Say which database file to use: --db <file>');
  return path.resolve(flags.db);
}

/** Opens the file with its password; a new file (init, demo, generate) gets its first one and prints its recovery key. */
async function open(file: string, io: CliIo, locale: Locale, extra: Partial<RuntimeOptions> = {}): Promise<Runtime> {
  const options: RuntimeOptions = {
    dataFile: file,
    migrationsFolder: io.migrationsFolder,
    fontsDir: io.fontsDir,
    version: io.version,
    actor: 'cli',
    ...(io.now ? { now: io.now } : {}),
    ...(io.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: io.busyTimeoutMs }),
    ...extra,
  };
  const { runtime, recoveryKey } = await openWithPassword(options, io, locale, !extra.mustExist);
  // Said once the command is done, as the last thing on the screen.
  const close = runtime.close.bind(runtime);
  runtime.close = () => {
    close();
    if (recoveryKey) io.stdout(`${translate(locale, 'recovery.once', { recoveryKey })}\n`);
  };
  return runtime;
}

async function call(args: string[], flags: Flags, locale: Locale, io: CliIo): Promise<number> {
  const [method, json] = args;
  if (!method) throw new UsageError('call needs a method name (see "methods")');
  const file = requireDb(flags);
  // Asked before the call: a document method may record the print, and then no file would be written.
  if (isMethodName(method) && contract[method].kind === 'document' && !flags.out) {
    throw new UsageError(`${method} makes a document: say where to write it with --out <file>`);
  }
  if (flags.out && !fs.statSync(path.dirname(path.resolve(flags.out)), { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(`There is no folder for --out ${flags.out}`);
  }
  let input: unknown = {};
  const text = json === '-' ? io.readStdin() : json;
  if (text !== undefined && text.trim() !== '') {
    try {
      input = JSON.parse(text);
    } catch {
      io.stderr(`The input is not valid JSON: ${text}\n`);
      return 2;
    }
  }
  const runtime = await open(file, io, locale, { mustExist: true });
  try {
    const result = await runtime.dispatcher.run(method, input, { locale });
    if (!result.ok) {
      const where = result.error.field ? ` [${result.error.field}]` : '';
      io.stderr(`${result.error.message} (${result.error.code}${where})\n`);
      return 1;
    }
    if (isDocumentFile(result.value) && flags.out) {
      fs.writeFileSync(flags.out, result.value.bytes ?? new Uint8Array());
      io.stdout(`${JSON.stringify({ fileName: result.value.fileName, savedTo: path.resolve(flags.out) }, null, 2)}\n`);
      return 0;
    }
    const output = `${JSON.stringify(result.value, null, 2)}\n`;
    if (flags.out) fs.writeFileSync(flags.out, output);
    else io.stdout(output);
    return 0;
  } finally {
    runtime.close();
  }
}

/**
 * The data keys backups open with (every key the password unlocks, older ones
 * too); none for a file without a key file, whose backups are plain.
 */
async function backupKeys(file: string, locale: Locale, io: CliIo): Promise<Buffer[]> {
  const keyFile = keyFilePath(file);
  if (!fs.existsSync(keyFile)) return [];
  const given = await io.password('unlock', locale);
  if (given === null) throw new DomainError('vault.passwordNeeded');
  return [...(await unlockWithPassword(keyFile, given.password)).all];
}

function restore(name: string | undefined, flags: Flags, locale: Locale, io: CliIo): Promise<number> {
  const file = requireDb(flags);
  if ((name === undefined) === !flags.undo)
    throw new UsageError('restore needs a backup name (see "backups"), or --undo');
  return restoreCommand(
    file,
    name,
    () => backupKeys(file, locale, io),
    () => open(file, io, locale, { mustExist: true }),
    locale,
    io,
  );
}

async function init(flags: Flags, locale: Locale, io: CliIo): Promise<number> {
  const file = requireDb(flags);
  if ((fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0) > 0) {
    io.stderr(`${translate(locale, 'errors.system.databaseExists', { file })}\n`);
    return 2;
  }
  const runtime = await open(file, io, locale);
  try {
    io.stdout(`Created ${file} (schema ${runtime.database.schemaVersion})\n`);
    return 0;
  } finally {
    runtime.close();
  }
}

async function fill(command: 'demo' | 'generate', flags: Flags, locale: Locale, io: CliIo): Promise<number> {
  const file = requireDb(flags);
  const count = Number(flags.clients ?? (command === 'demo' ? 30 : 3000));
  if (!Number.isInteger(count) || count < 1) throw new UsageError('--clients must be a positive whole number');
  const runtime = await open(file, io, locale);
  try {
    const started = Date.now();
    seedEmployer(runtime.dispatcher);
    const now = io.now?.() ?? new Date();
    runtime.database.sqlite.transaction(() => {
      const clients = seedClients(runtime.dispatcher, {
        clients: count,
        now,
        suspendedShare: command === 'demo' ? 0.12 : 0.05,
      });
      if (command === 'demo') {
        seedAgreements(runtime.dispatcher, clients, now);
        seedPastDays(runtime.database.db, clients, now);
        seedSignUps(runtime.dispatcher, clients, now);
      }
    })();
    io.stdout(`Filled ${file}: ${count} clients in ${Date.now() - started} ms\n`);
    return 0;
  } finally {
    runtime.close();
  }
}
