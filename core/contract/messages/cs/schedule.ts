/** Czech texts of the sign-up sheet: shifts, bookings, the waiting list. */
export const csSchedule = {
  errors: {
    shiftFull:
      'Směna {{shift}} je plná (obsazena jsou všechna místa: {{places}}). Klienta můžete zapsat na čekací listinu.',
    weeklyLimit:
      '{{name}} už má v týdnu {{week}} zapsanou směnu ({{shifts}}). Pravidlo programu: nejvýše {{limit}}× týdně. Výjimku lze udělit jen s uvedením důvodu.',
    suspended: '{{name}} má pozastavenou účast ({{from}} – {{to}}) a směna {{shift}} do této doby spadá.',
    shiftStarted: 'Směna {{shift}} už začala nebo proběhla, zápis na ni se už nemění.',
    shiftCancelled: 'Směna {{shift}} je zrušená ({{reason}}).',
    notOpenYet:
      'Zápis na týden {{week}} se otevírá až {{opensOn}}. Kolik týdnů dopředu se zapisuje, určuje Nastavení → Směny.',
    alreadyBooked: '{{name}} už je na směnu {{shift}} zapsán(a).',
    alreadyWaiting: '{{name}} už je na čekací listině směny {{shift}}.',
    placesFree: 'Na směně {{shift}} jsou volná místa ({{free}}), zapište klienta rovnou.',
    clientInactive: '{{name}} je vyřazen(a) z programu. Nejdřív ho/ji vraťte v kartě klienta.',
    notBooked: 'Tento zápis už neplatí (byl zrušen nebo přesunut). Načtěte týden znovu.',
    notCancelledBooking: 'Tento zápis není zrušený.',
    notWaiting: 'Klient už na čekací listině není.',
    nothingToTell: 'U tohoto zápisu není co oznamovat.',
    placesBelowBooked_one: 'Na směně je zapsán {{count}} klient, míst proto nemůže být méně.',
    placesBelowBooked_few: 'Na směně jsou zapsáni {{count}} klienti, míst proto nemůže být méně.',
    placesBelowBooked_many: 'Na směně je zapsáno {{count}} klienta, míst proto nemůže být méně.',
    placesBelowBooked_other: 'Na směně je zapsáno {{count}} klientů, míst proto nemůže být méně.',
    sameShift: 'Klient už na směně {{shift}} je.',
    notOnSheet: 'Tato směna v rozpisu není (vzor pro den {{date}} neplatí). Načtěte týden znovu.',
    notCancelledShift: 'Směna {{shift}} není zrušená.',
    patternOverlap: 'Ve stejný den a čas už platí jiná pravidelná směna ({{from}} – {{to}}).',
    patternInUse: 'Podle tohoto vzoru už jsou směny v rozpisu, proto ho lze jen ukončit (nejdříve {{from}}).',
    holidayClosed:
      'Směna {{shift}} připadá na státní svátek ({{holiday}}) a na zápis zatím není otevřená. Otevřít ji může koordinátor tlačítkem „Otevřít i tak“.',
    noShowBlock:
      '{{name}} nepřišel/nepřišla {{count}}× během {{weeks}} týdnů (naposledy {{date}}), proto má zápis blokovaný do {{until}}. Výjimka potřebuje písemný důvod.',
    shiftTooLong: 'Směna může trvat nejvýše {{max}} (zákoník práce § 83); tato trvá {{length}}.',
    notRestored: {
      weeklyLimit: 'mezitím má jinou směnu v témže týdnu',
      suspended: 'má pozastavenou účast',
      noShows: 'má blokovaný zápis kvůli opakovaným nepříchodům',
      inactive: 'byl(a) vyřazen(a) z programu',
      full: 'na směně už není místo',
    },
  },
  warnings: {
    holidayPay:
      '{{date}} je státní svátek ({{holiday}}): za práci v tento den náleží náhrada mzdy ve výši průměrného výdělku navíc (zákoník práce § 115).',
    weekendPremium:
      '{{date}} je sobota nebo neděle: za práci v tento den náleží příplatek nejméně 10 % průměrného výdělku (zákoník práce § 118).',
    shortNotice:
      'Směna je dřív než za {{notice}}: rozvrh má klient dostat písemně nejméně {{notice}} předem (zákoník práce). Předejte mu rozpis hned.',
    noAgreement:
      '{{name}} nemá na {{date}} platnou podepsanou dohodu (DPČ). Zápis platí, ale bez dohody nemůže při příchodu nastoupit.',
    noParameters:
      'Pro dnešek chybí zákonné údaje, lhůtu pro oznámení rozvrhu proto nešlo ověřit. Doplňte je v Nastavení.',
    overAverage:
      'S touto směnou by {{name}} ve vyrovnávacím období {{from}} – {{to}} pracoval/a v průměru {{average}} týdně; zákon dovoluje nejvýše {{limit}} (zákoník práce § 76). Zápis platí; později v období naplánujte méně hodin.',
    noShowOverrideRecorded: 'Výjimka z blokace za nepříchody byla zaznamenána (důvod: {{reason}}).',
    overrideRecorded: 'Výjimka z týdenního limitu byla zaznamenána (důvod: {{reason}}).',
  },
  validation: {
    shiftRef: 'Směna není správně určena.',
  },
  fields: {
    shift: 'Směna',
    to: 'Cílová směna',
    shiftId: 'Směna',
    patternId: 'Vzor směny',
    bookingId: 'Zápis',
    entryId: 'Čekající',
    overrideReason: 'Důvod výjimky',
    weekday: 'Den v týdnu',
    start: 'Začátek',
    end: 'Konec',
    places: 'Počet míst',
    place: 'Místo výkonu práce',
    task: 'Práce',
    lastDay: 'Poslední den',
    includeEnded: 'Včetně ukončených',
    weeklyLimit: 'Nejvýše směn týdně na klienta',
    weeksAhead: 'Zápis otevřen týdnů dopředu',
    fairnessWeeks: 'Přednost, kdo nepracoval (týdnů)',
    waitingLines: 'Řádků pro čekací listinu na rozpisu',
    noShowLimit: 'Nepříchodů, které blokují zápis',
    noShowWeeks: 'Počítáno za (týdnů)',
    noShowBlockWeeks: 'Zápis blokován na (týdnů)',
    wallNames: 'Jména na rozpisu na zeď',
    houseRulesCs: 'Pravidla na rozpisu (česky)',
    houseRulesEn: 'Pravidla na rozpisu (anglicky)',
  },
} as const;
