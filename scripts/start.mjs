// npm start: the desktop app when the Electron runtime is installed, otherwise
// browser mode (same renderer, same API) with a plain message saying so.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setInterval } from 'node:timers';
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
const useElectron = binary && process.env.SHIFTBOOK_BROWSER !== '1';
if (!useElectron) {
  console.log(
    binary
      ? 'SHIFTBOOK_BROWSER=1: starting browser mode.'
      : 'The Electron runtime is not installed on this machine, so Shiftbook starts in browser mode instead.',
  );
}
const child = useElectron
  ? spawn(binary, ['.'], { cwd: root, stdio: 'inherit' })
  : spawn(process.execPath, [path.join(nodeDist, 'core', 'doors', 'browser-main.js')], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

/** The app closes its database on the signal it gets; a second request is not sent twice. */
let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  child.kill(signal);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));

// `npm start` runs this script under `sh -c`, and a SIGTERM sent to npm ends
// that shell without reaching us: without this watch the server would keep
// running and keep the database open. A changed parent means we were left behind.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop('SIGTERM');
}, 500).unref();
