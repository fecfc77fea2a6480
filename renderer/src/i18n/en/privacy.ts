import type { Shape } from '@contract/messages/shape.js';
import type { csPrivacyUi } from '../cs/privacy.js';

export const enPrivacyUi: Shape<typeof csPrivacyUi> = {
  auditLog: {
    title: 'Change log',
    intro:
      'Every change to personal data, agreements, attendance, advances and pay figures: who made it, when, and what was there before and after. The log cannot be edited or deleted.',
    client: 'Client',
    allClients: 'All clients',
    clearClient: 'Show all clients',
    area: 'Kind of change',
    allAreas: 'All kinds',
    from: 'From',
    to: 'To',
    when: 'When',
    who: 'Who',
    what: 'What',
    changes: 'Changes',
    empty: 'No changes for this selection.',
    count: 'Showing {{shown}} of {{total}}',
    more: 'Show more',
    redacted: 'anonymised',
    openForClient: 'Client’s change log',
  },
  dataRights: {
    title: 'Client’s data',
    exportPdf: 'Statement of data (PDF)',
    exportJson: 'Data for a computer (JSON)',
    anonymise: 'Anonymise…',
    planTitle: 'Anonymise {{name}}?',
    kept: 'Kept, because the law requires it',
    keptUntil: 'until {{date}} ({{years}} years, {{citation}})',
    removed: 'Removed now',
    nothingKept: 'The client has no pay or accounting records, so nothing that names them stays.',
    irreversible: 'Anonymisation cannot be undone. Make a backup first.',
    confirm: 'Anonymise',
    done: 'The client is anonymised.',
    blockedActive: 'The client is still in the programme. Only a client who has left can be anonymised.',
    blockedTooRecent: 'The client left on {{leftOn}}; by the setting they can be anonymised from {{from}}.',
    blockedDone: 'The client is already anonymised.',
  },
  privacySettings: {
    title: "Protecting clients' data",
    intro:
      'A client who has left the programme can be anonymised: their contacts, notes and fitness answers are deleted, and their name stays only where the law requires it.',
    monthsHint:
      'How many months after leaving a client may be anonymised. Clients often come back, so the default is 12 months. Zero means right after leaving (when the client asks to be erased).',
    saved: 'The privacy settings are saved.',
    lawTitle: 'What the law requires to be kept',
    lawIntro:
      'These periods are set by law and cannot be changed here. They count from the end of the year a record is about; until then anonymisation keeps the records.',
    kind: 'Records',
    years: 'How long',
    yearsValue_one: '{{count}} year after the year ends',
    yearsValue_other: '{{count}} years after the year ends',
    citation: 'By',
    valid: 'In force',
    validFrom: 'from {{from}}',
    validRange: '{{from}} – {{to}}',
    kinds: {
      payroll: 'Payroll sheets and pension insurance records (agreements, hours worked, name and birth number)',
      accounting: 'Accounting records (the cash book and advance receipts)',
    },
  },
};
