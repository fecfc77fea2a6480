import type { DayClientView } from '@contract/attendance.js';
import { dateText, fullName, minutesText } from '@contract/present.js';
import { Alert, List, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldLabel } from '../../api/errors.js';
import { useApiQuery } from '../../api/hooks.js';
import { Dialog } from '../../components/Dialog.js';

/** A value of a work record as people read it: durations in hours and minutes, lists joined, nothing as a dash. */
const durations = new Set(['minutes', 'breakMinutes']);

function shown(name: string, value: unknown, none: string): string {
  if (durations.has(name) && typeof value === 'number') return minutesText(value);
  if (Array.isArray(value)) return value.length > 0 ? value.map(String).join(', ') : none;
  if (typeof value === 'string') return value === '' ? none : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null || value === undefined ? none : JSON.stringify(value);
}

/** The changes made to a work record after its day: who, when, why, and what from → to. */
export function HistoryDialog({ client, onClose }: { client: DayClientView | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      opened={client !== null}
      onClose={onClose}
      title={client ? t('today.history.title', { name: fullName(client) }) : ''}
      size="lg"
    >
      {client?.workRecord && <Changes workRecordId={client.workRecord.id} />}
    </Dialog>
  );
}

function Changes({ workRecordId }: { workRecordId: number }) {
  const { t, i18n } = useTranslation();
  const history = useApiQuery('attendance.workRecordHistory', { workRecordId });
  if (history.isError) return <Alert color="red">{errorMessage(history.error, t)}</Alert>;
  if (!history.data) return <Loader aria-label={t('common.loading')} />;
  if (history.data.length === 0) return <Text c="dimmed">{t('today.history.empty')}</Text>;
  const none = t('common.none');
  return (
    <Stack>
      {history.data.map((change) => {
        const names = Object.keys(change.after).filter(
          (name) => JSON.stringify(change.before[name]) !== JSON.stringify(change.after[name]),
        );
        return (
          <Paper key={change.id} withBorder p="sm" component="article">
            <Text fw={700}>
              {t('today.history.entry', {
                when: `${dateText(i18n.language, change.changedAt)} ${change.changedAt.slice(11, 16)}`,
                who: change.changedBy,
              })}
            </Text>
            <Text>{t('today.history.reason', { reason: change.reason })}</Text>
            <List size="sm">
              {names.map((name) => (
                <List.Item key={name}>
                  {t('today.history.change', {
                    field: name === 'minutes' ? t('today.history.minutes') : fieldLabel(name, t),
                    before: shown(name, change.before[name], none),
                    after: shown(name, change.after[name], none),
                  })}
                </List.Item>
              ))}
            </List>
          </Paper>
        );
      })}
    </Stack>
  );
}
