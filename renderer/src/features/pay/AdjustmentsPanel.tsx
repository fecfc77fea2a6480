import { type PayrollMonth } from '@contract/payroll.js';
import { moneyText, monthText } from '@contract/present.js';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation } from '../../api/hooks.js';
import { IconButton } from '../../components/IconButton.js';
import { AdjustmentDialog } from './AdjustmentDialog.js';

/** Corrections of closed months paid or deducted in this open month, each with its reason. */
export function AdjustmentsPanel({ run }: { run: PayrollMonth }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [adding, setAdding] = useState(false);
  const remove = useApiMutation('payroll.removeAdjustment', ['payroll.']);
  const rows = run.payslips.flatMap((slip) => slip.adjustments.map((adjustment) => ({ slip, adjustment })));

  const drop = async (id: number) => {
    try {
      await remove.mutateAsync({ id });
      notifications.show({ message: t('pay.adjustments.removed') });
    } catch (error) {
      notifications.show({ color: 'red', title: t('common.errorTitle'), message: errorMessage(error, t) });
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="pay-adjustments-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id="pay-adjustments-title">
            {t('pay.adjustments.title')}
          </Title>
          <Button variant="light" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
            {t('pay.adjustments.add')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('pay.adjustments.hint')}
        </Text>
        {rows.length === 0 ? (
          <Text size="sm">{t('pay.adjustments.none')}</Text>
        ) : (
          <Stack gap={4} component="ul" p={0} m={0}>
            {rows.map(({ slip, adjustment }) => {
              const amount = moneyText(lang, adjustment.amount);
              return (
                <Group key={adjustment.id} component="li" gap="xs" wrap="nowrap" style={{ listStyle: 'none' }}>
                  <Text size="sm" style={{ flex: 1 }}>
                    {t('pay.adjustments.row', {
                      name: slip.name,
                      amount,
                      month: monthText(lang, adjustment.sourceMonth),
                      reason: adjustment.reason,
                    })}
                  </Text>
                  <IconButton
                    label={t('pay.adjustments.removeLabel', { name: slip.name, amount })}
                    variant="subtle"
                    color="red"
                    size="lg"
                    onClick={() => void drop(adjustment.id)}
                  >
                    <IconTrash size={18} aria-hidden />
                  </IconButton>
                </Group>
              );
            })}
          </Stack>
        )}
      </Stack>
      <AdjustmentDialog month={run.month} opened={adding} onClose={() => setAdding(false)} />
    </Paper>
  );
}
