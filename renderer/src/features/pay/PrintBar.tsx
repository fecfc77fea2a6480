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
  const printIcon = <IconPrinter size={18} aria-hidden />;
  const fileIcon = <IconFileSpreadsheet size={18} aria-hidden />;
  return (
    <Group gap="xs" wrap="wrap" component="section" aria-label={t('pay.print.title')}>
      <Button
        variant="default"
        size="sm"
        leftSection={printIcon}
        loading={printing}
        onClick={() => void print('payroll.printPayslips', { month, lang })}
      >
        {t('pay.print.payslips')}
      </Button>
      <Button
        variant="default"
        size="sm"
        leftSection={printIcon}
        loading={printing}
        onClick={() => void print('payroll.printPaydayList', { month, lang })}
      >
        {t('pay.print.paydayList')}
      </Button>
      <Button
        variant="default"
        size="sm"
        leftSection={printIcon}
        loading={printing}
        onClick={() => void print('payroll.printSummary', { month, lang })}
      >
        {t('pay.print.summary')}
      </Button>
      <Button
        variant="default"
        size="sm"
        leftSection={fileIcon}
        loading={busy}
        onClick={() => void download('payroll.exportSummary', { month, format: 'csv', lang })}
      >
        {t('pay.print.csv')}
      </Button>
      <Button
        variant="default"
        size="sm"
        leftSection={fileIcon}
        loading={busy}
        onClick={() => void download('payroll.exportSummary', { month, format: 'xlsx', lang })}
      >
        {t('pay.print.xlsx')}
      </Button>
    </Group>
  );
}
