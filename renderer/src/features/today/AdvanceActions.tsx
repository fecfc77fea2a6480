import type { AdvanceProposal } from '@contract/advances.js';
import type { DocumentFile } from '@contract/documents.js';
import type { Input, MethodName } from '@contract/index.js';
import { dateText, moneyText } from '@contract/present.js';
import { Badge, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCash, IconPrinter } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation } from '../../api/hooks.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { ExplainedBadge } from '../../components/ExplainedBadge.js';

type Print = <M extends MethodName>(method: M, input: Input<M>) => Promise<DocumentFile | null>;

interface Props {
  proposal: AdvanceProposal;
  name: string;
  print: Print;
}

/**
 * The advance after a worked shift: the proposal with its cap, paid against a
 * printed receipt, or declined; a paid one reprints its receipt.
 */
export function AdvanceActions({ proposal, name, print }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const decline = useApiMutation('advances.decline', ['advances.', 'cash.']);
  const [confirming, setConfirming] = useState(false);
  const amount = moneyText(lang, proposal.amount);
  const printLang = lang === 'en' ? 'en' : 'cs';

  const pay = async (allowNegative: boolean) => {
    await print('advances.pay', { workRecordId: proposal.workRecordId, allowNegative, lang: printLang });
    await queryClient.invalidateQueries({
      predicate: (query) => ['advances.', 'cash.'].some((prefix) => String(query.queryKey[0]).startsWith(prefix)),
    });
  };
  const refuse = async () => {
    try {
      await decline.mutateAsync({ workRecordId: proposal.workRecordId });
      notifications.show({ message: t('today.advance.declinedDone', { name }) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.errorTitle'), message: errorMessage(error, t) });
    }
  };

  if (proposal.status === 'paid' && proposal.receipt) {
    const { receipt } = proposal;
    return (
      <Group gap="xs">
        <Badge color="teal" variant="light" size="lg">
          {t('today.advance.paid', { amount: moneyText(lang, receipt.amount), number: receipt.number })}
        </Badge>
        {proposal.overAdvanced > 0 && (
          <Text size="sm" c="orange.9" fw={600} role="status">
            {t('today.advance.overAdvanced', {
              amount: moneyText(lang, proposal.overAdvanced),
              net: moneyText(lang, proposal.expectedNet),
            })}
          </Text>
        )}
        <Button
          size="md"
          variant="subtle"
          leftSection={<IconPrinter size={20} aria-hidden />}
          aria-label={t('today.advance.printReceiptLabel', { number: receipt.number, name })}
          onClick={() => void print('cash.printReceipt', { id: receipt.id, lang: printLang })}
        >
          {t('today.advance.printReceipt')}
        </Button>
      </Group>
    );
  }
  if (proposal.status === 'declined') return <Badge color="gray">{t('today.advance.declined')}</Badge>;
  if (proposal.status === 'weekOver') return <Text size="sm">{t('today.advance.weekOver')}</Text>;
  if (proposal.amount === 0) return <Text size="sm">{t('today.advance.nothing')}</Text>;

  return (
    <Group gap="xs">
      <Button
        size="md"
        color="green"
        leftSection={<IconCash size={20} aria-hidden />}
        aria-label={t('today.advance.payLabel', { amount, name })}
        onClick={() => (proposal.amount > proposal.cashBalance ? setConfirming(true) : void pay(false))}
      >
        {t('today.advance.pay', { amount })}
      </Button>
      {proposal.capped && (
        <ExplainedBadge
          color="orange"
          variant="light"
          label={t('today.advance.capped')}
          explanation={t('today.advance.cappedHint', {
            share: moneyText(lang, proposal.share),
            net: moneyText(lang, proposal.expectedNet),
            paid: moneyText(lang, proposal.paidBefore),
          })}
        />
      )}
      <Button
        size="md"
        variant="default"
        aria-label={t('today.advance.declineLabel', { name })}
        loading={decline.isPending}
        onClick={() => void refuse()}
      >
        {t('today.advance.decline')}
      </Button>
      {proposal.workDate !== proposal.payableUntil && (
        <Text size="xs" c="dimmed">
          {t('today.advance.until', { date: dateText(lang, proposal.payableUntil) })}
        </Text>
      )}
      <ConfirmDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('today.advance.lowCashTitle')}
        question={t('today.advance.lowCash', { balance: moneyText(lang, proposal.cashBalance), amount })}
        confirmLabel={t('today.advance.payAnyway')}
        destructive
        onConfirm={() => pay(true)}
      />
    </Group>
  );
}
