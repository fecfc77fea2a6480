import { dateText, minutesText } from '@contract/present.js';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks.js';

/**
 * The running weekly average of the agreement (Labour Code § 76): hours
 * worked in the balancing period over the weeks gone by, against the limit.
 * Nothing while the figures of the year are missing.
 */
export function WeeklyAverageLine({ agreementId }: { agreementId: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const query = useApiQuery('schedule.agreementAverage', { agreementId });
  const average = query.data;
  if (!average) return null;
  const over = average.averageMinutes > average.limitMinutes;
  return (
    <Text c={over ? 'orange.8' : undefined} fw={over ? 600 : undefined} data-testid="weekly-average">
      {t('agreements.detail.average', {
        average: minutesText(average.averageMinutes),
        limit: minutesText(average.limitMinutes),
        elapsed: average.elapsedWeeks,
        weeks: average.periodWeeks,
        from: dateText(lang, average.periodFrom),
        to: dateText(lang, average.periodTo),
        worked: minutesText(average.workedMinutes),
      })}
    </Text>
  );
}
