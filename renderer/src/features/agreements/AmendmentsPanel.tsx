import { dateText } from '@contract/present.js';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Agreement, Amendment, TermName } from '@contract/agreements/schemas.js';
import { notifications } from '@mantine/notifications';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { termValue } from './display.js';
import { SignDialog } from './SignDialog.js';

interface Props {
  agreement: Agreement;
  today: string;
  print: (method: 'agreements.printAmendment', input: { id: number }) => Promise<unknown>;
}

function AmendmentRow({ amendment, today, print }: Omit<Props, 'agreement'> & { amendment: Amendment }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [signing, setSigning] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const sign = useApiMutation('agreements.signAmendment', ['agreements.']);
  const discard = useApiMutation('agreements.discardAmendment', ['agreements.']);
  const seq = amendment.seq;
  const changes = (amendment.changes as TermName[])
    .map((name) => `${t(`fields.${name}`)} ${termValue(t, lang, name, amendment.terms)}`)
    .join('; ');
  const remove = async () => {
    await discard.mutateAsync({ id: amendment.id });
    notifications.show({ message: t('agreements.amendments.discarded', { seq }) });
  };
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={600}>{t('agreements.amendments.item', { seq })}</Text>
            <Text c="dimmed">
              {t('agreements.amendments.effective', { date: dateText(lang, amendment.effectiveFrom) })}
            </Text>
            <Badge variant="light" color={amendment.status === 'signed' ? 'teal' : 'yellow'}>
              {t(`agreements.amendments.status.${amendment.status}`, {
                date: amendment.signedOn ? dateText(lang, amendment.signedOn) : '',
              })}
            </Badge>
          </Group>
          <Text size="sm">{t('agreements.amendments.changes', { terms: changes })}</Text>
        </Stack>
        <Group gap="xs">
          <Button
            variant={amendment.status === 'draft' ? 'filled' : 'default'}
            leftSection={<IconPrinter size={18} aria-hidden />}
            onClick={() => void print('agreements.printAmendment', { id: amendment.id })}
          >
            {t('agreements.amendments.print')}
          </Button>
          {amendment.status === 'printed' && (
            <Button onClick={() => setSigning(true)}>{t('agreements.amendments.sign')}</Button>
          )}
          {amendment.status !== 'signed' && (
            <Button variant="subtle" color="red" onClick={() => setDiscarding(true)}>
              {t('agreements.amendments.discard')}
            </Button>
          )}
        </Group>
      </Group>
      <ConfirmDialog
        opened={discarding}
        onClose={() => setDiscarding(false)}
        title={t('agreements.amendments.discardTitle', { seq })}
        question={t('agreements.amendments.discardConfirm')}
        confirmLabel={t('agreements.amendments.discardSubmit')}
        destructive
        onConfirm={remove}
      />
      {signing && (
        <SignDialog
          title={t('agreements.sign.amendmentTitle', { seq })}
          today={today}
          onClose={() => setSigning(false)}
          onSign={async (signedOn) => {
            await sign.mutateAsync({ id: amendment.id, signedOn });
            notifications.show({ color: 'teal', message: t('agreements.sign.amendmentDone', { seq }) });
          }}
        />
      )}
    </Paper>
  );
}

export function AmendmentsPanel(props: Props) {
  const { t } = useTranslation();
  const { amendments } = props.agreement;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('agreements.amendments.title')}
      </Title>
      {amendments.length === 0 ? (
        <Text c="dimmed">{t('agreements.amendments.none')}</Text>
      ) : (
        <Stack gap="xs">
          {[...amendments].reverse().map((amendment) => (
            <AmendmentRow key={amendment.id} {...props} amendment={amendment} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
