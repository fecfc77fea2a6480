import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Dispatcher } from '../core/api/dispatcher.js';
import type { ApiResult } from '../core/contract/errors.js';
import { isDocumentFile, type DocumentFile } from '../core/contract/documents.js';
import { isLocale } from '../core/contract/i18n.js';
import { apiChannel } from './channel.js';
import { isTrustedSender } from './security.js';

/** Shows a document to the user (the system viewer) and says where it was saved, without the bytes. */
export type OpenDocument = (file: DocumentFile) => Promise<DocumentFile>;

export interface ApiHooks {
  openDocument: OpenDocument;
  /** Told of every answered call, e.g. to rebuild the native menu after a language change. */
  answered?: (method: string, result: ApiResult<unknown>) => void;
}

/**
 * Registers the single API channel; senders other than our window's main frame
 * are refused. `dispatcher` is the lock's gate, so a locked app answers only unlocking.
 */
export function registerApi(
  ipcMain: IpcMain,
  dispatcher: Pick<Dispatcher, 'run'>,
  mainWindow: () => BrowserWindow | null,
  hooks: ApiHooks,
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
    const name = String(method);
    const result = await dispatcher.run(name, input, { locale: isLocale(locale) ? locale : 'cs' });
    hooks.answered?.(name, result);
    if (result.ok && isDocumentFile(result.value)) return { ok: true, value: await hooks.openDocument(result.value) };
    return result;
  });
}
