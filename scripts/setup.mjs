// npm run setup: everything the app and its tests need on a fresh machine.
// npm packages always; on Debian as root also the system tools the tests use
// (Chromium for browser tests, poppler for reading PDFs). Safe to run again.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'node_modules', '.shiftbook-setup');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function sh(command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32',
  });
  return result.status === 0;
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

const lockHash = crypto
  .createHash('sha256')
  .update(fs.readFileSync(path.join(root, 'package-lock.json')))
  .digest('hex');
if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === lockHash) {
  console.log('npm packages are installed and up to date.');
} else {
  console.log('Installing npm packages (the SQLite drivers build from source; this takes a few minutes)…');
  // The Electron runtime is fetched on first start, where the network allows it.
  if (!sh(npm, ['ci', '--no-audit', '--no-fund'], { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })) process.exit(1);
  fs.writeFileSync(stamp, lockHash);
}

if (process.platform === 'linux') {
  const missing = [];
  if (!fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) missing.push('chromium');
  if (!has('pdftotext') || !has('pdftoppm')) missing.push('poppler-utils');
  if (missing.length > 0) {
    const canInstall = has('apt-get') && process.getuid?.() === 0;
    if (canInstall) {
      console.log(`Installing system packages for the tests: ${missing.join(', ')}`);
      if (!sh('apt-get', ['update', '-qq']) || !sh('apt-get', ['install', '-y', '-qq', ...missing])) process.exit(1);
    } else {
      console.warn(`The tests also need: ${missing.join(', ')} (install them with your package manager).`);
    }
  }
}
console.log('Setup done. Start the app with: npm start — run the tests with: npm test');
