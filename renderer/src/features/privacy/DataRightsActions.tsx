import type { AnonymisationPlan } from '@contract/privacy.js';
import { dateText } from '@contract/present.js';
import { Alert, Button, Group, List, Menu, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconHistory, IconUserOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation, useApiQuery } from '../../api/hooks.js';
import { usePrint } from '../../components/PrintPreview.js';
import { Dialog } from '../../components/Dialog.js';

const blockedKeys = {
  active: 'dataRights.blockedActive',
  alreadyAnonymised: 'dataRights.blockedDone',
  tooRecent: 'dataRights.blockedTooRecent',
} as const;

/** The dates a refusal names, written for the screen. */
function blockedValues(plan: AnonymisationPlan, lang: string) {
  const day = (iso: string | null) => (iso ? dateText(lang, iso) : '');
  return { leftOn: day(plan.leftOn), from: day(plan.possibleFrom) };
}

/** What anonymising would keep (until when, by which law) and remove, asked before it runs. */
function AnonymiseDialog({ clientId, onClose }: { clientId: number; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const plan = useApiQuery('privacy.anonymisePlan', { clientId });
  const anonymise = useApiMutation('privacy.anonymise', ['clients.', 'privacy.', 'schedule.', 'agreements.']);
  const p = plan.data;
  const blocked = p?.blockedBy ? t(blockedKeys[p.blockedBy], blockedValues(p, i18n.language)) : null;
  return (
    <Dialog opened onClose={onClose} size="lg" title={p ? t('dataRights.planTitle', { name: p.clientName }) : ''}>
      {plan.isError && <Alert color="red">{errorMessage(plan.error, t)}</Alert>}
      {p && (
        <Stack>
          {blocked && <Alert color="yellow">{blocked}</Alert>}
          <Title order={3}>{t('dataRights.kept')}</Title>
          {p.kept.length === 0 ? (
            <Text>{t('dataRights.nothingKept')}</Text>
          ) : (
            <List>
              {p.kept.map((k) => (
                <List.Item key={k.group}>
                  {t(`privacy.kept.${k.group}`)} —{' '}
                  {t('dataRights.keptUntil', {
                    date: dateText(i18n.language, k.until),
                    years: k.years,
                    citation: k.citation,
                  })}
                </List.Item>
              ))}
            </List>
          )}
          <Title order={3}>{t('dataRights.removed')}</Title>
          <List>
            {p.removed.map((group) => (
              <List.Item key={group}>{t(`privacy.removed.${group}`)}</List.Item>
            ))}
          </List>
          {!blocked && <Alert color="red">{t('dataRights.irreversible')}</Alert>}
          {anonymise.isError && <Alert color="red">{errorMessage(anonymise.error, t)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              disabled={blocked !== null}
              loading={anonymise.isPending}
              onClick={() =>
                void anonymise.mutateAsync({ clientId }).then(() => {
                  notifications.show({ color: 'teal', message: t('dataRights.done') });
                  onClose();
                })
              }
            >
              {t('dataRights.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Dialog>
  );
}

/** On the client page: the client's change log, their data as PDF or JSON, and anonymisation. */
export function DataRightsActions({ clientId }: { clientId: number }) {
  const { t, i18n } = useTranslation();
  const { print, busy, preview } = usePrint();
  const [asking, setAsking] = useState(false);
  const lang = i18n.language === 'en' ? 'en' : 'cs';
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" loading={busy}>
            {t('dataRights.title')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            component={Link}
            to={`/audit?client=${clientId}`}
            leftSection={<IconHistory size={16} aria-hidden />}
          >
            {t('auditLog.openForClient')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => void print('privacy.exportClient', { clientId, format: 'pdf', lang })}
          >
            {t('dataRights.exportPdf')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => void print('privacy.exportClient', { clientId, format: 'json', lang })}
          >
            {t('dataRights.exportJson')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" leftSection={<IconUserOff size={16} aria-hidden />} onClick={() => setAsking(true)}>
            {t('dataRights.anonymise')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {asking && <AnonymiseDialog clientId={clientId} onClose={() => setAsking(false)} />}
      {preview}
    </>
  );
}
