import type { Shape } from '@contract/messages/shape.js';
import type { csVault } from '../cs/vault.js';

/** English texts of the screens: the password, the recovery key and the lock. */
export const enVault: Shape<typeof csVault> = {
  vault: {
    language: 'Language',
    showPassword: 'Show the password',
    unlock: {
      title: 'Shiftbook is locked',
      intro: "The data is encrypted. Unlock it with the coordinator's password.",
      submit: 'Unlock',
      forgot: 'Forgot the password? Use the recovery key',
      back: 'Back to the password',
    },
    recover: {
      title: 'Recover with the key',
      intro: 'Copy the recovery key from the printed sheet (11 groups of 5 characters) and choose a new password.',
      submit: 'Recover and set the password',
    },
    setup: {
      title: 'Set a password',
      introNew:
        "Clients' data is sensitive. Shiftbook stores it encrypted and opens it only with this password. Choose one of at least {{count}} characters that the computer's other users do not know.",
      introPlain:
        'The data on this computer is not encrypted yet. Once a password is set, Shiftbook encrypts it (checking an encrypted copy first, so nothing is lost) and opens it only with this password.',
      submit: 'Set the password',
    },
    recoveryKey: {
      title: 'Recovery key',
      intro:
        'This key opens the data if the password is forgotten. It is shown only now: print it or write it down, and keep it safe away from the computer (in a safe, say).',
      print: 'Print',
      confirm: 'I have printed or written down the key',
      done: 'Continue',
    },
    noSession: {
      text: 'This browser has not been let in yet: unlock with the password, or open the address Shiftbook printed when it started.',
    },
    lockNow: 'Lock',
    lockShortcut: 'Ctrl+Shift+L locks',
    settings: {
      title: 'Password and lock',
      changeTitle: 'Change the password',
      changeIntro:
        'After a change Shiftbook encrypts the data again with a new key. Older backups open with the new password too. The recovery key stays valid.',
      changeSubmit: 'Change the password',
      changed: 'The password is changed.',
      idleTitle: 'Lock when idle',
      idleIntro: 'When nothing happens on the computer for this long, Shiftbook locks itself (0 = never).',
      idleSaved: 'Saved.',
    },
  },
};
