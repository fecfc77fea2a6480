import type { Locale } from '../core/contract/i18n.js';

/** Texts of the native menu and dialogs (the renderer has its own catalogue). */
export const electronMessages = {
  cs: {
    file: 'Soubor',
    backupNow: 'Zálohovat data…',
    openDataFolder: 'Otevřít složku s daty',
    lockNow: 'Zamknout',
    quit: 'Ukončit',
    edit: 'Úpravy',
    view: 'Zobrazení',
    window: 'Okno',
    help: 'Nápověda',
    about: 'O aplikaci Shiftbook',
    aboutDetail: 'Verze {{version}}\nData: {{file}}',
    backupDone: 'Záloha uložena do {{file}}',
    startFailed: 'Shiftbook se nemůže spustit',
    alreadyRunning: 'Shiftbook už běží.',
    rendererReloaded:
      'Okno aplikace neočekávaně spadlo, a tak bylo znovu načteno. Všechno uložené zůstalo; úpravu, kterou jste právě neuložili, zadejte znovu.',
    rendererGaveUp:
      'Okno aplikace opakovaně padá. Uložená data jsou v pořádku. Ukončete Shiftbook a spusťte ho znovu; pokud potíže trvají, obnovte poslední zálohu.',
    restoreOffer:
      'Nejnovější dobrá záloha: {{backup}}. Obnovit ji? Soubor, který tam teď je, se odloží stranou beze změny.',
    restoreNewest: 'Obnovit zálohu',
  },
  en: {
    file: 'File',
    backupNow: 'Back up data…',
    openDataFolder: 'Open data folder',
    lockNow: 'Lock',
    quit: 'Quit',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    about: 'About Shiftbook',
    aboutDetail: 'Version {{version}}\nData: {{file}}',
    backupDone: 'Backup saved to {{file}}',
    startFailed: 'Shiftbook cannot start',
    alreadyRunning: 'Shiftbook is already running.',
    rendererReloaded:
      'The app window crashed unexpectedly, so it was loaded again. Everything saved is still there; enter again a change you had not saved yet.',
    rendererGaveUp:
      'The app window keeps crashing. The saved data is fine. Quit Shiftbook and start it again; if the problem stays, restore the latest backup.',
    restoreOffer: 'The newest good backup: {{backup}}. Restore it? The file there now is kept aside unchanged.',
    restoreNewest: 'Restore the backup',
  },
} satisfies Record<Locale, Record<string, string>>;

export type ElectronMessageKey = keyof (typeof electronMessages)['cs'];

export function electronText(locale: Locale, key: ElectronMessageKey, params: Record<string, string> = {}): string {
  return electronMessages[locale][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? '');
}
