/** Czech texts of the screen shown when the data file cannot be opened. */
export const csOpening = {
  errors: {
    databaseLostRecorded:
      'Soubor s daty {{file}} chybí nebo je prázdný, ale Shiftbook v něm naposledy měl data (podle svého záznamu otevřených souborů, nebo tento záznam je poškozený). Proto nezačne s prázdnou databází místo něj. Nic nebylo změněno. Zjistěte, kam se soubor poděl, nebo obnovte zálohu.',
    cannotOpen:
      'Soubor s daty {{file}} nejde otevřít, proto Shiftbook neodpovídá na nic jiného. Co se stalo a co dělat, ukazuje jeho stránka (adresa vypsaná při spuštění).',
    nothingToRecover: 'Soubor s daty je otevřený; není co obnovovat.',
    offerChanged: 'Nabízená záloha už není „{{name}}“. Načtěte stránku znovu a podívejte se, co se nabízí teď.',
  },
  texts: {
    unchanged: 'V souboru se nic nezměnilo a nic se do něj nezapíše.',
    lost: {
      title: 'Soubor s daty chybí',
      what: 'Soubor {{file}} chybí nebo je prázdný, ale Shiftbook v něm naposledy měl data. Proto nezačal s prázdnou databází místo něj.',
      todo: 'Zjistěte, kam se soubor poděl (přesunutá složka, odpojený disk, synchronizovaná složka). Jinak obnovte nejnovější dobrou zálohu.',
    },
    damaged: {
      title: 'Soubor s daty je poškozený',
      what: 'Kontrola databáze našla v souboru {{file}} chyby.',
      todo: 'Obnovte nejnovější dobrou zálohu. Poškozený soubor se odloží do složky záloh, nic se nesmaže.',
    },
    notADatabase: {
      title: 'Tohle není soubor s daty Shiftbooku',
      what: 'Soubor {{file}} není databáze Shiftbooku, nebo je poškozený tak, že nejde přečíst.',
      todo: 'Zkontrolujte cestu k souboru (SHIFTBOOK_DB), nebo obnovte nejnovější dobrou zálohu.',
    },
    newerVersion: {
      title: 'Data jsou z novější verze',
      what: 'Soubor {{file}} zapsala novější verze Shiftbooku; tato verze s ním nemůže bezpečně pracovat.',
      todo: 'Nainstalujte novější verzi Shiftbooku (tu, která soubor naposledy otevřela). Starší záloha by přišla o novější práci, proto se žádná nenabízí.',
    },
    wrongPassword: {
      title: 'Heslo není správné',
      what: 'Heslo z proměnné SHIFTBOOK_PASSWORD neotevře soubor {{file}}.',
      todo: 'Spusťte Shiftbook znovu se správným heslem v SHIFTBOOK_PASSWORD, nebo bez této proměnné a heslo napište na obrazovce pro odemčení.',
    },
    readOnly: {
      title: 'Do souboru s daty nelze zapisovat',
      what: 'Do souboru {{file}} nebo do jeho složky nelze zapisovat (jen pro čtení).',
      todo: 'Zkontrolujte oprávnění souboru a složky (a zda disk není chráněný proti zápisu), pak Shiftbook spusťte znovu.',
    },
    diskFull: {
      title: 'Disk je plný',
      what: 'Na disku se souborem {{file}} není místo.',
      todo: 'Uvolněte místo na disku, pak Shiftbook spusťte znovu.',
    },
    keyFileMissing: {
      title: 'Chybí soubor s klíčem',
      what: 'Soubor {{file}} je zašifrovaný, ale vedle něj chybí jeho soubor s klíčem (shiftbook.key).',
      todo: 'Vraťte soubor s klíčem vedle souboru s daty (je i u záloh), pak Shiftbook spusťte znovu.',
    },
    other: {
      title: 'Soubor s daty nejde otevřít',
      what: 'Shiftbook nemůže otevřít soubor {{file}}.',
      todo: 'Přečtěte si důvod níže. Když nepomůže spustit Shiftbook znovu, obnovte data ze zálohy.',
    },
    backup: {
      title: 'Nejnovější dobrá záloha',
      takenAt: 'Pořízena {{date}}',
      clients_one: '{{count}} klient',
      clients_few: '{{count}} klienti',
      clients_many: '{{count}} klienta',
      clients_other: '{{count}} klientů',
      agreements_one: '{{count}} dohoda',
      agreements_few: '{{count}} dohody',
      agreements_many: '{{count}} dohody',
      agreements_other: '{{count}} dohod',
      months_one: '{{count}} měsíc s prací',
      months_few: '{{count}} měsíce s prací',
      months_many: '{{count}} měsíce s prací',
      months_other: '{{count}} měsíců s prací',
      keptAside: 'Co je teď na místě souboru, se nejdřív odloží do složky záloh; nic se nesmaže.',
      none: 'Ve složkách se zálohami, které Shiftbook zná, není žádná dobrá záloha s daty.',
      command: 'Na příkazové řádce: npm run -s cli -- restore {{name}} --db {{file}}',
      confirm: 'Obnovit zálohu {{name}} teď? Soubor, jak je teď, se odloží. (a/N) ',
      restoredRunAgain: 'Záloha je obnovená. Spusťte příkaz znovu.',
    },
  },
};
