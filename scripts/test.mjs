// npm test: format, lint, types, the renderer build, then every vitest test
// (rules on the real database, documents through pdftotext, flows in Chromium).
// Ends with one plain line "N passed, N failed", also kept in test-output/summary.txt.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'test-output');
fs.mkdirSync(out, { recursive: true });
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const only = process.argv.slice(2);

function step(name, args) {
  const started = Date.now();
  const result = spawnSync(npx, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  const ok = result.status === 0;
  console.log(`${ok ? '✓' : '✗'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

let passed = 0;
let failed = 0;
const checks = [
  ['format', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['lint', ['eslint', '--max-warnings', '0', '.']],
  ['types', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['renderer types', ['tsc', '-p', 'renderer/tsconfig.json', '--noEmit']],
  ['renderer build', ['vite', 'build', '--logLevel', 'warn']],
];
for (const [name, args] of only.length > 0 ? [] : checks) {
  if (step(name, args)) passed += 1;
  else failed += 1;
}

const report = path.join(out, 'vitest.json');
fs.rmSync(report, { force: true });
step('vitest', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...only]);
if (fs.existsSync(report)) {
  const results = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A test file that cannot even load counts as a failure, not as silence.
  failed += results.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
} else {
  failed += 1;
}
const summary = `${passed} passed, ${failed} failed`;
fs.writeFileSync(path.join(out, 'summary.txt'), `${summary}\n`);
console.log(summary);
process.exit(failed > 0 ? 1 : 0);
