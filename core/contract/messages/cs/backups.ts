/** Czech texts of backups, restore and printed documents. */
export const csBackups = {
  errors: {
    sourceDamaged:
      'Databáze neprošla kontrolou, proto se záloha nevytvořila (zkopírovala by i poškození). Obnovte data z poslední dobré zálohy.',
    verifyFailed: 'Záloha se po zapsání nepodařila ověřit, proto byla smazána. Zkuste to znovu.',
    writeFailed:
      'Zálohu se nepodařilo zapsat do {{folder}} (složka chybí, je jen pro čtení, nebo je disk plný). Nic se nezměnilo.',
    notFound: 'Záloha „{{name}}“ neexistuje.',
    unreadable: 'Záloha „{{name}}“ nejde otevřít nebo je poškozená; nelze ji obnovit. Zvolte jinou.',
    newerVersion: 'Zálohu „{{name}}“ zapsala novější verze aplikace; tato verze ji nemůže obnovit.',
    nothingToUndo: 'Není co vrátit: žádná obnova ze zálohy ještě neproběhla.',
    restoreUnavailable: 'Obnovu ze zálohy tady nelze provést (databáze není uložená v souboru).',
    restoreFailed: 'Obnova se nepodařila; data zůstala taková, jaká byla před ní.',
    printedUnavailable: 'Tady se vytištěné dokumenty neukládají.',
  },
  settingName: 'Zálohy a vytištěné dokumenty',
  validation: {
    absoluteFolder: 'Zadejte celou cestu ke složce (např. E:\\Zalohy nebo /media/usb/zalohy).',
    printedKeepDays: 'Počet dní 1–3650, nebo nechte prázdné.',
  },
  fields: {
    secondFolder: 'Druhá složka pro zálohy',
    printedKeepDays: 'Mazat vytištěné dokumenty starší než (dní)',
    olderThanDays: 'Starší než (dní)',
  },
};
