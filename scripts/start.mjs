// npm start: the desktop app when the Electron runtime is installed, otherwise
// browser mode (same renderer, same API) with a plain message saying so.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureNodeBuild, nodeDist, root } from './node-build.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(args) {
  const result = spawnSync(npx, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const electronDir = path.join(root, 'node_modules', 'electron');

/** The path of the Electron binary, or null when the runtime was not downloaded. */
function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

/** Electron fetches its runtime on first use; try once, briefly, unless told not to. */
function tryDownloadElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD || process.env.SHIFTBOOK_BROWSER === '1') return;
  if (!fs.existsSync(path.join(electronDir, 'install.js'))) return;
  console.log('Fetching the Electron runtime (once)…');
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
}

run(['vite', 'build', '--logLevel', 'warn']);
ensureNodeBuild();
if (!electronBinary()) tryDownloadElectron();
const binary = electronBinary();
if (binary && process.env.SHIFTBOOK_BROWSER !== '1') {
  const child = spawn(binary, ['.'], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    binary
      ? 'SHIFTBOOK_BROWSER=1: starting browser mode.'
      : 'The Electron runtime is not installed on this machine, so Shiftbook starts in browser mode instead.',
  );
  const child = spawn(process.execPath, [path.join(nodeDist, 'core', 'doors', 'browser-main.js')], {
    cwd: root,
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}
