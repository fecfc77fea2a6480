import { Alert, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { BackupItem } from '@contract/backups.js';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation, useApiQuery } from '../../api/hooks.js';
import { formatMoment, formatSize } from './format.js';
import { RestoreDialog } from './RestoreDialog.js';
import { StackedTable } from '../../components/StackedTable.js';

const knownKinds = ['quit', 'daily', 'manual', 'before-migration', 'before-restore', 'damaged'] as const;

/** The backups, newest first, with what each holds; back up now, restore one, undo the last restore. */
export function BackupsPanel() {
  const { t, i18n } = useTranslation();
  const list = useApiQuery('backups.list', {});
  const create = useApiMutation('backups.create', ['backups.']);
  const undo = useApiMutation('backups.undoRestore', ['']);
  const [chosen, setChosen] = useState<BackupItem | null>(null);
  const lang = i18n.language;
  const kindText = (kind: string) => {
    const known = knownKinds.find((k) => k === kind);
    return known ? t(`data.backups.kinds.${known}`) : kind;
  };
  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      notifications.show({ color: 'teal', message: done });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    }
  };
  const backupNow = () =>
    act(async () => {
      const made = await create.mutateAsync({});
      if (made.secondFolderProblem) {
        notifications.show({
          color: 'orange',
          message: t('data.backups.secondFolderProblem', { folder: made.secondFolderProblem }),
        });
      }
    }, t('data.backups.done'));
  const data = list.data;
  return (
    <Stack gap="sm">
      <Title order={2}>{t('data.backups.title')}</Title>
      <Text maw={820}>{t('data.backups.intro')}</Text>
      {data?.folder ? (
        <Text size="sm" c="dimmed">
          {t('data.backups.folder', { folder: data.folder })}
        </Text>
      ) : null}
      {data?.secondFolderMissing ? (
        <Alert color="orange">{t('data.backups.secondFolderMissing', { folder: data.secondFolder })}</Alert>
      ) : null}
      {data?.undo ? (
        <Alert color="blue" title={t('data.restore.undoTitle')}>
          <Group justify="space-between">
            <Text>{t('data.restore.undoText', { date: formatMoment(data.undo.takenAt, lang) })}</Text>
            <Button
              variant="default"
              loading={undo.isPending}
              onClick={() => void act(() => undo.mutateAsync({}), t('data.restore.undone'))}
            >
              {t('data.restore.undo')}
            </Button>
          </Group>
        </Alert>
      ) : null}
      <Group>
        <Button onClick={() => void backupNow()} loading={create.isPending}>
          {t('data.backups.backupNow')}
        </Button>
      </Group>
      {data && data.backups.length === 0 ? <Text>{t('data.backups.empty')}</Text> : null}
      {data && data.backups.length > 0 ? (
        <StackedTable striped highlightOnHover maw={1000}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('data.backups.taken')}</Table.Th>
              <Table.Th>{t('data.backups.kind')}</Table.Th>
              <Table.Th>{t('data.backups.size')}</Table.Th>
              <Table.Th>{t('data.backups.holds')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.backups.map((backup) => (
              <Table.Tr key={backup.name}>
                <Table.Td>{formatMoment(backup.takenAt, lang)}</Table.Td>
                <Table.Td>
                  {kindText(backup.kind)}{' '}
                  {backup.copied ? (
                    <Badge variant="light" size="sm">
                      {t('data.backups.copied')}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>{formatSize(backup.size, lang)}</Table.Td>
                <Table.Td>
                  {backup.contents ? t('data.backups.holdsText', backup.contents) : t('data.backups.unreadable')}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    disabled={!backup.contents}
                    aria-label={t('data.backups.restoreLabel', { date: formatMoment(backup.takenAt, lang) })}
                    onClick={() => setChosen(backup)}
                  >
                    {t('data.backups.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </StackedTable>
      ) : null}
      <RestoreDialog backup={chosen} onClose={() => setChosen(null)} />
    </Stack>
  );
}
