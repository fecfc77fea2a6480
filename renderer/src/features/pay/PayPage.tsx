import type { PayrollMonth, PayslipView } from '@contract/payroll.js';
import { dateText } from '@contract/present.js';
import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconPrinter } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation, useApiQuery } from '../../api/hooks.js';
import { usePrint } from '../../components/PrintPreview.js';
import { useToday } from '../../lib/useToday.js';
import { monthOf } from '../cash/month.js';
import { AdjustmentsPanel } from './AdjustmentsPanel.js';
import { ChangesNote } from './ChangesNote.js';
import { CloseDialog } from './CloseDialog.js';
import { highlightsOf, type Highlight } from './format.js';
import { LinesDialog } from './LinesDialog.js';
import { MonthBar } from './MonthBar.js';
import { PayoutCell } from './PayoutCell.js';
import { PrintBar } from './PrintBar.js';
import { RunTable } from './RunTable.js';
import { WarningsPanel } from './WarningsPanel.js';

export const payPath = (month: string) => `/pay/${month}`;
const isMonth = (text: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(text);

/**
 * /pay: the month to pay — the oldest month before this one that is still
 * open, as on payday — or else this month, whose warnings can still be acted on.
 */
export function PayRedirect() {
  const { t } = useTranslation();
  const today = useToday();
  const months = useApiQuery('payroll.months', {});
  if (months.isError) return <Alert color="red">{errorMessage(months.error, t)}</Alert>;
  if (!today || !months.data) return <Loader aria-label={t('common.loading')} />;
  const current = monthOf(today);
  const open = months.data.filter((m) => m.state === 'draft' && m.month < current).map((m) => m.month);
  return <Navigate to={payPath(open.sort()[0] ?? current)} replace />;
}

/** What was new at the first look at a month in this visit; it stays marked while the page is open. */
interface Look {
  month: string;
  seenAt: string | null;
  highlights: Map<number, Highlight>;
  gone: PayrollMonth['goneSinceSeen'];
}

/** The Pay area: a month's run, its warnings, closing, payday and corrections. */
export function PayPage() {
  const { t, i18n } = useTranslation();
  const month = useParams().month ?? '';
  const valid = isMonth(month);
  const today = useToday();
  const navigate = useNavigate();
  const run = useApiQuery('payroll.month', { month }, { enabled: valid });
  const { mutate: markSeen } = useApiMutation('payroll.markSeen', []);
  const [look, setLook] = useState<Look | null>(null);
  const [opened, setOpened] = useState<number | null>(null);
  const [closing, setClosing] = useState(false);
  const { print, busy: printing, preview } = usePrint();
  const printLang = i18n.language === 'en' ? 'en' : 'cs';

  const data = run.data?.month === month ? run.data : undefined;
  if (data && look?.month !== month) {
    const draft = data.state === 'draft';
    setLook({
      month,
      seenAt: data.seenAt,
      highlights: draft ? highlightsOf(data.payslips, data.seenAt) : new Map<number, Highlight>(),
      gone: draft ? data.goneSinceSeen : [],
    });
  }
  const lookedAt = look?.month === month && data?.state === 'draft' ? month : null;
  useEffect(() => {
    if (lookedAt) markSeen({ month: lookedAt });
  }, [lookedAt, markSeen]);

  if (!valid) return <Navigate to="/pay" replace />;
  const current = today ? monthOf(today) : month;
  const slipOf = (clientId: number | null): PayslipView | null =>
    data?.payslips.find((slip) => slip.clientId === clientId) ?? null;
  const highlights = look?.month === month ? look.highlights : new Map<number, Highlight>();

  return (
    <Stack maw={1200} gap="md">
      <Group align="center" wrap="wrap" gap="lg">
        <Title order={1}>{t('pay.title')}</Title>
        <MonthBar
          month={month}
          current={current}
          state={data?.state ?? null}
          onMonth={(next) => void navigate(payPath(next))}
          keysOff={opened !== null || closing}
        />
      </Group>
      {data && data.payslips.length > 0 && <PrintBar month={month} print={print} printing={printing} />}
      {run.isError && (
        <Alert color="red" title={t('common.errorTitle')}>
          <Stack align="flex-start" gap="xs">
            <Text size="sm">{errorMessage(run.error, t)}</Text>
            <Button component={Link} to="/settings" variant="light" size="compact-sm">
              {t('nav.settings')}
            </Button>
          </Stack>
        </Alert>
      )}
      {valid && !data && !run.isError && <Loader aria-label={t('common.loading')} />}
      {data && (
        <>
          {data.state === 'closed' ? (
            <Alert color="gray" icon={<IconLock size={20} aria-hidden />}>
              {t('pay.closedBy', {
                who: data.closedBy ?? '',
                date: data.closedAt ? dateText(i18n.language, data.closedAt) : '',
              })}
            </Alert>
          ) : (
            <Text size="sm" c="dimmed">
              {t('pay.draftHint')}
            </Text>
          )}
          {data.state === 'draft' && <WarningsPanel warnings={data.warnings} onOpenLines={setOpened} />}
          {look?.month === month && (
            <ChangesNote run={data} seenAt={look.seenAt} highlights={look.highlights} gone={look.gone} />
          )}
          {data.payslips.length === 0 ? (
            <Text>{t('pay.empty')}</Text>
          ) : (
            <RunTable
              run={data}
              highlights={highlights}
              onOpen={(slip) => setOpened(slip.clientId)}
              payout={(slip) => <PayoutCell month={month} slip={slip} closed={data.state === 'closed'} />}
            />
          )}
          {data.state === 'closed' && data.payslips.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('pay.payday.hint')}{' '}
              {t('pay.payday.progress', { paid: data.totals.paidClients, count: data.totals.clients })}
            </Text>
          )}
          {data.state === 'draft' && data.payslips.length > 0 && (
            <Group>
              <Button
                size="md"
                color="dark"
                leftSection={<IconLock size={18} aria-hidden />}
                onClick={() => setClosing(true)}
              >
                {t('pay.close.button')}
              </Button>
            </Group>
          )}
          {data.state === 'draft' && <AdjustmentsPanel run={data} />}
          <Text size="xs" c="dimmed">
            {t('pay.shortcuts')}
          </Text>
          <LinesDialog
            slip={slipOf(opened)}
            month={month}
            highlight={opened === null ? undefined : highlights.get(opened)}
            onClose={() => setOpened(null)}
            actions={
              opened !== null && (
                <>
                  <Button
                    variant="default"
                    leftSection={<IconPrinter size={18} aria-hidden />}
                    loading={printing}
                    onClick={() => {
                      setOpened(null);
                      void print('payroll.printPayslip', { month, clientId: opened, lang: printLang });
                    }}
                  >
                    {t('pay.print.payslip')}
                  </Button>
                  <Button
                    variant="default"
                    leftSection={<IconPrinter size={18} aria-hidden />}
                    loading={printing}
                    onClick={() => {
                      setOpened(null);
                      void print('payroll.printIncomeCertificate', {
                        clientId: opened,
                        year: Number(month.slice(0, 4)),
                        lang: printLang,
                      });
                    }}
                  >
                    {t('pay.print.certificate', { year: month.slice(0, 4) })}
                  </Button>
                </>
              )
            }
          />
          <CloseDialog run={data} opened={closing} onClose={() => setClosing(false)} />
        </>
      )}
      {preview}
    </Stack>
  );
}
