/** Czech texts of the client register. */
export const csClients = {
  errors: {
    codeTaken: 'Kód klienta „{{code}}“ už má jiný klient.',
    possibleDuplicate:
      'Klient se stejným jménem a datem narození už je v evidenci ({{matches}}). Pokud jde o jiného člověka, uložte znovu s potvrzením.',
    alreadyInactive: 'Klient už je vyřazen.',
    alreadyActive: 'Klient je aktivní.',
  },
  validation: {
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
