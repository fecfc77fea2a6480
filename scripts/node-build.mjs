// The Node side (core/, db/, electron/) compiled to dist/node, rebuilt only when
// a source or a tsconfig is newer than the last build. The command line, browser
// mode and the desktop app run this JavaScript, not TypeScript through a loader.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const nodeDist = path.join(root, 'dist', 'node');
const stamp = path.join(nodeDist, '.built');
const sourceDirs = ['core', 'db', 'electron'];
const configFiles = ['tsconfig.base.json', 'tsconfig.json', 'tsconfig.node.json', 'package.json'];

function newestSource() {
  let newest = Math.max(...configFiles.map((name) => fs.statSync(path.join(root, name)).mtimeMs));
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.c?ts$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  for (const dir of sourceDirs) walk(path.join(root, dir));
  return newest;
}

/** Builds dist/node when it is missing or older than its sources; exits with tsc's status if that fails. */
export function ensureNodeBuild() {
  const built = fs.statSync(stamp, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (built >= newestSource()) return;
  process.stderr.write('Compiling Shiftbook (once after each change)…\n');
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  // tsc reports on stdout; send it to stderr so a command's own output stays clean.
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.node.json'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(stamp, new Date().toISOString());
}
