import type { BrowserWindowConstructorOptions } from 'electron';

/** The renderer is served from this privileged scheme, never from file:// or the network. */
export const appScheme = 'app';
export const appHost = 'shiftbook';
export const appOrigin = `${appScheme}://${appHost}`;

export interface SenderFacts {
  /** URL of the frame that sent the message, if it still exists. */
  frameUrl: string | undefined;
  /** The frame is its page's top frame (not an iframe). */
  isMainFrame: boolean;
  /** The sending page is our own main window. */
  isOwnWindow: boolean;
}

/**
 * IPC is answered only for our own window's main frame showing our own origin.
 * The URL is parsed, not substring-matched, so "app://shiftbook.evil" fails.
 */
export function isTrustedSender(facts: SenderFacts): boolean {
  if (!facts.isOwnWindow || !facts.isMainFrame || facts.frameUrl === undefined) return false;
  let url: URL;
  try {
    url = new URL(facts.frameUrl);
  } catch {
    return false;
  }
  return url.protocol === `${appScheme}:` && url.host === appHost;
}

/** Navigation stays inside the app; everything else is refused. */
export function isAllowedNavigation(target: string): boolean {
  return isTrustedSender({ frameUrl: target, isMainFrame: true, isOwnWindow: true });
}

/**
 * DevTools can be switched on by SHIFTBOOK_DEVTOOLS=1 only in an unpackaged
 * checkout: in a release anyone at the shared PC could set the variable and
 * read the decrypted data through the console.
 */
export function mainWindowOptions(
  preloadPath: string,
  title: string,
  packaged: boolean,
): BrowserWindowConstructorOptions {
  return {
    title,
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    show: false,
    backgroundColor: '#f8f9fa',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: !packaged && process.env.SHIFTBOOK_DEVTOOLS === '1',
    },
  };
}

export { contentSecurityPolicy } from '../core/doors/security.js';
