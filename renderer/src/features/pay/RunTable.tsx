import type { PayrollMonth, PayslipView } from '@contract/payroll.js';
import { minutesText } from '@contract/present.js';
import { Badge, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { amountText, type Highlight } from './format.js';
import { StackedTable } from '../../components/StackedTable.js';

interface Props {
  run: PayrollMonth;
  highlights: Map<number, Highlight>;
  onOpen: (slip: PayslipView) => void;
  /** The last column: the payment way while open, the paid mark once closed. */
  payout: (slip: PayslipView) => ReactNode;
}

const nowrap = { whiteSpace: 'nowrap' } as const;

/** A figure's cell: right-aligned, never broken across lines. */
function Figure({ children }: { children: ReactNode }) {
  return (
    <Table.Td ta="right" style={nowrap}>
      {children}
    </Table.Td>
  );
}

const figureColumns = ['shifts', 'gross', 'insurance', 'tax', 'net', 'advances', 'toPay'] as const;

/**
 * The month's pay run: one row per client, the totals under it. A row opens
 * the client's figures by click or Enter; rows that changed since the last
 * look are tinted and say so.
 */
export function RunTable({ run, highlights, onOpen, payout }: Props) {
  const { t, i18n } = useTranslation();
  const money = (amount: number) => amountText(i18n.language, amount);
  const { totals } = run;
  return (
    <StackedTable
      verticalSpacing="xs"
      horizontalSpacing={6}
      fz="sm"
      highlightOnHover
      captionSide="top"
      aria-label={t('pay.title')}
      data-testid="pay-run"
    >
      <Table.Caption style={{ textAlign: 'right' }}>{t('pay.inCrowns')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('pay.columns.client')}</Table.Th>
          {figureColumns.map((column) => (
            <Table.Th key={column} ta="right">
              {t(`pay.columns.${column}`)}
            </Table.Th>
          ))}
          <Table.Th>{t('pay.columns.payout')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {run.payslips.map((slip) => {
          const highlight = highlights.get(slip.clientId);
          return (
            <Table.Tr
              key={slip.clientId}
              className="clickable-row"
              tabIndex={0}
              aria-label={t('pay.openLines', { name: slip.name })}
              bg={highlight ? 'yellow.0' : undefined}
              onClick={() => onOpen(slip)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && event.target === event.currentTarget) onOpen(slip);
              }}
            >
              <Table.Td>
                <Stack gap={0}>
                  <Text fw={600} size="sm">
                    {slip.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {slip.code}
                    {highlight && (
                      <Badge ml={6} size="xs" color="yellow" variant="filled" c="dark">
                        {t(highlight.kind === 'new' ? 'pay.changes.newBadge' : 'pay.changes.changedBadge')}
                      </Badge>
                    )}
                  </Text>
                </Stack>
              </Table.Td>
              <Figure>
                <Text size="sm">{slip.shifts.length}</Text>
                <Text size="xs" c="dimmed">
                  {minutesText(slip.minutes)}
                </Text>
              </Figure>
              <Figure>{money(slip.gross)}</Figure>
              <Figure>{money(slip.employeeSocial + slip.employeeHealth)}</Figure>
              <Figure>
                <Text size="sm">{money(slip.tax)}</Text>
                <Text size="xs" c="dimmed">
                  {t(`pay.regimeShort.${slip.taxRegime}`)}
                </Text>
              </Figure>
              <Figure>{money(slip.net)}</Figure>
              <Figure>{money(slip.advances)}</Figure>
              <Figure>
                <Text size="sm" fw={700}>
                  {money(slip.toPay)}
                </Text>
                {slip.overAdvanced > 0 && (
                  <Text size="xs" c="orange.9" fw={600}>
                    {t('pay.overAdvanced', { amount: money(slip.overAdvanced) })}
                  </Text>
                )}
              </Figure>
              <Table.Td onClick={(event) => event.stopPropagation()}>{payout(slip)}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr fw={700}>
          <Table.Td>{t('pay.totals', { count: totals.clients })}</Table.Td>
          <Figure>{minutesText(totals.minutes)}</Figure>
          <Figure>{money(totals.gross)}</Figure>
          <Figure>{money(totals.employeeSocial + totals.employeeHealth)}</Figure>
          <Figure>{money(totals.tax)}</Figure>
          <Figure>{money(totals.net)}</Figure>
          <Figure>{money(totals.advances)}</Figure>
          <Figure>{money(totals.toPay)}</Figure>
          <Table.Td />
        </Table.Tr>
      </Table.Tfoot>
    </StackedTable>
  );
}
