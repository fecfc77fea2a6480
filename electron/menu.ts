import type { MenuItemConstructorOptions } from 'electron';
import type { Locale } from '../core/contract/i18n.js';
import { electronText } from './messages.js';

export interface MenuActions {
  backupNow(): void;
  lockNow(): void;
  openDataFolder(): void;
  about(): void;
}

/** The application menu; roles give the platform's own shortcuts (copy, paste, zoom, quit). */
export function menuTemplate(locale: Locale, actions: MenuActions): MenuItemConstructorOptions[] {
  const t = (key: Parameters<typeof electronText>[1]) => electronText(locale, key);
  return [
    {
      label: t('file'),
      submenu: [
        { label: t('backupNow'), accelerator: 'CmdOrCtrl+Shift+B', click: () => actions.backupNow() },
        { label: t('openDataFolder'), click: () => actions.openDataFolder() },
        { label: t('lockNow'), accelerator: 'CmdOrCtrl+Shift+L', click: () => actions.lockNow() },
        { type: 'separator' },
        { role: 'quit', label: t('quit') },
      ],
    },
    {
      label: t('edit'),
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: t('view'),
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: t('window'), submenu: [{ role: 'minimize' }, { role: 'close' }] },
    { label: t('help'), submenu: [{ label: t('about'), click: () => actions.about() }] },
  ];
}
