import { Alert, SegmentedControl, Stack, Text } from '@mantine/core';
import type { Agreement, NoticeParty } from '@contract/agreements/schemas.js';
import type { Input, MethodName } from '@contract/index.js';
import { addDays } from '@contract/dates.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField.js';
import { dateText } from '@contract/present.js';
import { FormActions } from '../../components/FormActions.js';
import { Dialog } from '../../components/Dialog.js';

interface Props {
  agreement: Agreement;
  print: <M extends MethodName>(method: M, input: Input<M>) => Promise<unknown>;
  onClose: () => void;
}

/** Prints a notice to hand over later; the agreement runs on until the delivery is recorded with "End". */
export function PrepareNoticeDialog({ agreement, print, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [noticeBy, setNoticeBy] = useState<NoticeParty>('employer');
  const [deliveredOn, setDeliveredOn] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noticeDays = agreement.current.noticeDays;

  // A refusal is shown by the print hook as a notification, and the dialog stays open to fix the date.
  const confirm = async () => {
    setBusy(true);
    const printed = await print('agreements.prepareNotice', { id: agreement.id, noticeBy, deliveredOn });
    setBusy(false);
    if (printed !== null) onClose();
  };

  return (
    <Dialog
      opened
      onClose={onClose}
      title={t('agreements.prepareNotice.title', { number: agreement.number })}
      size="lg"
      centered
    >
      <Stack
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          void confirm();
        }}
      >
        <Text size="sm">{t('agreements.prepareNotice.intro')}</Text>
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
          label={t('agreements.prepareNotice.plannedOn')}
          description={t('agreements.prepareNotice.plannedHint')}
          value={deliveredOn}
          onChange={setDeliveredOn}
        />
        {deliveredOn && (
          <Alert color="blue" variant="light">
            {t('agreements.end.lastDay', { date: dateText(i18n.language, addDays(deliveredOn, noticeDays - 1)) })}
          </Alert>
        )}
        <FormActions onCancel={onClose} busy={busy} submitLabel={t('agreements.prepareNotice.print')} />
      </Stack>
    </Dialog>
  );
}
