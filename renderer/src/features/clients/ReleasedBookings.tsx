import { fullName, shiftLabel } from '@contract/present.js';
import { List, Text } from '@mantine/core';
import type { Promotion } from '@contract/schedule-views.js';
import type { ReleasedBooking } from '@contract/schedule-history.js';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks.js';

const shiftText = (lang: string, b: { date: string; start: string; place: string }) =>
  `${shiftLabel(lang, { date: b.date, startTime: b.start })}, ${b.place}`;

/**
 * The bookings a suspension over these days, or a deactivation (`fromToday`:
 * today on the app's clock), would take off the sheet, listed before the
 * coordinator confirms; nothing when there are none.
 */
export function ReleasedBookings({
  clientId,
  fromDate,
  toDate,
  fromToday = false,
}: {
  clientId: number;
  fromDate: string | null;
  toDate: string | null;
  fromToday?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const valid = fromToday || (fromDate !== null && (toDate === null || toDate >= fromDate));
  const preview = useApiQuery('schedule.releasePreview', { clientId, fromDate, toDate }, { enabled: valid });
  if (!valid || !preview.data || preview.data.length === 0) return null;
  return (
    <div>
      <Text size="sm" fw={600}>
        {t('clients.detail.releases')}
      </Text>
      <List size="sm" aria-label={t('clients.detail.releases')}>
        {preview.data.map((b: ReleasedBooking) => (
          <List.Item key={b.bookingId}>{shiftText(i18n.language, b)}</List.Item>
        ))}
      </List>
    </div>
  );
}

/** What a release did, for the notice: who moved up into the freed places (tell them). */
export function releasedText(t: TFunction, result: { promoted: Promotion[] }): string {
  return result.promoted.length === 0
    ? ''
    : ` ${t('schedule.booking.promotedInto', { names: result.promoted.map(fullName).join(', ') })}`;
}

/** The bookings a reactivation or a removed suspension brought back, for the notice. */
export function restoredText(t: TFunction, lang: string, result: { restored: ReleasedBooking[] }): string {
  return result.restored.length === 0
    ? ''
    : ` ${t('clients.detail.restored', { shifts: result.restored.map((b) => shiftText(lang, b)).join('; ') })}`;
}
