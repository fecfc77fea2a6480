/** Czech texts of the month's pay run: refusals, warnings, field names. */
export const csPayroll = {
  errors: {
    monthClosed: 'Mzdový měsíc {{month}} je uzavřený a už se nemění. Opravu zapište do dalšího otevřeného měsíce.',
    noParameters:
      'Pro {{month}} nejsou zadané zákonné a mzdové údaje (platné k {{date}}). Doplňte je v Nastavení, pak lze měsíc spočítat.',
    unconfirmedWarnings_one: 'Měsíc {{month}} má {{count}} upozornění. Projděte ho a uzávěrku potvrďte.',
    unconfirmedWarnings_few: 'Měsíc {{month}} má {{count}} upozornění. Projděte je a uzávěrku potvrďte.',
    unconfirmedWarnings_other: 'Měsíc {{month}} má {{count}} upozornění. Projděte je a uzávěrku potvrďte.',
    monthNotOver: 'Měsíc {{month}} ještě neskončil (poslední den {{date}}); uzavřít ho lze až potom.',
    nothingToClose: 'V měsíci {{month}} nikdo nepracoval a nemá opravu; není co uzavírat.',
    notClosed: 'Měsíc {{month}} ještě není uzavřený; vyplácí se až uzavřený měsíc.',
    notInRun: 'Klient v měsíci {{month}} nemá výplatní pásku.',
    alreadyPaid: '{{name}} už má za {{month}} vyplaceno ({{date}}).',
    notPaid: '{{name}} za {{month}} ještě nemá vyplaceno; není co vracet.',
    sourceNotClosed: 'Opravovat lze jen uzavřený měsíc před měsícem {{month}}; {{source}} takový není.',
    payDateBeforeClose: 'Den výplaty {{date}} je před uzávěrkou měsíce {{month}}.',
    futurePayDate: '{{date}} ještě nenastal; výplatu lze zapsat nejpozději dnes.',
  },
  warnings: {
    thresholdAhead:
      '{{name}}: se směnami, které už má zapsané, bude příjem za {{month}} {{expected}} a dosáhne hranice pojištění {{threshold}}. Zvažte úpravu rozpisu, dokud je čas.',
    thresholdReached:
      '{{name}}: příjem {{gross}} dosáhl hranice pojištění {{threshold}}. Zaměstnavatel musí klienta přihlásit u ČSSZ a u zdravotní pojišťovny do {{deadline}}.',
    advancesAboveNet:
      '{{name}}: zálohy {{advances}} převyšují čistou mzdu {{net}} o {{over}}. Nic se nesráží samo; srážka potřebuje souhlas klienta.',
    noTaxDeclaration: '{{name}} nemá podepsané prohlášení poplatníka: daň {{tax}} se sráží bez slevy na poplatníka.',
    taxDeclarationWithdrawn:
      '{{name}}: prohlášení poplatníka platilo v uzavřeném měsíci {{previous}}, teď podepsané není. Zkontrolujte, zda ho klient odvolal.',
    belowMinimumWage: '{{name}}: sazba {{rate}} za hodinu je pod minimální mzdou {{minimum}} ({{date}}).',
    noValidAgreement: '{{name}} pracoval(a) {{date}} bez platné dohody o pracovní činnosti.',
    declarationElsewhere:
      '{{name}} podepsal(a) prohlášení poplatníka od {{since}}. Zeptejte se, zda ho nemá podepsané i u jiného zaměstnavatele (lze jen u jednoho).',
  },
  validation: {
    nonZeroAmount: 'Zadejte částku jinou než nula (záporná se srazí).',
  },
  fields: {
    insuranceRegistrationDays: 'Lhůta k přihlášení k pojištění (dny)',
    confirmWarnings: 'Upozornění potvrzena',
    sourceMonth: 'Opravovaný měsíc',
  },
};
