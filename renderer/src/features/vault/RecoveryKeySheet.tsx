import { Button, Checkbox, Code, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRefreshVault } from './forms.js';

/** The recovery key, shown once after the first password: print it or write it down, then go on. */
export function RecoveryKeySheet({ recoveryKey }: { recoveryKey: string }) {
  const { t } = useTranslation();
  const [kept, setKept] = useState(false);
  const refresh = useRefreshVault();
  return (
    <Stack gap="md">
      <Text>{t('vault.recoveryKey.intro')}</Text>
      <Code
        block
        fz="lg"
        ta="center"
        aria-label={t('fields.recoveryKey')}
        style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}
      >
        {recoveryKey}
      </Code>
      <Checkbox
        checked={kept}
        onChange={(event) => setKept(event.currentTarget.checked)}
        label={t('vault.recoveryKey.confirm')}
      />
      <Group>
        <Button variant="default" onClick={() => window.print()}>
          {t('vault.recoveryKey.print')}
        </Button>
        <Button disabled={!kept} onClick={refresh}>
          {t('vault.recoveryKey.done')}
        </Button>
      </Group>
    </Stack>
  );
}
