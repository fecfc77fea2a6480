import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { runCli } from './cli.js';
import { passwordFromEnvironment } from './password-prompt.js';
import { checkoutPaths } from './paths.js';
import { recordFilePath } from './record.js';

/** A yes/no on the terminal; anything but yes is no. */
async function confirm(question: string): Promise<boolean> {
  const terminal = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^\s*[ay]/i.test(await terminal.question(question));
  } finally {
    terminal.close();
  }
}

const paths = checkoutPaths(path.dirname(fileURLToPath(import.meta.url)));
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => fs.readFileSync(0, 'utf8'),
  migrationsFolder: paths.migrationsFolder,
  fontsDir: paths.fontsDir,
  version: paths.version,
  password: passwordFromEnvironment(process.env),
  record: recordFilePath(process.env),
  ...(process.stdin.isTTY && process.stderr.isTTY ? { confirm } : {}),
});
