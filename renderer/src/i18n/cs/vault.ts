/** Czech texts of the screens: the password, the recovery key and the lock. */
export const csVault = {
  vault: {
    language: 'Jazyk',
    showPassword: 'Zobrazit heslo',
    unlock: {
      title: 'Shiftbook je zamčený',
      intro: 'Data jsou zašifrovaná. Odemkněte je heslem koordinátora.',
      submit: 'Odemknout',
      forgot: 'Zapomněli jste heslo? Použijte klíč pro obnovení',
      back: 'Zpět na heslo',
    },
    recover: {
      title: 'Obnovení klíčem',
      intro: 'Opište klíč pro obnovení z vytištěného listu (11 skupin po 5 znacích) a zvolte nové heslo.',
      submit: 'Obnovit a nastavit heslo',
    },
    setup: {
      title: 'Nastavte heslo',
      introNew:
        'Data klientů jsou citlivá. Shiftbook je ukládá zašifrovaná a otevře je jen s tímto heslem. Zvolte heslo alespoň o {{count}} znacích, které neznají ostatní uživatelé počítače.',
      introPlain:
        'Data na tomto počítači zatím nejsou zašifrovaná. Po nastavení hesla je Shiftbook zašifruje (nejdříve ověří zašifrovanou kopii, nic se neztratí) a otevře je jen s tímto heslem.',
      submit: 'Nastavit heslo',
    },
    recoveryKey: {
      title: 'Klíč pro obnovení',
      intro:
        'Tento klíč otevře data, když heslo zapomenete. Ukáže se jen teď: vytiskněte ho nebo ho opište a uložte bezpečně mimo počítač (například do trezoru).',
      print: 'Vytisknout',
      confirm: 'Klíč mám vytištěný nebo opsaný',
      done: 'Pokračovat',
    },
    noSession: {
      text: 'Tento prohlížeč ještě nebyl vpuštěn: odemkněte heslem, nebo otevřete adresu, kterou Shiftbook vypsal při spuštění.',
    },
    lockNow: 'Zamknout',
    lockShortcut: 'Ctrl+Shift+L zamkne',
    settings: {
      title: 'Heslo a zámek',
      changeTitle: 'Změnit heslo',
      changeIntro:
        'Po změně hesla Shiftbook data znovu zašifruje novým klíčem. Starší zálohy otevře i nové heslo. Klíč pro obnovení platí dál.',
      changeSubmit: 'Změnit heslo',
      changed: 'Heslo je změněné.',
      idleTitle: 'Zamknout po nečinnosti',
      idleIntro: 'Když se na počítači po tuto dobu nic neděje, Shiftbook se zamkne (0 = nikdy).',
      idleSaved: 'Uloženo.',
    },
  },
};
