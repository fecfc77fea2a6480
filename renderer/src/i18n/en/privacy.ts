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
};
