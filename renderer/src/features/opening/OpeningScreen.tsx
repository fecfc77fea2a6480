import type { OpenProblem } from '@contract/opening.js';
import { Alert, Button, Code, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { callApi } from '../../api/transport.js';
import { FormFailure } from '../../components/FormFailure.js';
import { formatMoment } from '../data/format.js';
import { LockFrame } from '../vault/LockFrame.js';

/**
 * The screen in front of a data file the door could not open: what happened,
 * which file, that nothing was changed, what to do, and the newest good backup
 * with one button that puts it in place (the file there now is kept aside).
 * After that the door opens the data as usual and the lock decides what shows.
 */
export function OpeningScreen() {
  const { t, i18n } = useTranslation();
  const problem = useQuery({
    // The language is part of the key: the reason comes worded by the door.
    queryKey: ['system.openProblem', i18n.language],
    queryFn: () => callApi('system.openProblem', {}),
    staleTime: Infinity,
  });
  const value = problem.data;
  if (!value) {
    return (
      <LockFrame title={t('opening.other.title')}>
        {problem.isError ? (
          <FormFailure message={errorMessage(problem.error, t)} />
        ) : (
          <Text>{t('openingScreen.loading')}</Text>
        )}
      </LockFrame>
    );
  }
  return <ProblemView problem={value} />;
}

function ProblemView({ problem }: { problem: OpenProblem }) {
  const { t } = useTranslation();
  const { kind, file, reason, backup } = problem;
  return (
    <LockFrame title={t(`opening.${kind}.title`)} width={640}>
      <Alert color="red" variant="light" title={t(`opening.${kind}.what`, { file })} role="alert">
        <Text size="sm">{t('opening.unchanged')}</Text>
      </Alert>
      <Text>{t(`opening.${kind}.todo`)}</Text>
      {backup ? <BackupOffer backup={backup} /> : kind === 'lost' && <Text>{t('opening.backup.none')}</Text>}
      <details>
        <summary>{t('openingScreen.details')}</summary>
        <Text size="sm" c="dimmed" mt="xs">
          {reason}
        </Text>
      </details>
    </LockFrame>
  );
}

function BackupOffer({ backup }: { backup: NonNullable<OpenProblem['backup']> }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const restore = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await callApi('system.acceptRecovery', { name: backup.name });
      // The door opened the restored file: the lock now says whether to unlock or show the app.
      queryClient.removeQueries({ queryKey: ['system.openProblem'] });
      await queryClient.invalidateQueries({ queryKey: ['vault.status'] });
    } catch (error) {
      setFailure(errorMessage(error, t));
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="offered-backup">
      <Stack gap="xs">
        <Title order={2} size="h4" id="offered-backup">
          {t('opening.backup.title')}
        </Title>
        <Text>{t('opening.backup.takenAt', { date: formatMoment(backup.takenAt, i18n.language) })}</Text>
        <List size="sm">
          <List.Item>{t('opening.backup.clients', { count: backup.contents.clients })}</List.Item>
          <List.Item>{t('opening.backup.agreements', { count: backup.contents.agreements })}</List.Item>
          <List.Item>{t('opening.backup.months', { count: backup.contents.workMonths })}</List.Item>
        </List>
        <Text size="sm" c="dimmed">
          <Code>{backup.name}</Code>
        </Text>
        <Text size="sm">{t('opening.backup.keptAside')}</Text>
        <FormFailure message={failure} />
        <Button onClick={() => void restore()} loading={busy} style={{ alignSelf: 'flex-start' }}>
          {t('openingScreen.restore')}
        </Button>
      </Stack>
    </Paper>
  );
}
