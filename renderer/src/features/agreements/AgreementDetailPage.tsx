import { dateText, listName, periodText } from '@contract/present.js';
import { Alert, Anchor, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation, useApiQuery } from '../../api/hooks.js';

import { ActionBar, type Dialog } from './ActionBar.js';
import { AmendDialog } from './AmendDialog.js';
import { AmendmentsPanel } from './AmendmentsPanel.js';
import { StateBadge, TermsList } from './display.js';
import { DocumentsPanel } from './DocumentsPanel.js';
import { EndDialog } from './EndDialog.js';
import { PrepareNoticeDialog } from './PrepareNoticeDialog.js';
import { SignDialog } from './SignDialog.js';
import { usePrintAgreements } from './usePrintAgreements.js';
import { useToday } from '../../lib/useToday.js';
import { WeeklyAverageLine } from './WeeklyAverageLine.js';

export function AgreementDetailPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = Number(useParams().id);
  const today = useToday();
  const query = useApiQuery('agreements.get', { id }, { enabled: Number.isInteger(id) && id > 0 });
  const sign = useApiMutation('agreements.sign', ['agreements.']);
  const { print: printAndRefresh, busy, preview } = usePrintAgreements();
  const [dialog, setDialog] = useState<Dialog | null>(null);

  if (query.isPending || today === undefined) return <Loader aria-label={t('common.loading')} />;
  if (query.isError) {
    return (
      <Alert color="red" title={t('common.errorTitle')}>
        {errorMessage(query.error, t)}
      </Alert>
    );
  }
  const a = query.data;
  const ending = a.endedOn
    ? t('agreements.detail.endedBy', {
        date: dateText(lang, a.endedOn),
        reason: a.endReason ? t(`agreements.detail.endReason.${a.endReason}`) : '',
      })
    : null;
  const amended = a.amendments.some((m) => m.status === 'signed');
  return (
    <Stack maw={1100}>
      <Anchor component={Link} to="/agreements" size="sm">
        ← {t('agreements.detail.back')}
      </Anchor>
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={1}>{t('agreements.numbered', { number: a.number })}</Title>
          <StateBadge state={a.state} />
        </Group>
        <Group gap="md">
          <Anchor component={Link} to={`/clients/${a.client.id}`} fw={600} size="lg">
            {listName(a.client)}
          </Anchor>
          <Text c="dimmed">{periodText(lang, a.validFrom, a.validTo)}</Text>
          {a.signedOn && (
            <Text c="dimmed">{t('agreements.detail.signedOn', { date: dateText(lang, a.signedOn) })}</Text>
          )}
          {ending && (
            <Text c="orange.8">
              {ending}
              {a.noticeBy ? ` (${t(`agreements.detail.noticeBy.${a.noticeBy}`)})` : ''}
            </Text>
          )}
        </Group>
        {(a.status === 'signed' || a.status === 'ended') && <WeeklyAverageLine agreementId={a.id} />}
      </Stack>
      {a.warnings.map((w) => (
        <Alert key={w.code} color="yellow" title={t('agreements.detail.youngEmployee')}>
          {w.message}
        </Alert>
      ))}
      <ActionBar agreement={a} print={printAndRefresh} printing={busy} open={setDialog} />
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {amended ? t('agreements.detail.current') : t('agreements.detail.original')}
        </Title>
        <TermsList terms={amended ? a.current : a.terms} />
      </Paper>
      {(a.status === 'signed' || a.status === 'ended') && (
        <AmendmentsPanel agreement={a} today={today} print={printAndRefresh} />
      )}
      <DocumentsPanel agreement={a} print={printAndRefresh} />
      {preview}
      {dialog?.kind === 'sign' && (
        <SignDialog
          title={t('agreements.sign.title', { number: a.number })}
          today={today}
          onClose={() => setDialog(null)}
          onSign={async (signedOn) => {
            await sign.mutateAsync({ id: a.id, signedOn });
            notifications.show({ color: 'teal', message: t('agreements.sign.done', { number: a.number }) });
          }}
        />
      )}
      {dialog?.kind === 'amend' && <AmendDialog agreement={a} today={today} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'prepareNotice' && (
        <PrepareNoticeDialog agreement={a} print={printAndRefresh} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'end' && (
        <EndDialog
          agreement={a}
          today={today}
          onClose={() => setDialog(null)}
          {...(dialog.reason ? { reason: dialog.reason } : {})}
        />
      )}
    </Stack>
  );
}
