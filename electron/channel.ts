/** The one IPC channel; the preload and the main process both import this name. */
export const apiChannel = 'shiftbook:api';
