import { Alert, Anchor } from '@mantine/core';
import { IconCalendarDue } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/hooks.js';
import { dateText } from '@contract/present.js';

/** From 1 November until next year's legal figures are entered (settings.yearTurn decides). */
export function YearTurnBanner() {
  const { t, i18n } = useTranslation();
  const turn = useApiQuery('settings.yearTurn', {});
  if (!turn.data?.ask) return null;
  return (
    <Alert color="yellow" icon={<IconCalendarDue aria-hidden />} mb="md" role="status">
      {t('settings.yearTurn.ask', { year: turn.data.year, from: dateText(i18n.language, turn.data.from) })}{' '}
      <Anchor component={Link} to="/settings?tab=parameters">
        {t('settings.yearTurn.link', { year: turn.data.year })}
      </Anchor>
    </Alert>
  );
}
