import type { PayrollMonth } from '@contract/payroll.js';
import { dateText } from '@contract/present.js';
import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeText, type Highlight } from './format.js';

interface Props {
  run: PayrollMonth;
  seenAt: string | null;
  highlights: Map<number, Highlight>;
  gone: PayrollMonth['goneSinceSeen'];
}

/** What changed in an open month since the coordinator last looked at it, in words. */
export function ChangesNote({ run, seenAt, highlights, gone }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (seenAt === null || (highlights.size === 0 && gone.length === 0)) return null;
  return (
    <Alert color="yellow" title={t('pay.changes.title', { when: dateText(lang, seenAt) })} data-testid="pay-changes">
      <List size="sm" spacing={2}>
        {run.payslips.map((slip) => {
          const highlight = highlights.get(slip.clientId);
          if (!highlight) return null;
          return (
            <List.Item key={slip.clientId}>
              {highlight.kind === 'new'
                ? t('pay.changes.newRow', { name: slip.name })
                : t('pay.changes.changedRow', {
                    name: slip.name,
                    figures: highlight.changes.map((change) => changeText(t, lang, change)).join(', '),
                  })}
            </List.Item>
          );
        })}
        {gone.map((client) => (
          <List.Item key={`gone-${client.clientId}`}>{t('pay.changes.goneRow', { name: client.name })}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
