import { dateText, daysText } from '@contract/present.js';
import { Alert, Button, Group, Modal, Radio, SegmentedControl, Stack, Text } from '@mantine/core';
import type { Agreement, EndReason, NoticeParty } from '@contract/agreements/schemas.js';
import { addDays } from '@contract/dates.js';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf, errorMessage, fieldText } from '../../api/errors.js';
import { useApiMutation } from '../../api/hooks.js';
import { DateField } from '../../components/DateField.js';

interface Props {
  agreement: Agreement;
  today: string;
  /** Opens with this reason chosen, e.g. expiry from the "period over" hint. */
  reason?: EndReason;
  onClose: () => void;
}

/** Ends an agreement by notice, by mutual agreement or by expiry, showing the last day before confirming. */
export function EndDialog({ agreement, today, reason: initialReason, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const end = useApiMutation('agreements.end', ['agreements.']);
  const [reason, setReason] = useState<EndReason>(initialReason ?? 'notice');
  const [noticeBy, setNoticeBy] = useState<NoticeParty>('employer');
  const [deliveredOn, setDeliveredOn] = useState<string | null>(today);
  const [endedOn, setEndedOn] = useState<string | null>(today);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const noticeDays = agreement.current.noticeDays;

  const lastDay =
    reason === 'notice'
      ? deliveredOn && addDays(deliveredOn, noticeDays - 1)
      : reason === 'mutual'
        ? endedOn
        : agreement.validTo;

  const confirm = async () => {
    setErrors({});
    setFailure(null);
    try {
      const ended = await end.mutateAsync({
        id: agreement.id,
        reason,
        ...(reason === 'notice' ? { noticeBy, deliveredOn } : {}),
        ...(reason === 'mutual' ? { endedOn } : {}),
      });
      notifications.show({
        color: 'teal',
        message: t('agreements.end.done', {
          number: ended.number,
          date: ended.endedOn ? dateText(lang, ended.endedOn) : '',
        }),
      });
      onClose();
    } catch (error) {
      const apiError = apiErrorOf(error);
      if (apiError.field) setErrors({ [apiError.field]: fieldText(apiError) });
      setFailure(errorMessage(error, t));
    }
  };

  const reasons: EndReason[] = agreement.validTo === null ? ['notice', 'mutual'] : ['notice', 'mutual', 'expiry'];
  return (
    <Modal opened onClose={onClose} title={t('agreements.end.title', { number: agreement.number })} size="lg" centered>
      <Stack
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          void confirm();
        }}
      >
        <Radio.Group
          label={t('agreements.end.reason')}
          value={reason}
          onChange={(value) => setReason(value)}
          error={errors.reason}
        >
          <Group mt="xs">
            {reasons.map((r) => (
              <Radio key={r} value={r} label={t(`agreements.end.reasons.${r}`)} />
            ))}
          </Group>
        </Radio.Group>
        {reason === 'notice' && (
          <>
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('agreements.end.noticeBy')}
              </Text>
              <SegmentedControl
                aria-label={t('agreements.end.noticeBy')}
                value={noticeBy}
                onChange={(value) => setNoticeBy(value)}
                data={(['employer', 'employee'] as const).map((p) => ({
                  value: p,
                  label: t(`agreements.end.noticeParties.${p}`),
                }))}
              />
            </Stack>
            <DateField
              label={t('fields.deliveredOn')}
              description={t('agreements.end.deliveredHint', { days: daysText(lang, noticeDays) })}
              value={deliveredOn}
              onChange={setDeliveredOn}
              error={errors.deliveredOn}
              withAsterisk
            />
          </>
        )}
        {reason === 'mutual' && (
          <DateField
            label={t('fields.endedOn')}
            value={endedOn}
            onChange={setEndedOn}
            error={errors.endedOn}
            withAsterisk
          />
        )}
        {lastDay && (
          <Alert color="blue" variant="light">
            {t('agreements.end.lastDay', { date: dateText(lang, lastDay) })}
          </Alert>
        )}
        {failure && <Alert color="red">{failure}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={end.isPending}>
            {t('agreements.end.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
