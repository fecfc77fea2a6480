import type { Shape } from '../shape.js';
import type { csClients } from '../cs/clients.js';

/** English texts of the client register. */
export const enClients: Shape<typeof csClients> = {
  errors: {
    birthDateInFuture: 'The date of birth cannot be later than today.',
    codeTaken: 'Client code "{{code}}" belongs to another client.',
    possibleDuplicate:
      'A client with the same name and date of birth is already registered ({{matches}}). If this is a different person, save again and confirm.',
    alreadyInactive: 'The client is already deactivated.',
    alreadyActive: 'The client is active.',
  },
  validation: {
    personName:
      'Use letters, spaces, hyphens, apostrophes and dots only. Digits, emoji, invisible and direction-changing characters would not print correctly.',
    printable: 'Emoji, invisible and direction-changing characters would not print correctly. Please remove them.',
    birthDateTooEarly: 'A date of birth before 1900 is not possible here. Please check the year.',
    birthNumber: 'The birth number is not valid (YYMMDD/XXXX).',
    birthNumberMismatch: 'The birth number does not match the date of birth.',
    bankAccount: 'The account number is not valid (prefix-number/bank code).',
    postcode: 'A postcode has five digits (e.g. 602 00).',
    phone: 'A phone number may hold only digits, spaces and a leading +.',
  },
  fields: {
    code: 'Client code',
    firstName: 'First name',
    lastName: 'Last name',
    nickname: 'Nickname',
    birthDate: 'Date of birth',
    birthNumber: 'Birth number',
    street: 'Street and number',
    city: 'Town',
    postcode: 'Postcode',
    idDocumentNumber: 'ID document number',
    healthInsurer: 'Health insurer',
    phone: 'Phone',
    paymentMethod: 'Payment method',
    bankAccount: 'Account number',
    taxDeclarationSigned: 'Tax declaration signed',
    statePaysHealthInsurance: 'The state also pays health insurance (jobseeker, pensioner…)',
    taxDeclarationSince: 'Declaration signed on',
    notes: 'Note',
    allowDuplicate: 'Duplicate confirmation',
    includeInactive: 'Include deactivated',
    clientId: 'Client',
  },
};
