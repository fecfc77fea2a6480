/** Czech texts of the screens: data, backups, restore and printed documents. */
export const csData = {
  data: {
    title: 'Data a zálohy',
    backups: {
      title: 'Zálohy',
      intro:
        'Záloha se dělá sama při ukončení aplikace, jednou denně za běhu, před aktualizací a před každou obnovou. Každá se po zapsání ověří. Uchovává se každý den za dva týdny a jedna za měsíc po dobu roku; poslední záloha s daty se nesmaže nikdy.',
      folder: 'Složka se zálohami: {{folder}}',
      backupNow: 'Zálohovat teď',
      done: 'Záloha je uložená a ověřená.',
      secondFolderProblem:
        'Kopie do druhé složky {{folder}} se nepodařila (chybí, nebo je plná). Záloha v počítači je v pořádku.',
      secondFolderMissing: 'Druhá složka {{folder}} teď není dostupná (není připojený disk?).',
      empty: 'Zatím tu není žádná záloha.',
      taken: 'Kdy',
      kind: 'Druh',
      size: 'Velikost',
      holds: 'Obsahuje',
      holdsText: 'klientů: {{clients}}, dohod: {{agreements}}, měsíců s prací: {{workMonths}}',
      unreadable: 'nejde otevřít',
      copied: 'i ve druhé složce',
      restore: 'Obnovit',
      restoreLabel: 'Obnovit zálohu z {{date}}',
      kinds: {
        quit: 'při ukončení',
        daily: 'denní',
        manual: 'ruční',
        'before-migration': 'před aktualizací',
        'before-restore': 'před obnovou',
        damaged: 'poškozený soubor',
      },
    },
    restore: {
      title: 'Obnovit data ze zálohy?',
      what: 'Data v aplikaci nahradí záloha z {{date}}. Obsahuje klientů: {{clients}}, dohod: {{agreements}}, měsíců s prací: {{workMonths}}.',
      lost: 'Co se zapsalo po tomto okamžiku, v aplikaci nebude.',
      keptAside:
        'Dnešní data se nejdřív uloží jako záloha „před obnovou“. Když se obnova ukáže jako chyba, tlačítko „Vrátit obnovu“ je vrátí zpět.',
      confirm: 'Obnovit',
      done: 'Data jsou obnovená ze zálohy z {{date}}. Předchozí stav je uložený a lze ho vrátit.',
      undoTitle: 'Vrátit poslední obnovu',
      undoText: 'Data, jaká byla před poslední obnovou ({{date}}), lze vrátit zpět.',
      undo: 'Vrátit obnovu',
      undone: 'Data jsou zase taková, jaká byla před obnovou.',
    },
    settings: {
      title: 'Kam ještě zálohovat a jak dlouho držet tisky',
      secondFolderHint:
        'Např. USB disk. Každá záloha se zkopíruje i sem. Nepoužívejte složku synchronizovanou do cloudu (OneDrive, Dropbox, Google Disk).',
      printedKeepDaysHint: 'Prázdné: vytištěné dokumenty se nemažou samy.',
    },
    printed: {
      title: 'Vytištěné dokumenty',
      intro:
        'Dokumenty, které aplikace uloží k tisku, jsou v této složce. Obsahují osobní údaje: po vytištění je tu nenechávejte déle, než je třeba.',
      folder: 'Složka: {{folder}}',
      none: 'Složka je prázdná.',
      count_one: '{{count}} dokument',
      count_few: '{{count}} dokumenty',
      count_many: '{{count}} dokumentu',
      count_other: '{{count}} dokumentů',
      clearAll: 'Smazat všechny',
      clearOld: 'Smazat starší než 30 dní',
      confirmAll: 'Smazat všechny vytištěné dokumenty ze složky? Papíry, které už máte, to nezmění.',
      removed_one: 'Smazán {{count}} dokument.',
      removed_few: 'Smazány {{count}} dokumenty.',
      removed_many: 'Smazáno {{count}} dokumentu.',
      removed_other: 'Smazáno {{count}} dokumentů.',
      notSaved: 'V prohlížeči se dokumenty ukládají do složky Stažené soubory prohlížeče, ne sem.',
    },
  },
};
