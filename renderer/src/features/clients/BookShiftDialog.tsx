import type { Client } from '@contract/clients.js';
import { dayLabel, fullName, timeRange } from '@contract/present.js';
import type { ShiftView } from '@contract/schedule-views.js';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation } from '../../api/hooks.js';

/**
 * The open shifts of this week and the next, one click to book the client.
 * The schedule's own rules decide (places, weekly limit, suspension); a
 * refusal is shown here and the dialog stays open.
 */
export function BookShiftDialog({
  client,
  shifts,
  onClose,
}: {
  client: Client;
  shifts: ShiftView[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [problem, setProblem] = useState<string | null>(null);
  const book = useApiMutation('schedule.book', ['schedule.', 'clients.']);
  const label = (s: ShiftView) => `${dayLabel(lang, s.date)} ${timeRange(s.start, s.end)}`;

  const pick = async (shift: ShiftView) => {
    setProblem(null);
    try {
      const result = await book.mutateAsync({ shift: shift.ref, clientId: client.id });
      notifications.show({
        color: result.warnings.length > 0 ? 'yellow' : 'teal',
        message: [
          t('schedule.book.booked', { name: fullName(client), shift: label(shift) }),
          ...result.warnings.map((w) => w.message),
        ].join(' '),
      });
      onClose();
    } catch (error) {
      setProblem(errorMessage(error, t));
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('clients.summary.bookTitle', { name: fullName(client) })} size="lg">
      <Stack gap="xs">
        {shifts.length === 0 && <Text c="dimmed">{t('clients.summary.noOpenShift')}</Text>}
        {shifts.map((s, index) => (
          <Group key={`${s.date}-${s.start}`} justify="space-between" wrap="nowrap">
            <Stack gap={0}>
              <Text fw={600}>{label(s)}</Text>
              <Text size="sm" c="dimmed">
                {s.place} · {t('clients.summary.free', { count: s.free })}
              </Text>
            </Stack>
            <Button
              variant="light"
              disabled={s.free === 0}
              loading={book.isPending && book.variables?.shift === s.ref}
              onClick={() => void pick(s)}
              data-autofocus={index === 0 ? true : undefined}
              aria-label={s.free === 0 ? undefined : t('clients.summary.bookOn', { shift: label(s) })}
            >
              {s.free === 0 ? t('clients.summary.full') : t('clients.summary.bookShort')}
            </Button>
          </Group>
        ))}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
      </Stack>
    </Modal>
  );
}
