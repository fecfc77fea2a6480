import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Dispatcher } from '../core/api/dispatcher.js';
import { isDocumentFile, type DocumentFile } from '../core/contract/documents.js';
import { isLocale } from '../core/contract/i18n.js';
import { apiChannel } from './channel.js';
import { isTrustedSender } from './security.js';

/** Shows a printed document to the user (the system PDF viewer) and says where it was saved. */
export type OpenDocument = (file: DocumentFile) => Promise<DocumentFile>;

/** Registers the single API channel; senders other than our window's main frame are refused. */
export function registerApi(
  ipcMain: IpcMain,
  dispatcher: Dispatcher,
  mainWindow: () => BrowserWindow | null,
  openDocument: OpenDocument,
): void {
  ipcMain.handle(apiChannel, async (event: IpcMainInvokeEvent, method: unknown, input: unknown, locale: unknown) => {
    const window = mainWindow();
    const frame = event.senderFrame;
    const trusted = isTrustedSender({
      frameUrl: frame?.url,
      isMainFrame: frame !== null && frame.parent === null,
      isOwnWindow: window !== null && event.sender === window.webContents,
    });
    if (!trusted) throw new Error('Refused: the sender is not the app window');
    const result = await dispatcher.run(String(method), input, { locale: isLocale(locale) ? locale : 'cs' });
    if (result.ok && isDocumentFile(result.value)) return { ok: true, value: await openDocument(result.value) };
    return result;
  });
}
