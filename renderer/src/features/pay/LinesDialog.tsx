import { type PayslipView } from '@contract/payroll.js';
import { dateText, minutesText, moneyText, monthText } from '@contract/present.js';
import { Alert, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { basisText, changeText, type Highlight } from './format.js';
import { Dialog } from '../../components/Dialog.js';

interface Props {
  slip: PayslipView | null;
  month: string;
  highlight: Highlight | undefined;
  onClose: () => void;
  /** The payslip's print button, where printing is offered. */
  actions?: ReactNode;
}

const nowrap = { whiteSpace: 'nowrap' } as const;

/**
 * One client's month, every figure with what it came from and the law behind
 * it: the shifts, the pay module's lines gross to net, then the advances,
 * corrections and what is left to hand over.
 */
export function LinesDialog({ slip, month, highlight, onClose, actions }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Dialog
      opened={slip !== null}
      onClose={onClose}
      size="xl"
      title={slip ? t('pay.lines.title', { name: slip.name, month: monthText(lang, month) }) : ''}
    >
      {slip && (
        <Stack gap="md">
          {highlight?.kind === 'changed' && (
            <Alert color="yellow">{highlight.changes.map((change) => changeText(t, lang, change)).join(' · ')}</Alert>
          )}
          {highlight?.kind === 'new' && <Alert color="yellow">{t('pay.changes.newRow', { name: slip.name })}</Alert>}
          <Title order={3} size="h4">
            {t('pay.lines.shifts')}
          </Title>
          <List spacing={2} size="sm">
            {slip.shifts.map((shift) => {
              const day = t(`pay.lines.dayKind.${shift.dayKind}`);
              return (
                <List.Item key={shift.workRecordId}>
                  {t('pay.lines.shift', {
                    date: dateText(lang, shift.date),
                    minutes: minutesText(shift.minutes),
                    rate: moneyText(lang, shift.hourlyRate),
                  })}
                  {day ? ` (${day})` : ''}
                </List.Item>
              );
            })}
          </List>
          <Title order={3} size="h4">
            {t('pay.lines.figures')}
          </Title>
          <Table fz="sm" verticalSpacing={4} aria-label={t('pay.lines.figures')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pay.lines.figure')}</Table.Th>
                <Table.Th>{t('pay.lines.from')}</Table.Th>
                <Table.Th ta="right">{t('pay.lines.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {slip.lines.map((line, index) => (
                <Table.Tr
                  key={`${line.key}-${index}`}
                  fw={line.key === 'gross' || line.key === 'net' ? 700 : undefined}
                >
                  <Table.Td>
                    <Text size="sm" fw="inherit">
                      {t(`pay.lines.keys.${line.key}`)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {line.citation}
                    </Text>
                  </Table.Td>
                  <Table.Td>{basisText(t, lang, line)}</Table.Td>
                  <Table.Td ta="right" style={nowrap}>
                    {moneyText(lang, line.amount)}
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td colSpan={2}>{t('pay.lines.advances')}</Table.Td>
                <Table.Td ta="right" style={nowrap}>
                  {moneyText(lang, -slip.advances)}
                </Table.Td>
              </Table.Tr>
              {slip.adjustments.map((adjustment) => (
                <Table.Tr key={adjustment.id}>
                  <Table.Td colSpan={2}>
                    {t('pay.lines.adjustment', {
                      month: monthText(lang, adjustment.sourceMonth),
                      reason: adjustment.reason,
                    })}
                  </Table.Td>
                  <Table.Td ta="right" style={nowrap}>
                    {moneyText(lang, adjustment.amount)}
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td colSpan={2}>{t('pay.lines.remainder')}</Table.Td>
                <Table.Td ta="right" style={nowrap}>
                  {moneyText(lang, slip.remainder)}
                </Table.Td>
              </Table.Tr>
              <Table.Tr fw={700}>
                <Table.Td colSpan={2}>
                  {t('pay.lines.toPay', { way: t(`pay.way.${slip.paymentMethod}`) })}
                  {slip.paymentMethod === 'cash' && slip.toPay !== slip.remainder && slip.remainder > 0 && (
                    <Text size="xs" c="dimmed" fw={400}>
                      {t('pay.lines.roundedUp')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={nowrap}>
                  {moneyText(lang, slip.toPay)}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          {slip.overAdvanced > 0 && (
            <Alert color="orange">{t('pay.overAdvanced', { amount: moneyText(lang, slip.overAdvanced) })}</Alert>
          )}
          {slip.paid && <Text size="sm">{t('pay.lines.paid', { date: dateText(lang, slip.paid.date) })}</Text>}
          {actions && <Group>{actions}</Group>}
        </Stack>
      )}
    </Dialog>
  );
}
