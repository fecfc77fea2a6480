// A sandboxed preload is CommonJS and may only require('electron').
// eslint-disable-next-line @typescript-eslint/no-require-imports
import electron = require('electron');

const { contextBridge, ipcRenderer } = electron;

// A sandboxed preload cannot import our ES modules, so the channel name is
// repeated here; electron/channel.ts holds the same value and a test compares them.
const apiChannel = 'shiftbook:api';

/**
 * The renderer's only way out: one function that calls one contract method.
 * No channel names, no ipcRenderer, no Node reach the page.
 */
contextBridge.exposeInMainWorld('shiftbook', {
  call: (method: string, input: unknown, locale: string): Promise<unknown> =>
    ipcRenderer.invoke(apiChannel, method, input, locale),
});
