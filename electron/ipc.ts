import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Dispatcher } from '../core/api/dispatcher.js';
import { isLocale } from '../core/contract/i18n.js';
import { apiChannel } from './channel.js';
import { isTrustedSender } from './security.js';

/** Registers the single API channel; senders other than our window's main frame are refused. */
export function registerApi(ipcMain: IpcMain, dispatcher: Dispatcher, mainWindow: () => BrowserWindow | null): void {
  ipcMain.handle(apiChannel, (event: IpcMainInvokeEvent, method: unknown, input: unknown, locale: unknown) => {
    const window = mainWindow();
    const frame = event.senderFrame;
    const trusted = isTrustedSender({
      frameUrl: frame?.url,
      isMainFrame: frame !== null && frame.parent === null,
      isOwnWindow: window !== null && event.sender === window.webContents,
    });
    if (!trusted) throw new Error('Refused: the sender is not the app window');
    return dispatcher.call(String(method), input, { locale: isLocale(locale) ? locale : 'cs' });
  });
}
