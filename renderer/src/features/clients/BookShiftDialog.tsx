import type { Client } from '@contract/clients.js';
import { requiredText } from '@contract/fields.js';
import { dayLabel, fullName, timeRange } from '@contract/present.js';
import { overridableRefusals } from '@contract/schedule.js';
import type { ShiftView } from '@contract/schedule-views.js';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { apiErrorOf, errorMessage } from '../../api/errors.js';
import { useApiMutation } from '../../api/hooks.js';
import { FormFailure } from '../../components/FormFailure.js';
import { useContractForm } from '../../lib/form.js';
import { Dialog } from '../../components/Dialog.js';

/** The reason for an exception is optional in the contract (most bookings need none); here it is asked for. */
const exceptionInput = z.strictObject({ reason: requiredText(200) });

/**
 * The open shifts of this week and the next, one click to book the client.
 * The schedule's own rules decide (places, weekly limit, no-shows,
 * suspension); a refusal is shown here and the dialog stays open, and one
 * that a written reason lets past (weekly limit, no-show block) asks for it.
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
  const [exception, setException] = useState<{ shift: ShiftView; message: string } | null>(null);
  const book = useApiMutation('schedule.book', ['schedule.', 'clients.']);
  const label = (s: ShiftView) => `${dayLabel(lang, s.date)} ${timeRange(s.start, s.end)}`;

  const pick = async (shift: ShiftView, overrideReason?: string) => {
    setProblem(null);
    setException(null);
    try {
      const result = await book.mutateAsync({ shift: shift.ref, clientId: client.id, overrideReason });
      notifications.show({
        color: result.warnings.length > 0 ? 'yellow' : 'teal',
        message: [
          t('schedule.book.booked', { name: fullName(client), shift: label(shift) }),
          ...result.warnings.map((w) => w.message),
        ].join(' '),
      });
      onClose();
    } catch (error) {
      const apiError = apiErrorOf(error);
      if (overrideReason === undefined && overridableRefusals.includes(apiError.code)) {
        setException({ shift, message: apiError.message });
      } else setProblem(errorMessage(error, t));
    }
  };

  return (
    <Dialog opened onClose={onClose} title={t('clients.summary.bookTitle', { name: fullName(client) })} size="lg">
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
        {exception && (
          <ExceptionForm
            key={exception.shift.date + exception.shift.start}
            message={exception.message}
            onSubmit={(reason) => pick(exception.shift, reason)}
          />
        )}
      </Stack>
    </Dialog>
  );
}

/** The refusal, and the written reason that books past it. */
function ExceptionForm({ message, onSubmit }: { message: string; onSubmit: (reason: string) => Promise<void> }) {
  const { t } = useTranslation();
  const fields = useContractForm({ schema: exceptionInput, defaultValues: { reason: '' } });
  const submit = fields.onSubmit(({ reason }) => onSubmit(reason));
  return (
    <Stack component="form" gap="xs" onSubmit={(e) => void submit(e)}>
      <Alert color="orange" role="alert">
        {message}
      </Alert>
      <Textarea
        {...fields.text('reason')}
        label={t('schedule.override.reason')}
        description={t('schedule.override.reasonHint')}
        autosize
        minRows={2}
        withAsterisk
      />
      <FormFailure message={fields.failure} />
      <Group justify="flex-end">
        <Button type="submit">{t('schedule.override.confirm')}</Button>
      </Group>
    </Stack>
  );
}
