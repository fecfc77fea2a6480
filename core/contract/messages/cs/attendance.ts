/** Czech texts of the shift day: arrival, fitness check, work record. */
export const csAttendance = {
  errors: {
    noAgreement:
      '{{name}} nemá na {{date}} platnou podepsanou dohodu (DPČ), a proto nemůže nastoupit na placenou práci. Otevřete dohodu klienta.',
    unfit:
      'Kontrola způsobilosti k práci neprošla („{{item}}“: ne). Klienta nelze přijmout; zvolte „Odeslán“ a uveďte důvod.',
    fitnessIncomplete_one: 'Kontrola způsobilosti má {{count}} bod: odpovězte na něj.',
    fitnessIncomplete_few: 'Kontrola způsobilosti má {{count}} body: odpovězte na všechny.',
    fitnessIncomplete_many: 'Kontrola způsobilosti má {{count}} bodu: odpovězte na všechny.',
    fitnessIncomplete_other: 'Kontrola způsobilosti má {{count}} bodů: odpovězte na všechny.',
    lateSendAway:
      '{{name}} přišel/přišla pozdě ({{time}}, směna začala {{start}}). Podle nastavení se pozdní příchod nepřijímá: zvolte „Odeslán“.',
    bookingNotStanding: 'Tento zápis už neplatí (byl zrušen nebo přesunut), příchod k němu nelze zapsat.',
    shiftCancelled: 'Směna {{shift}} je zrušená, příchod na ni nelze zapsat.',
    futureDay: 'Směna {{shift}} teprve bude. Příchod se zapisuje v den směny nebo později.',
    futureTime: 'Čas příchodu {{time}} ještě nenastal.',
    timeRequired: 'Příchod z jiného dne než dnešního potřebuje čas příchodu.',
    alreadyRecorded: 'U klienta {{name}} je příchod na směnu {{shift}} už zapsaný. Omyl lze v den směny vrátit.',
    undoOnlyOnDay:
      'Zápis příchodu lze vrátit jen v den směny ({{date}}). Později se opravuje výkaz práce s uvedením důvodu.',
    notAdmitted: 'Výkaz práce se píše jen u klienta, který byl na směnu přijat.',
    breakTooLong: 'Přestávky ({{breaks}}) musí být kratší než doba od začátku do konce ({{span}}).',
    reasonRequired: 'Výkaz práce ze dne {{date}} se mění až po dni směny: uveďte důvod změny.',
    locked: 'Den {{date}} patří do uzavřeného mzdového měsíce {{month}}; docházku ani výkaz práce už nelze změnit.',
    unknownTask:
      'Práce „{{task}}“ není v seznamu prací (Nastavení → Příchody). Vyberte ze seznamu, nebo ji popište v poznámce.',
    youngTask:
      '{{name}} je v den směny mladší {{age}} let: práce „{{task}}“ není mezi pracemi povolenými mladistvým (Nastavení → Příchody).',
  },
  warnings: {
    lateAdmitted: '{{name}} přišel/přišla pozdě ({{time}}, směna začala {{start}}); podle nastavení je přijat(a).',
    youngEmployee:
      '{{name}} je v den směny mladší {{age}} let: smí vykonávat jen práce povolené mladistvým (zákoník práce § 243–247).',
  },
  settingName: 'Příchody a výkaz práce',
  validation: {
    tooMany: 'Příliš mnoho položek.',
  },
  fields: {
    outcome: 'Výsledek příchodu',
    time: 'Čas příchodu',
    fitness: 'Kontrola způsobilosti',
    ok: 'Odpověď',
    label: 'Bod kontroly',
    sentAwayReason: 'Důvod odeslání',
    arrivalId: 'Příchod',
    workRecordId: 'Výkaz práce',
    breakMinutes: 'Přestávky (minuty)',
    tasks: 'Vykonaná práce',
    taskNote: 'Další práce (poznámka)',
    fitnessItems: 'Body kontroly způsobilosti',
    lateGraceMinutes: 'Pozdní příchod po (minutách od začátku)',
    latePolicy: 'Pozdní příchod',
    roundingMinutes: 'Zaokrouhlení odpracované doby',
    young: 'Povoleno mladistvým',
  },
} as const;
