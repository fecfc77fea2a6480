import { dateText } from '@contract/present.js';
import { Alert, Group, Radio, SegmentedControl, Stack, Text } from '@mantine/core';
import { endInput, type Agreement, type EndReason, type NoticeParty } from '@contract/agreements/schemas.js';
import { addDays } from '@contract/dates.js';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks.js';
import { DateField } from '../../components/DateField.js';
import { FormFailure } from '../../components/FormFailure.js';
import { FormActions } from '../../components/FormActions.js';
import { useContractForm } from '../../lib/form.js';
import { Dialog } from '../../components/Dialog.js';

interface EndValues {
  reason: EndReason;
  noticeBy: NoticeParty;
  deliveredOn: string | null;
  endedOn: string | null;
}

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
  const defaultValues: EndValues = {
    reason: initialReason ?? 'notice',
    noticeBy: 'employer',
    deliveredOn: today,
    endedOn: today,
  };
  const fields = useContractForm({
    schema: endInput,
    defaultValues,
    // Only what the chosen way of ending needs: the other dates stay as typed for a change of mind.
    toInput: ({ reason, noticeBy, deliveredOn, endedOn }: EndValues) => ({
      id: agreement.id,
      reason,
      ...(reason === 'notice' ? { noticeBy, deliveredOn } : {}),
      ...(reason === 'mutual' ? { endedOn } : {}),
    }),
  });
  const reasonField = fields.value('reason');
  const noticeByField = fields.value('noticeBy');
  const deliveredOn = fields.value('deliveredOn');
  const endedOn = fields.value('endedOn');
  const reason = reasonField.value;
  const noticeDays = agreement.current.noticeDays;

  const lastDay =
    reason === 'notice'
      ? deliveredOn.value && addDays(deliveredOn.value, noticeDays - 1)
      : reason === 'mutual'
        ? endedOn.value
        : agreement.validTo;

  const submit = fields.onSubmit(async (input) => {
    const ended = await end.mutateAsync(input);
    notifications.show({
      color: 'teal',
      message: t('agreements.end.done', {
        number: ended.number,
        date: ended.endedOn ? dateText(lang, ended.endedOn) : '',
      }),
    });
    onClose();
  });

  const reasons: EndReason[] = agreement.validTo === null ? ['notice', 'mutual'] : ['notice', 'mutual', 'expiry'];
  return (
    <Dialog opened onClose={onClose} title={t('agreements.end.title', { number: agreement.number })} size="lg" centered>
      <Stack component="form" onSubmit={(e) => void submit(e)}>
        <Radio.Group {...reasonField} label={t('agreements.end.reason')}>
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
                value={noticeByField.value}
                onChange={noticeByField.onChange}
                data={(['employer', 'employee'] as const).map((p) => ({
                  value: p,
                  label: t(`agreements.end.noticeParties.${p}`),
                }))}
              />
            </Stack>
            <DateField
              label={t('fields.deliveredOn')}
              description={t('agreements.end.deliveredHint', { days: noticeDays })}
              {...deliveredOn}
              withAsterisk
            />
          </>
        )}
        {reason === 'mutual' && <DateField {...endedOn} label={t('fields.endedOn')} withAsterisk />}
        {lastDay && (
          <Alert color="blue" variant="light">
            {t('agreements.end.lastDay', { date: dateText(lang, lastDay) })}
          </Alert>
        )}
        <FormFailure message={fields.failure} />
        <FormActions onCancel={onClose} busy={fields.busy} submitLabel={t('agreements.end.confirm')} danger />
      </Stack>
    </Dialog>
  );
}
