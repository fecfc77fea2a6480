/** Czech texts of the pay documents' refusals. */
export const csPayrollDocuments = {
  errors: {
    nobodyWorked: 'V měsíci {{month}} nikdo nepracoval; není co tisknout.',
    notInMonth: 'Klient v měsíci {{month}} nepracoval; výplatní lístek za tento měsíc nemá.',
    noClosedMonths:
      'Klient nemá v roce {{year}} žádný uzavřený měsíc s příjmem. Potvrzení se vystavuje z uzavřených měsíců.',
  },
  fields: {
    format: 'Formát',
  },
} as const;
