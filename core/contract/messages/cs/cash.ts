/** Czech texts of the cash book, the receipts and the advances. */
export const csCash = {
  errors: {
    alreadyStarted: 'Pokladní kniha už začala ({{date}}); počáteční stav se zadává jen jednou, před prvním zápisem.',
    beforeStart: 'Pokladní kniha začíná dnem {{start}}; zápis ke dni {{date}} do ní nepatří.',
    futureDate: 'Den {{date}} ještě nenastal; do pokladní knihy se zapisuje jen to, co se už stalo.',
    wouldGoNegative:
      'Po výplatě {{amount}} by byl zůstatek pokladny záporný ({{balance}}, dne {{date}}). Doplňte hotovost z banky, nebo výplatu výslovně potvrďte.',
    alreadyCancelled: 'Doklad {{number}} už je zrušený ({{reason}}).',
    advancePaid: 'Záloha za tuto směnu už je vyplacená (doklad {{number}}). Chybný doklad nejdřív zrušte.',
    advanceDeclined: 'Klient zálohu za tuto směnu odmítl; celá odměna mu bude vyplacena ve výplatní den.',
    advanceWeekOver:
      'Zálohu za směnu {{date}} šlo vyplatit nejpozději {{until}} (do konce týdne směny). Zbytek dostane klient ve výplatní den.',
    advanceNothing:
      'Zálohy za tento měsíc už dosáhly očekávané čisté odměny ({{net}}); další záloha vyplatit nejde, zbytek dostane klient ve výplatní den.',
  },
  validation: {
    month: 'Zadejte měsíc jako RRRR-MM.',
    positiveAmount: 'Částka musí být větší než nula.',
  },
  fields: {
    amount: 'Částka',
    month: 'Měsíc',
    purpose: 'Účel výplaty',
    allowNegative: 'Potvrzení záporného zůstatku',
    from: 'Od',
  },
} as const;
