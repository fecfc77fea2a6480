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
          <Table.Th ta="right">{t('pay.columns.shifts')}</Table.Th>
          <Table.Th ta="right">{t('pay.columns.gross')}</Table.Th>
          <Table.Th ta="right">{t('pay.columns.insurance')}</Table.Th>
          <Table.Th ta="right">{t('pay.columns.tax')}</Table.Th>
          <Table.Th ta="right">{t('pay.columns.net')}</Table.Th>
          <Table.Th ta="right">{t('pay.columns.advances')}</Table.Th>
          <Table.Th ta="right">{t('pay.columns.toPay')}</Table.Th>
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
              <Table.Td ta="right" style={nowrap}>
                <Text size="sm">{slip.shifts.length}</Text>
                <Text size="xs" c="dimmed">
                  {minutesText(slip.minutes)}
                </Text>
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {money(slip.gross)}
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {money(slip.employeeSocial + slip.employeeHealth)}
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                <Text size="sm">{money(slip.tax)}</Text>
                <Text size="xs" c="dimmed">
                  {t(`pay.regimeShort.${slip.taxRegime}`)}
                </Text>
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {money(slip.net)}
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {money(slip.advances)}
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                <Text size="sm" fw={700}>
                  {money(slip.toPay)}
                </Text>
                {slip.overAdvanced > 0 && (
                  <Text size="xs" c="orange.9" fw={600}>
                    {t('pay.overAdvanced', { amount: money(slip.overAdvanced) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td onClick={(event) => event.stopPropagation()}>{payout(slip)}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr fw={700}>
          <Table.Td>{t('pay.totals', { count: totals.clients })}</Table.Td>
          <Table.Td ta="right" style={nowrap}>
            {minutesText(totals.minutes)}
          </Table.Td>
          <Table.Td ta="right" style={nowrap}>
            {money(totals.gross)}
          </Table.Td>
          <Table.Td ta="right" style={nowrap}>
            {money(totals.employeeSocial + totals.employeeHealth)}
          </Table.Td>
          <Table.Td ta="right" style={nowrap}>
            {money(totals.tax)}
          </Table.Td>
          <Table.Td ta="right" style={nowrap}>
            {money(totals.net)}
          </Table.Td>
          <Table.Td ta="right" style={nowrap}>
            {money(totals.advances)}
          </Table.Td>
          <Table.Td ta="right" style={nowrap}>
            {money(totals.toPay)}
          </Table.Td>
          <Table.Td />
        </Table.Tr>
      </Table.Tfoot>
    </StackedTable>
  );
}
