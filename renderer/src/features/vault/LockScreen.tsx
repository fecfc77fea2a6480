import { passwordMinLength } from '@contract/vault.js';
import { Anchor, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GateState } from './VaultGate.js';
import { RecoverForm, SetupForm, UnlockForm } from './forms.js';
import { LockFrame } from './LockFrame.js';
import { RecoveryKeySheet } from './RecoveryKeySheet.js';

/** The screen in front of the data: unlock, recover with the key, or set the first password. */
export function LockScreen({ state }: { state: Exclude<GateState, 'unlocked' | 'cannotOpen'> }) {
  const { t } = useTranslation();
  const [recovering, setRecovering] = useState(false);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  let title: string;
  let body;
  if (recoveryKey) {
    title = t('vault.recoveryKey.title');
    body = <RecoveryKeySheet recoveryKey={recoveryKey} />;
  } else if (state === 'new' || state === 'plain') {
    title = t('vault.setup.title');
    body = (
      <>
        <Text>
          {state === 'new' ? t('vault.setup.introNew', { count: passwordMinLength }) : t('vault.setup.introPlain')}
        </Text>
        <SetupForm onDone={setRecoveryKey} />
      </>
    );
  } else if (recovering) {
    title = t('vault.recover.title');
    body = (
      <>
        <Text>{t('vault.recover.intro')}</Text>
        <RecoverForm />
        <Anchor component="button" type="button" onClick={() => setRecovering(false)}>
          {t('vault.unlock.back')}
        </Anchor>
      </>
    );
  } else {
    title = t('vault.unlock.title');
    body = (
      <>
        <Text>{t('vault.unlock.intro')}</Text>
        {state === 'noSession' && (
          <Text size="sm" c="dimmed">
            {t('vault.noSession.text')}
          </Text>
        )}
        <UnlockForm />
        <Anchor component="button" type="button" onClick={() => setRecovering(true)}>
          {t('vault.unlock.forgot')}
        </Anchor>
      </>
    );
  }
  return <LockFrame title={title}>{body}</LockFrame>;
}
