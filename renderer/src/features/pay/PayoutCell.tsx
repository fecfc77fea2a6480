import type { PayslipView } from '@contract/payroll.js';
import { dateText, moneyText } from '@contract/present.js';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconBuildingBank, IconCash, IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf, errorMessage } from '../../api/errors.js';
import { useApiMutation } from '../../api/hooks.js';
import { IconButton } from '../../components/IconButton.js';
import { notifyWithUndo } from '../../components/undo.js';
import { paidInvalidates } from './invalidates.js';
import { TakeBackDialog } from './TakeBackDialog.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';

interface Props {
  month: string;
  slip: PayslipView;
  closed: boolean;
}

/**
 * The payout of one client: the way while the month is open; once it is
 * closed, one click marks it paid (cash into the cash book, bank with the
 * date), its notice can undo a wrong click, and a later mistake is taken back
 * with a reason.
 */
export function PayoutCell({ month, slip, closed }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const mark = useApiMutation('payroll.markPaid', paidInvalidates);
  const unmark = useApiMutation('payroll.unmarkPaid', paidInvalidates);
  // The low-cash question's text stays while the dialog closes; `asking` opens and closes it.
  const [lowCash, setLowCash] = useState('');
  const [asking, setAsking] = useState(false);
  const [takingBack, setTakingBack] = useState(false);
  const amount = moneyText(lang, slip.toPay);
  const way = t(`pay.way.${slip.paymentMethod}`);

  if (!closed) {
    return (
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {way}
      </Text>
    );
  }

  if (slip.paid) {
    const { paid } = slip;
    const date = dateText(lang, paid.date);
    const said =
      paid.receiptNumber !== null
        ? t('pay.payday.paidCash', { date })
        : paid.method === 'bank' && paid.amount > 0
          ? t('pay.payday.paidBank', { date })
          : t('pay.payday.paidNothing', { date });
    return (
      <Group gap={4} wrap="nowrap" align="center">
        <IconCheck size={18} color="var(--mantine-color-teal-7)" aria-hidden style={{ flexShrink: 0 }} />
        <Text size="sm" c="teal.9" data-testid="paid-mark">
          {said}
          {paid.receiptNumber !== null && (
            <Text span display="block" size="xs">
              {t('pay.payday.receipt', { number: paid.receiptNumber })}
            </Text>
          )}
        </Text>
        <IconButton
          label={t('pay.payday.takeBackLabel', { name: slip.name })}
          variant="subtle"
          color="gray"
          size="lg"
          onClick={() => setTakingBack(true)}
        >
          <IconArrowBackUp size={20} aria-hidden />
        </IconButton>
        <TakeBackDialog month={month} slip={slip} opened={takingBack} onClose={() => setTakingBack(false)} />
      </Group>
    );
  }

  const undo = () => unmark.mutateAsync({ month, clientId: slip.clientId, reason: t('pay.payday.undoReason') });
  const markPaid = async (allowNegative: boolean) => {
    await mark.mutateAsync({ month, clientId: slip.clientId, allowNegative });
    const message =
      slip.paymentMethod === 'cash'
        ? t('pay.payday.doneCash', { name: slip.name, amount })
        : t('pay.payday.doneBank', { name: slip.name });
    notifyWithUndo(t, message, undo, {
      color: 'teal',
      done: t('pay.payday.undone'),
      failed: (error) =>
        notifications.show({ color: 'red', title: t('common.errorTitle'), message: errorMessage(error, t) }),
    });
  };
  const pay = async () => {
    try {
      await markPaid(false);
    } catch (error) {
      if (apiErrorOf(error).code === 'cash.wouldGoNegative') {
        setLowCash(errorMessage(error, t));
        setAsking(true);
      } else notifications.show({ color: 'red', title: t('common.errorTitle'), message: errorMessage(error, t) });
    }
  };

  const nothing = slip.toPay === 0;
  const cash = slip.paymentMethod === 'cash';
  return (
    <>
      <Button
        size="sm"
        color={nothing ? 'gray' : cash ? 'green' : 'blue'}
        variant={nothing ? 'light' : 'filled'}
        loading={mark.isPending}
        leftSection={cash ? <IconCash size={18} aria-hidden /> : <IconBuildingBank size={18} aria-hidden />}
        aria-label={
          nothing
            ? t('pay.payday.markNothingLabel', { name: slip.name })
            : t(cash ? 'pay.payday.markCashLabel' : 'pay.payday.markBankLabel', { amount, name: slip.name })
        }
        onClick={() => void pay()}
      >
        {nothing ? t('pay.payday.nothing') : cash ? t('pay.payday.markCash') : t('pay.payday.markBank')}
      </Button>
      <ConfirmDialog
        opened={asking}
        onClose={() => setAsking(false)}
        title={t('pay.payday.lowCashTitle')}
        question={lowCash}
        confirmLabel={t('pay.payday.payAnyway')}
        destructive
        onConfirm={() => markPaid(true)}
      />
    </>
  );
}
