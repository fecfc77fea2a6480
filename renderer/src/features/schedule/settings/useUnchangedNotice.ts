import { dateText } from '@contract/present.js';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

/** Tells the coordinator which days already on the sheet a change did not reach. */
export function useUnchangedNotice() {
  const { t, i18n } = useTranslation();
  return (dates: string[]) => {
    if (dates.length === 0) return;
    notifications.show({
      color: 'yellow',
      autoClose: 15_000,
      message: t('schedule.patterns.unchanged', { dates: dates.map((d) => dateText(i18n.language, d)).join(', ') }),
    });
  };
}
