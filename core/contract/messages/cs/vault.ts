/** Czech texts of the password, the recovery key and the lock. */
export const csVault = {
  errors: {
    locked: 'Shiftbook je zamčený. Odemkněte ho heslem.',
    wrongPassword: 'Heslo není správné. Nic nebylo otevřeno ani změněno.',
    wrongRecoveryKey:
      'Tento klíč pro obnovení k těmto datům nepatří. Zkontrolujte, že jste opsali celý klíč z vytištěného listu.',
    recoveryKeyTypo:
      'Klíč pro obnovení má překlep nebo chybí jeho část (11 skupin po 5 znacích). Zkontrolujte ho podle vytištěného listu.',
    passwordsDiffer: 'Obě hesla musí být stejná.',
    samePassword: 'Nové heslo musí být jiné než dosavadní.',
    alreadySetUp: 'Heslo už je nastavené. Změníte ho v Nastavení → Heslo a zámek.',
    notSetUp: 'Heslo ještě není nastavené.',
    wrongKey:
      'Soubor {{file}} nejde přečíst klíčem z jeho souboru s klíčem: patří k jinému souboru s klíčem, nebo je poškozený. Nic nebylo změněno.',
    keyFileMissing:
      'Soubor s daty {{file}} je zašifrovaný, ale chybí k němu soubor s klíčem {{keyFile}}. Vraťte ho vedle souboru s daty (je i u záloh). Nic nebylo změněno.',
    keyFileDamaged:
      'Soubor s klíčem {{keyFile}} je poškozený. Vraťte ho ze zálohy (leží vedle záloh dat). Nic nebylo změněno.',
    passwordNeeded: 'Data jsou zašifrovaná: zadejte heslo, nebo ho předejte v proměnné prostředí SHIFTBOOK_PASSWORD.',
    plainDatabase:
      'Soubor {{file}} ještě není zašifrovaný. Spusťte aplikaci (npm start) a nastavte heslo: data zašifruje po ověřené záloze.',
    conversionFailed: 'Zašifrování dat se nepovedlo ({{reason}}). Soubor s daty zůstal, jak byl; nic nebylo ztraceno.',
  },
  recovery: {
    once: 'Klíč pro obnovení — ukáže se jen teď. Vytiskněte ho nebo opište a uložte bezpečně mimo počítač; otevře data, když heslo zapomenete:\n  {{recoveryKey}}',
  },
  validation: {
    passwordsDiffer: 'Obě hesla musí být stejná.',
  },
  fields: {
    password: 'Heslo',
    newPassword: 'Nové heslo',
    passwordAgain: 'Heslo znovu',
    recoveryKey: 'Klíč pro obnovení',
    idleLockMinutes: 'Zamknout po nečinnosti (minuty)',
  },
};
