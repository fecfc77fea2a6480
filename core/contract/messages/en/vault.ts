import type { Shape } from '../shape.js';
import type { csVault } from '../cs/vault.js';

/** English texts of the password, the recovery key and the lock. */
export const enVault: Shape<typeof csVault> = {
  errors: {
    locked: 'Shiftbook is locked. Unlock it with the password.',
    wrongPassword: 'The password is not right. Nothing was opened or changed.',
    wrongRecoveryKey:
      'This recovery key does not belong to this data. Check that you copied the whole key from the printed sheet.',
    recoveryKeyTypo:
      'The recovery key has a typo or a missing part (11 groups of 5 characters). Check it against the printed sheet.',
    passwordsDiffer: 'The two passwords must be the same.',
    samePassword: 'The new password must differ from the current one.',
    alreadySetUp: 'A password is already set. Change it in Settings → Password and lock.',
    notSetUp: 'No password has been set yet.',
    wrongKey:
      'The file {{file}} cannot be read with the key from its key file: it belongs to another key file, or it is damaged. Nothing was changed.',
    keyFileMissing:
      'The data file {{file}} is encrypted, but its key file {{keyFile}} is missing. Put it back beside the data file (the backups have it too). Nothing was changed.',
    keyFileDamaged:
      'The key file {{keyFile}} is damaged. Restore it from a backup (it lies beside the data backups). Nothing was changed.',
    passwordNeeded:
      'The data is encrypted: type the password, or pass it in the SHIFTBOOK_PASSWORD environment variable.',
    plainDatabase:
      'The file {{file}} is not encrypted yet. Start the app (npm start) and set a password: it encrypts the data after a verified backup.',
    conversionFailed: 'Encrypting the data failed ({{reason}}). The data file was left as it was; nothing was lost.',
  },
  recovery: {
    once: 'Recovery key — shown only now. Print it or write it down and keep it safe away from the computer; it opens the data if the password is forgotten:\n  {{recoveryKey}}',
  },
  validation: {
    passwordsDiffer: 'The two passwords must be the same.',
  },
  fields: {
    password: 'Password',
    newPassword: 'New password',
    passwordAgain: 'Password again',
    recoveryKey: 'Recovery key',
    idleLockMinutes: 'Lock after inactivity (minutes)',
  },
};
