import type { Shape } from '@contract/messages/shape.js';
import type { csShell } from '../cs/shell.js';

/** English texts of the screens: shell. */
export const enShell: Shape<typeof csShell> = {
  app: { name: 'Shiftbook', tagline: 'Work programme' },
  nav: {
    week: 'Week',
    today: 'Today',
    clients: 'Clients',
    agreements: 'Agreements',
    pay: 'Pay',
    settings: 'Settings',
    shortcuts: 'Alt+1 to Alt+6 switch areas',
  },
  coming: {
    title: 'Coming',
    text: 'The "{{area}}" area is not ready yet. Meanwhile you can keep the client register and the settings.',
    toClients: 'Go to clients',
  },
  common: {
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    edit: 'Edit',
    back: 'Back',
    delete: 'Delete',
    add: 'Add',
    close: 'Close',
    loading: 'Loading…',
    saved: 'Saved',
    yes: 'Yes',
    no: 'No',
    none: '—',
    optional: 'optional',
    errorTitle: 'That did not work',
    transport: 'The app cannot reach its data. Try reloading the page.',
    retry: 'Try again',
    undo: 'Undo',
    fixFields: 'Please check the highlighted fields.',
  },
  print: {
    print: 'Print',
    download: 'Download PDF',
    opened: 'The document opened in your PDF viewer. It is saved in {{file}}.',
    hint: 'Print on A4. Choose Download PDF to keep a copy.',
  },
};
