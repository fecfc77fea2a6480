import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isDocumentFile } from '../contract/documents.js';
import { contract } from '../contract/index.js';
import { isLocale, type Locale } from '../contract/i18n.js';
import { seedAgreements } from '../demo/agreements.js';
import { seedSignUps } from '../demo/schedule.js';
import { seedClients, seedEmployer } from '../demo/seed.js';
import { MigrationError } from '../../db/open.js';
import { openRuntime } from './runtime.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
  migrationsFolder: string;
  fontsDir: string;
  version: string;
  now?: () => Date;
}

const usage = `Shiftbook command line

  methods                                   list every method with its input JSON Schema
  call <method> [json|-] --db <file>        call one method; prints the JSON result
       [--lang cs|en] [--out <file>]        (json "-" reads standard input)
  demo --db <file>                          fill a database with ~30 demo clients, an employer, agreements and next week's sign-ups
  generate --db <file> [--clients 3000]     a large database for benchmarks
  help                                      this text

Exit codes: 0 done, 1 the call was refused (message on stderr), 2 wrong usage.`;

interface Parsed {
  positional: string[];
  flags: Map<string, string>;
}

function parseArgs(argv: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      const value = inline ?? argv[i + 1];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      if (inline === undefined) i += 1;
      flags.set(name, value);
    } else {
      positional.push(arg);
    }
  }
  return { positional, flags };
}

class UsageError extends Error {}

/** The command-line door. Resolves to the process exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(parseArgs(argv), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${usage}\n`);
      return 2;
    }
    if (error instanceof MigrationError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

async function run({ positional, flags }: Parsed, io: CliIo): Promise<number> {
  const [command, ...rest] = positional;
  const lang = flags.get('lang') ?? 'cs';
  if (!isLocale(lang)) throw new UsageError(`--lang must be cs or en, not "${lang}"`);
  switch (command) {
    case undefined:
    case 'help':
      io.stdout(`${usage}\n`);
      return 0;
    case 'methods':
      io.stdout(`${JSON.stringify(describeMethods(), null, 2)}\n`);
      return 0;
    case 'call':
      return call(rest, flags, lang, io);
    case 'demo':
    case 'generate':
      return fill(command, flags, io);
    default:
      throw new UsageError(`Unknown command "${command}"`);
  }
}

export function describeMethods() {
  return Object.entries(contract).map(([name, def]) => ({
    name,
    write: def.write,
    summary: def.summary,
    input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }),
  }));
}

function requireDb(flags: Map<string, string>): string {
  const db = flags.get('db');
  if (!db) throw new UsageError('Say which database file to use: --db <file>');
  return path.resolve(db);
}

async function call(args: string[], flags: Map<string, string>, locale: Locale, io: CliIo): Promise<number> {
  const [method, json] = args;
  if (!method) throw new UsageError('call needs a method name (see "methods")');
  const file = requireDb(flags);
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
  const runtime = openRuntime({
    dataFile: file,
    migrationsFolder: io.migrationsFolder,
    fontsDir: io.fontsDir,
    version: io.version,
    actor: 'cli',
    ...(io.now ? { now: io.now } : {}),
  });
  try {
    const result = await runtime.dispatcher.run(method, input, { locale });
    if (!result.ok) {
      const where = result.error.field ? ` [${result.error.field}]` : '';
      io.stderr(`${result.error.message} (${result.error.code}${where})\n`);
      return 1;
    }
    const out = flags.get('out');
    if (isDocumentFile(result.value)) {
      if (!out) {
        io.stderr(`${method} prints a document: say where to write it with --out <file.pdf>\n`);
        return 2;
      }
      fs.writeFileSync(out, Buffer.from(result.value.base64 ?? '', 'base64'));
      io.stdout(`${JSON.stringify({ fileName: result.value.fileName, savedTo: path.resolve(out) }, null, 2)}\n`);
      return 0;
    }
    const output = `${JSON.stringify(result.value, null, 2)}\n`;
    if (out) fs.writeFileSync(out, output);
    else io.stdout(output);
    return 0;
  } finally {
    runtime.close();
  }
}

function fill(command: 'demo' | 'generate', flags: Map<string, string>, io: CliIo): number {
  const file = requireDb(flags);
  const count = Number(flags.get('clients') ?? (command === 'demo' ? 30 : 3000));
  if (!Number.isInteger(count) || count < 1) throw new UsageError('--clients must be a positive whole number');
  const runtime = openRuntime({
    dataFile: file,
    migrationsFolder: io.migrationsFolder,
    fontsDir: io.fontsDir,
    version: io.version,
    actor: 'cli',
    ...(io.now ? { now: io.now } : {}),
  });
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
        seedSignUps(runtime.dispatcher, clients, now);
      }
    })();
    io.stdout(`Filled ${file}: ${count} clients in ${Date.now() - started} ms\n`);
    return 0;
  } finally {
    runtime.close();
  }
}
