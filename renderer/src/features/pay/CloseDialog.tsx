import { monthText } from '@contract/present.js';
import { type PayrollMonth } from '@contract/payroll.js';
import { Checkbox, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation } from '../../api/hooks.js';
import { FormActions } from '../../components/FormActions.js';
import { FormFailure } from '../../components/FormFailure.js';
import { closeInvalidates } from './invalidates.js';
import { WarningList } from './WarningsPanel.js';
import { Dialog } from '../../components/Dialog.js';

interface Props {
  run: PayrollMonth;
  opened: boolean;
  onClose: () => void;
}

/** Closing the month: what it does, the warnings read once more and confirmed, then the snapshot. */
export function CloseDialog({ run, opened, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const monthName = monthText(i18n.language, run.month);
  return (
    <Dialog opened={opened} onClose={onClose} size="lg" title={t('pay.close.title', { month: monthName })}>
      {opened && <CloseForm run={run} monthName={monthName} onClose={onClose} />}
    </Dialog>
  );
}

function CloseForm({ run, monthName, onClose }: { run: PayrollMonth; monthName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const close = useApiMutation('payroll.close', closeInvalidates);
  const [confirmed, setConfirmed] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const warned = run.warnings.length > 0;

  const submit = async () => {
    setFailure(null);
    try {
      await close.mutateAsync({ month: run.month, confirmWarnings: confirmed });
      notifications.show({ color: 'teal', message: t('pay.close.done', { month: monthName }) });
      onClose();
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <Text>{t('pay.close.text', { count: run.payslips.length })}</Text>
        {warned && (
          <>
            <Text fw={600}>{t('pay.close.warningsIntro')}</Text>
            <WarningList warnings={run.warnings} onOpenLines={() => undefined} readOnly />
            <Checkbox
              size="md"
              checked={confirmed}
              onChange={(event) => {
                setConfirmed(event.currentTarget.checked);
                setFailure(null);
              }}
              label={t('pay.close.confirm')}
            />
          </>
        )}
        <FormFailure message={failure} />
        <FormActions
          onCancel={onClose}
          busy={close.isPending}
          submitLabel={t('pay.close.submit')}
          focusSubmit={!warned}
        />
      </Stack>
    </form>
  );
}
