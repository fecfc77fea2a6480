/** Czech texts of the work-activity agreements (DPČ) and their amendments. */
export const csAgreements = {
  errors: {
    tooYoung:
      'Klient smí pracovat až od {{age}} let (§ 35 občanského zákoníku, § 6 zákoníku práce). Dohoda může začít nejdříve {{from}}.',
    schoolingNotConfirmed:
      'Klientovi bude v první den dohody méně než {{age}} let: potvrďte, že ukončil povinnou školní docházku (§ 35 občanského zákoníku).',
    worseRetroactive:
      'Dodatek zhoršuje podmínky ({{terms}}), proto může nabýt účinnosti nejdříve {{date}}, v den podpisu (již vydělanou odměnu nelze snížit). Zpětně lze sjednat jen změnu k lepšímu.',
    deliveredInFuture:
      'Výpověď se zaznamenává až po doručení, den doručení proto nemůže být pozdější než dnešek. Chcete-li ji předat později, vytiskněte ji tlačítkem „Připravit výpověď“ a doručení zaznamenejte potom.',
    plannedDeliveryPast:
      'Plánovaný den doručení už uplynul. Byla-li výpověď doručena, zaznamenejte ji tlačítkem „Ukončit dohodu“.',
    rateBelowMinimum:
      'Hodinová odměna {{rate}} je nižší než minimální mzda {{minimum}}, která platí od {{from}}. Zvyšte odměnu alespoň na minimální mzdu.',
    scopeTooLarge:
      'Sjednaný rozsah {{scope}} týdně je větší, než zákon u dohody o pracovní činnosti dovoluje (v průměru nejvýše {{limit}} týdně).',
    overlaps:
      'Klient už má dohodu č. {{number}} ({{period}}). V jednom období může mít jen jednu dohodu o pracovní činnosti.',
    employerIncomplete: 'Před tiskem doplňte v Nastavení údaje o organizaci: {{fields}}.',
    clientInactive: 'Klient je vyřazen z programu. Dohodu lze uzavřít jen s aktivním klientem.',
    notEditable: 'Dohoda č. {{number}} je už podepsaná, proto ji nelze upravit ani smazat. Změnu sjednejte dodatkem.',
    notPrinted: 'Dohodu č. {{number}} nejdříve vytiskněte. Podepisuje se vytištěná dohoda.',
    signedInFuture: 'Datum podpisu nemůže být pozdější než dnešek.',
    signedAfterStart:
      'Dohoda začíná {{from}}, podepsána však byla až {{signedOn}}. Pracovat lze až po podpisu: upravte začátek dohody a vytiskněte ji znovu.',
    notSigned: 'Dohoda č. {{number}} není podepsaná.',
    alreadyEnded: 'Dohoda č. {{number}} je už ukončená.',
    notEnded: 'Dohoda č. {{number}} není ukončená.',
    hasAmendments: 'K dohodě č. {{number}} už jsou dodatky, podpis proto nelze vrátit.',
    endBeforeSigning: 'Dohoda nemůže skončit dříve, než byla podepsána ({{signedOn}}).',
    endAfterExpiry: 'Dohoda skončí už {{end}} uplynutím sjednané doby. Dřívější konec zadejte nejpozději na {{end}}.',
    noticeAfterExpiry:
      'Výpovědní doba by uplynula až {{endedOn}}, dohoda však skončí již {{end}} uplynutím sjednané doby.',
    deliveredBeforeSigning: 'Výpověď nemohla být doručena dříve, než byla dohoda podepsána ({{signedOn}}).',
    noExpiry: 'Dohoda je uzavřena na dobu neurčitou, uplynutím doby proto neskončí.',
    notYetExpired: 'Sjednaná doba uplyne až {{end}}. Skončení uplynutím doby lze zaznamenat potom.',
    pendingAmendment: 'K dohodě č. {{number}} je rozpracovaný dodatek č. {{seq}}. Nejdříve ho podepište, nebo zahoďte.',
    amendmentNoChange: 'Dodatek nic nemění. Změňte alespoň jeden údaj.',
    amendmentOutsidePeriod: 'Účinnost dodatku musí spadat do doby trvání dohody ({{period}}).',
    amendmentEndBeforeEffect: 'Nový konec dohody nesmí předcházet účinnosti dodatku.',
    amendmentBeforePrevious: 'Účinnost dodatku musí následovat po účinnosti dodatku č. {{seq}} ({{date}}).',
    amendmentSigned: 'Dodatek č. {{seq}} je už podepsaný.',
    amendmentNotPrinted: 'Dodatek č. {{seq}} nejdříve vytiskněte. Podepisuje se vytištěný dodatek.',
    amendmentSignedBeforeAgreement: 'Dodatek nemohl být podepsán dříve než dohoda ({{signedOn}}).',
    notByNotice: 'Dohoda č. {{number}} nebyla ukončena výpovědí, výpověď proto nelze vytisknout.',
    notPrintedYet: 'Dohoda č. {{number}} ještě nebyla vytištěna.',
    notAmendable: 'Dodatek lze sjednat jen k podepsané dohodě.',
    notBelowMinimum: 'Odměna podle dohody č. {{number}} minimální mzdu dosahuje, dodatek proto není třeba.',
  },
  warnings: {
    youngEmployee:
      'Klientovi je {{age}} let, do {{adultOn}} je mladistvým zaměstnancem (mladší {{adultAge}} let). Zákoník práce §§ 243–247: žádná práce v noci (22:00–6:00), jen práce přiměřená věku a zdraví, nejvýše 8 hodin denně a 40 týdně, přestávka nejpozději po 4,5 hodině.',
  },
  validation: {
    scopeTooSmall: 'Zadejte rozsah větší než nula.',
    scopeTooBig: 'Týden má jen 168 hodin.',
  },
  fields: {
    schoolingConfirmed: 'Povinná školní docházka ukončena',
    kind: 'Druh dohody',
    number: 'Číslo dohody',
    workDescription: 'Sjednaná práce',
    workplace: 'Místo výkonu práce',
    weeklyMinutes: 'Sjednaný rozsah (průměrně týdně)',
    hourlyRate: 'Hodinová odměna',
    advanceShareBp: 'Záloha po směně',
    noticeDays: 'Výpovědní doba (dny)',
    noticeTerms: 'Ujednání o skončení dohody',
    signedOn: 'Datum podpisu',
    endedOn: 'Poslední den dohody',
    noticeBy: 'Výpověď dává',
    deliveredOn: 'Výpověď doručena dne',
    effectiveFrom: 'Účinnost od',
    agreementId: 'Dohoda',
    agreementIds: 'Dohody',
    documentId: 'Dokument',
    ids: 'Dodatky',
    lang: 'Jazyk dokumentu',
    states: 'Stav',
    shiftScheduling: 'Jak se rozvrhují směny',
    signingPlace: 'Místo podpisu (po předložce „V“)',
    additionalInformation: 'Další informace pro zaměstnance',
    workDescriptionEn: 'Sjednaná práce (anglicky)',
    noticeTermsEn: 'Ujednání o skončení dohody (anglicky)',
    shiftSchedulingEn: 'Jak se rozvrhují směny (anglicky)',
    additionalInformationEn: 'Další informace pro zaměstnance (anglicky)',
    watchDays: 'Upozornit na konec dohody předem (dny)',
  },
} as const;
