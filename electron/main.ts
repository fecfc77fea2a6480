import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import type { DocumentFile } from '../core/contract/documents.js';
import { isLocale, type Locale, translate } from '../core/contract/i18n.js';
import { dataFileName } from '../core/doors/paths.js';
import { openRuntime, type Runtime } from '../core/doors/runtime.js';
import { backupDatabase, MigrationError, pruneBackups } from '../db/open.js';
import { registerApi } from './ipc.js';
import { menuTemplate } from './menu.js';
import { electronText } from './messages.js';
import { rendererResponse } from './protocol.js';
import { appHost, appOrigin, appScheme, isAllowedNavigation, mainWindowOptions } from './security.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Unpacked: the checkout root; packaged: resources shipped beside app.asar. */
const resources = app.isPackaged ? process.resourcesPath : path.resolve(here, '../../..');
const migrationsFolder = path.join(resources, app.isPackaged ? 'migrations' : 'db/migrations');
const fontsDir = path.join(resources, app.isPackaged ? 'fonts' : 'resources/fonts');
const rendererDir = path.join(app.getAppPath(), 'dist', 'renderer');
const keepQuitBackups = 10;

protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;
let runtime: Runtime | null = null;

function locale(): Locale {
  const result = runtime?.dispatcher.call('settings.getPreferences', {});
  const language = result?.ok ? (result.value as { language: string }).language : 'cs';
  return isLocale(language) ? language : 'cs';
}

function createWindow(): void {
  mainWindow = new BrowserWindow(mainWindowOptions(path.join(here, 'preload.cjs'), 'Shiftbook'));
  const contents = mainWindow.webContents;
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(`${appOrigin}/`);
}

/** Printed documents go to the user's Documents/Shiftbook folder and open in the system viewer. */
async function openDocument(file: DocumentFile): Promise<DocumentFile> {
  const folder = path.join(app.getPath('documents'), 'Shiftbook');
  await fs.mkdir(folder, { recursive: true });
  const target = path.join(folder, path.basename(file.fileName));
  await fs.writeFile(target, Buffer.from(file.base64 ?? '', 'base64'));
  const problem = await shell.openPath(target);
  if (problem) console.error(`Could not open ${target}: ${problem}`);
  return { fileName: file.fileName, contentType: file.contentType, savedTo: target };
}

function backupNow(label: string): string | null {
  if (!runtime) return null;
  const file = backupDatabase(runtime.database.sqlite, runtime.backupDir, label, new Date());
  pruneBackups(runtime.backupDir, label, keepQuitBackups);
  return file;
}

function buildMenu(): void {
  const lang = locale();
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(lang, {
        backupNow: () => {
          const file = backupNow('manual');
          if (file) void dialog.showMessageBox({ message: electronText(lang, 'backupDone', { file }) });
        },
        openDataFolder: () => void shell.openPath(app.getPath('userData')),
        about: () =>
          void dialog.showMessageBox({
            title: electronText(lang, 'about'),
            message: 'Shiftbook',
            detail: electronText(lang, 'aboutDetail', {
              version: app.getVersion(),
              file: runtime?.database.file ?? '',
            }),
          }),
      }),
    ),
  );
}

function start(): void {
  const dataFile = path.join(app.getPath('userData'), dataFileName);
  try {
    runtime = openRuntime({ dataFile, migrationsFolder, fontsDir, version: app.getVersion() });
  } catch (error) {
    // The preference lives in the database we could not open, so say it in both languages.
    const text =
      error instanceof MigrationError
        ? (['cs', 'en'] as const).map((l) => translate(l, `errors.${error.code}`, error.detail)).join('\n\n')
        : String(error);
    dialog.showErrorBox(`${electronText('cs', 'startFailed')} / ${electronText('en', 'startFailed')}`, text);
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
  registerApi(ipcMain, runtime.dispatcher, () => mainWindow, openDocument);
  buildMenu();
  createWindow();
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
    if (!runtime) return;
    backupNow('quit');
    runtime.close();
    runtime = null;
  });
  void app.whenReady().then(start);
}
