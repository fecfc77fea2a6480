import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { backupFailureText, startFailureText } from './failures.js';
import { firstScreenDrawer } from './first-screen.js';
import { startBridge } from './http.js';
import { noteOpened } from './locked-runtime.js';
import { openDoor } from './opening.js';
import { checkoutPaths, dataFilePath } from './paths.js';
import { recordFilePath } from './record.js';

/**
 * Browser mode: the built renderer and the API on 127.0.0.1, for machines
 * without the Electron runtime and for end-to-end tests.
 */
const paths = checkoutPaths(path.dirname(fileURLToPath(import.meta.url)));
const dataFile = dataFilePath();
const port = Number(process.env.SHIFTBOOK_PORT ?? 4317);

const record = { file: recordFilePath(process.env), report: (text: string) => console.error(text) };

let door;
try {
  door = await openDoor(
    {
      dataFile,
      migrationsFolder: paths.migrationsFolder,
      fontsDir: paths.fontsDir,
      version: paths.version,
    },
    process.env,
    record,
  );
} catch (error) {
  console.error(startFailureText(error));
  process.exit(1);
}
const opened = door;
// The page shows it too, with what to do and the backup to restore; the terminal says it for whoever reads there.
if (opened.failure() !== null) console.error(startFailureText(opened.failure()));

const doorOptions = {
  dispatcher: opened,
  staticDir: paths.rendererDir,
  drawFirstScreen: await firstScreenDrawer(paths.rendererDir),
};
const bridge = await startBridge(doorOptions, port).catch(async (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.warn(`Port ${port} is taken; using a free one.`);
  return startBridge(doorOptions, 0);
});

// A backup each day while running (and unlocked), as the desktop app does; a failure is told, not fatal.
const chores = () => {
  const runtime = opened.gate()?.lock.opened();
  if (!runtime) return;
  try {
    runtime.dailyChores();
  } catch (error) {
    console.error(backupFailureText(error));
  }
  // Data entered since the start counts: a file that gained its first clients is expected from now on.
  noteOpened(record, runtime);
};
chores();
const choresTimer = setInterval(chores, 60 * 60 * 1000);

// Ctrl+C, `kill` and a closed terminal all back up and close the database
// before exiting, so the data file is left without a pending write-ahead log.
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  clearInterval(choresTimer);
  void bridge.close().then(() => {
    // While locked there is no key in memory, so no backup can be taken.
    const runtime = opened.gate()?.lock.opened();
    try {
      runtime?.backup('quit');
    } catch (error) {
      console.error(backupFailureText(error));
    }
    if (runtime) noteOpened(record, runtime);
    opened.close();
    process.exit(0);
  });
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);

// The address is printed only once the handlers are in place: whoever reads it
// (a person or a test) may stop the server the moment it appears.
console.log(`Shiftbook runs in browser mode.`);
// The address carries the one-time token: only who reads this terminal gets in without the password.
console.log(`  Open:  ${bridge.openUrl}`);
console.log(`  Data:  ${dataFile}`);
console.log(`  Stop:  Ctrl+C`);
