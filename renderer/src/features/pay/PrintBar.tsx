import { Button, Group } from '@mantine/core';
import { IconFileSpreadsheet, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { usePrint } from '../../components/PrintPreview.js';
import { useDownload } from './download.js';

interface Props {
  month: string;
  print: ReturnType<typeof usePrint>['print'];
  printing: boolean;
}

/** The month's papers one click away: all payslips, the payday list, the accountant's summary and its exports. */
export function PrintBar({ month, print, printing }: Props) {
  const { t, i18n } = useTranslation();
  const { download, busy } = useDownload();
  const lang = i18n.language === 'en' ? 'en' : 'cs';
  const papers = [
    { label: t('pay.print.payslips'), run: () => print('payroll.printPayslips', { month, lang }) },
    { label: t('pay.print.paydayList'), run: () => print('payroll.printPaydayList', { month, lang }) },
    { label: t('pay.print.summary'), run: () => print('payroll.printSummary', { month, lang }) },
  ];
  const files = (['csv', 'xlsx'] as const).map((format) => ({
    label: t(`pay.print.${format}`),
    run: () => download('payroll.exportSummary', { month, format, lang }),
  }));
  const buttons = [
    ...papers.map((paper) => ({ ...paper, icon: <IconPrinter size={18} aria-hidden />, loading: printing })),
    ...files.map((file) => ({ ...file, icon: <IconFileSpreadsheet size={18} aria-hidden />, loading: busy })),
  ];
  return (
    <Group gap="xs" wrap="wrap" component="section" aria-label={t('pay.print.title')}>
      {buttons.map(({ label, run, icon, loading }) => (
        <Button key={label} variant="default" size="sm" leftSection={icon} loading={loading} onClick={() => void run()}>
          {label}
        </Button>
      ))}
    </Group>
  );
}
