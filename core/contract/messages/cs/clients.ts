/** Czech texts of the client register. */
export const csClients = {
  errors: {
    birthDateInFuture: 'Datum narození nemůže být pozdější než dnešek.',
    codeTaken: 'Kód klienta „{{code}}“ už má jiný klient.',
    possibleDuplicate:
      'Klient se stejným jménem a datem narození už je v evidenci ({{matches}}). Pokud jde o jiného člověka, uložte znovu s potvrzením.',
    alreadyInactive: 'Klient už je vyřazen.',
    alreadyActive: 'Klient je aktivní.',
  },
  validation: {
    personName:
      'Použijte jen písmena, mezery, spojovníky, apostrofy a tečky. Číslice, emoji, neviditelné znaky a znaky měnící směr textu by se nevytiskly správně.',
    printable: 'Emoji, neviditelné znaky a znaky měnící směr textu by se nevytiskly správně. Odstraňte je, prosím.',
    birthDateTooEarly: 'Datum narození před rokem 1900 tu není možné. Zkontrolujte rok.',
    birthNumber: 'Rodné číslo není platné (RRMMDD/XXXX).',
    birthNumberMismatch: 'Rodné číslo neodpovídá datu narození.',
    bankAccount: 'Číslo účtu není platné (předčíslí-číslo/kód banky).',
    postcode: 'PSČ má pět číslic (např. 602 00).',
    phone: 'Telefon smí obsahovat jen číslice, mezery a úvodní +.',
  },
  fields: {
    code: 'Kód klienta',
    firstName: 'Jméno',
    lastName: 'Příjmení',
    nickname: 'Přezdívka',
    birthDate: 'Datum narození',
    birthNumber: 'Rodné číslo',
    street: 'Ulice a číslo',
    city: 'Obec',
    postcode: 'PSČ',
    idDocumentNumber: 'Číslo dokladu totožnosti',
    healthInsurer: 'Zdravotní pojišťovna',
    phone: 'Telefon',
    paymentMethod: 'Způsob výplaty',
    bankAccount: 'Číslo účtu',
    taxDeclarationSigned: 'Podepsané prohlášení poplatníka',
    taxDeclarationSince: 'Prohlášení podepsáno od',
    notes: 'Poznámka',
    allowDuplicate: 'Potvrzení duplicity',
    includeInactive: 'Včetně vyřazených',
    clientId: 'Klient',
  },
} as const;
