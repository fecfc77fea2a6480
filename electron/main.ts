import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import type { DocumentFile } from '../core/contract/documents.js';
import type { ApiResult } from '../core/contract/errors.js';
import { isLocale, type Locale } from '../core/contract/i18n.js';
import { startFailureText } from '../core/doors/failures.js';
import { dataFilePath } from '../core/doors/paths.js';
import { noteOpened, openLockedRuntime } from '../core/doors/locked-runtime.js';
import { recordedBackupFolders, recordFilePath } from '../core/doors/record.js';
import { acceptRecovery, recoveryOffer } from '../core/doors/recovery.js';
import type { Runtime } from '../core/doors/runtime.js';
import type { Gate } from '../core/vault/index.js';
import { registerApi } from './ipc.js';
import { menuTemplate } from './menu.js';
import { electronText } from './messages.js';
import { rendererResponse } from './protocol.js';
import { afterRendererGone, guardNavigation } from './guards.js';
import { appHost, appOrigin, appScheme, mainWindowOptions } from './security.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Unpacked: the checkout root; packaged: resources shipped beside app.asar. */
const resources = app.isPackaged ? process.resourcesPath : path.resolve(here, '../../..');
const migrationsFolder = path.join(resources, app.isPackaged ? 'migrations' : 'db/migrations');
const fontsDir = path.join(resources, app.isPackaged ? 'fonts' : 'resources/fonts');
const rendererDir = path.join(app.getAppPath(), 'dist', 'renderer');
/** How often the running app checks whether today's backup and the printed-documents clean-up are due. */
const choresEveryMs = 60 * 60 * 1000;

protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;
let gate: Gate<Runtime> | null = null;
/** The open data, once the password was given (it stays open while locked, for the backup on quit). */
const opened = () => gate?.lock.opened() ?? null;
/** The record of opened data files: a lost file that held data is noticed even without its backups beside it. */
const record = { file: recordFilePath(process.env), report: (text: string) => console.error(text) };
/** The preferences' language, for dialogs the main process shows on its own. */
let currentLanguage: Locale = 'cs';

function languageOf(result: ApiResult<unknown> | undefined): Locale {
  const language = result?.ok ? (result.value as { language?: unknown }).language : undefined;
  return isLocale(language) ? language : 'cs';
}

function createWindow(): void {
  mainWindow = new BrowserWindow(mainWindowOptions(path.join(here, 'preload.cjs'), 'Shiftbook', app.isPackaged));
  const contents = mainWindow.webContents;
  guardNavigation(contents);
  contents.on('render-process-gone', (_event, details) => rendererGone(details.reason));
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(`${appOrigin}/`);
}

let rendererReloads: number[] = [];

/** A crashed window comes back with a word on what happened; one that keeps crashing is not looped. */
function rendererGone(reason: string): void {
  const { answer, reloads } = afterRendererGone(reason, Date.now(), rendererReloads);
  rendererReloads = reloads;
  if (answer === 'ignore' || !mainWindow) return;
  const lang = currentLanguage;
  if (answer === 'reload') mainWindow.webContents.reload();
  void dialog.showMessageBox(mainWindow, {
    type: answer === 'reload' ? 'warning' : 'error',
    message: electronText(lang, answer === 'reload' ? 'rendererReloaded' : 'rendererGaveUp'),
  });
}

/**
 * Printed documents go to the "printed" folder beside the data (not Documents,
 * which is often a synced cloud folder) and open in the system viewer.
 */
async function openDocument(file: DocumentFile): Promise<DocumentFile> {
  const folder = opened()?.printedDir ?? path.join(app.getPath('userData'), 'printed');
  await fs.mkdir(folder, { recursive: true });
  const target = path.join(folder, path.basename(file.fileName));
  await fs.writeFile(target, file.bytes ?? new Uint8Array());
  const problem = await shell.openPath(target);
  if (problem) console.error(`Could not open ${target}: ${problem}`);
  return { fileName: file.fileName, contentType: file.contentType, savedTo: target };
}

/** A failed copy on quit must not stop the quit; it is logged, and the data file itself is untouched. */
function backupOnQuit(): void {
  const runtime = opened();
  if (!runtime) return;
  try {
    runtime.backup('quit');
  } catch (error) {
    console.error('Backup on quit failed', error);
  }
  noteOpened(record, runtime);
}

/**
 * A lost, empty or damaged data file is not replaced by an empty database: the
 * coordinator is offered the newest good backup, and the app starts again on it.
 */
async function restoredInstead(error: unknown, dataFile: string): Promise<boolean> {
  const offer = recoveryOffer(error, [], recordedBackupFolders(record.file, dataFile));
  if (!offer) return false;
  const title = `${electronText('cs', 'startFailed')} / ${electronText('en', 'startFailed')}`;
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title,
    message: startFailureText(error),
    detail: `${electronText('cs', 'restoreOffer', { backup: offer.backup })}\n\n${electronText('en', 'restoreOffer', { backup: offer.backup })}`,
    buttons: [
      `${electronText('cs', 'restoreNewest')} / ${electronText('en', 'restoreNewest')}`,
      `${electronText('cs', 'quit')} / ${electronText('en', 'quit')}`,
    ],
    defaultId: 0,
    cancelId: 1,
  });
  if (response !== 0) return false;
  acceptRecovery(offer, new Date());
  app.relaunch();
  app.exit(0);
  return true;
}

/** Like the backup on quit, a failed daily backup is logged and the app goes on. */
function dailyChores(): void {
  const runtime = opened();
  if (!runtime) return;
  try {
    runtime.dailyChores();
  } catch (error) {
    console.error('Daily backup failed', error);
  }
  // Clients entered since the start count: from now on the file is expected to hold data.
  noteOpened(record, runtime);
}

/** The menu speaks the language of the preferences; it is built again when they change. */
function buildMenu(lang: Locale): void {
  currentLanguage = lang;
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(lang, {
        backupNow: () => void backupNow(lang),
        lockNow: () => {
          gate?.lock.lock();
          mainWindow?.webContents.reload();
        },
        openDataFolder: () => void shell.openPath(path.dirname(gate?.lock.keyFile ?? app.getPath('userData'))),
        about: () =>
          void dialog.showMessageBox({
            title: electronText(lang, 'about'),
            message: 'Shiftbook',
            detail: electronText(lang, 'aboutDetail', {
              version: app.getVersion(),
              file: opened()?.database.file ?? '',
            }),
          }),
      }),
    ),
  );
}

/** The same maintenance method as the other doors offer (system.backup). */
async function backupNow(lang: Locale): Promise<void> {
  const result = await gate?.run('system.backup', {}, { locale: lang });
  if (!result) return;
  const message = result.ok
    ? electronText(lang, 'backupDone', { file: (result.value as { file: string }).file })
    : result.error.message;
  await dialog.showMessageBox({ type: result.ok ? 'info' : 'error', message });
}

async function start(): Promise<void> {
  // The same choice as browser mode: SHIFTBOOK_DB, SHIFTBOOK_DATA_DIR, else Electron's own folder.
  const dataFile = dataFilePath(process.env, app.getPath('userData'));
  try {
    // Nothing is read before the unlock screen is answered (or the first password set).
    gate = await openLockedRuntime({ dataFile, migrationsFolder, fontsDir, version: app.getVersion() }, {}, record);
  } catch (error) {
    console.error(error);
    if (await restoredInstead(error, dataFile)) return;
    dialog.showErrorBox(
      `${electronText('cs', 'startFailed')} / ${electronText('en', 'startFailed')}`,
      startFailureText(error),
    );
    app.exit(1);
    return;
  }
  protocol.handle(appScheme, (request) => {
    const url = new URL(request.url);
    if (url.host !== appHost) return new Response('Not found', { status: 404 });
    return rendererResponse(rendererDir, request.url);
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  const api = gate;
  registerApi(ipcMain, api, () => mainWindow, {
    openDocument,
    answered: (method, result) => {
      if (method === 'settings.savePreferences' && result.ok) buildMenu(languageOf(result));
      // The language preference is inside the data: known once the lock opens.
      if ((method === 'vault.unlock' || method === 'vault.setup') && result.ok) {
        void api.run('settings.getPreferences', {}).then((preferences) => buildMenu(languageOf(preferences)));
      }
    },
  });
  buildMenu('cs');
  createWindow();
  dailyChores();
  setInterval(dailyChores, choresEveryMs).unref();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => {
    if (!gate) return;
    backupOnQuit();
    gate.lock.close();
    gate = null;
  });
  void app.whenReady().then(start);
}
