import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './cli.js';
import { passwordFromEnvironment } from './password-prompt.js';
import { checkoutPaths } from './paths.js';

const paths = checkoutPaths(path.dirname(fileURLToPath(import.meta.url)));
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => fs.readFileSync(0, 'utf8'),
  migrationsFolder: paths.migrationsFolder,
  fontsDir: paths.fontsDir,
  version: paths.version,
  password: passwordFromEnvironment(process.env),
});
