import type { AgreementSummary } from '@contract/agreements/schemas.js';
import type { Client } from '@contract/clients.js';
import { dayLabel, dateText, periodText, timeRange } from '@contract/present.js';
import { Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks.js';
import { StateBadge } from '../agreements/display.js';
import { BookShiftDialog } from './BookShiftDialog.js';
import { useClientWeeks } from './useClientWeeks.js';

/** The agreement that matters today: the one in force, else the next one, else the latest. */
function currentAgreement(items: AgreementSummary[]): AgreementSummary | undefined {
  const rank = (a: AgreementSummary) => (['valid', 'ending'].includes(a.state) ? 0 : a.state === 'upcoming' ? 1 : 2);
  return [...items].sort((a, b) => rank(a) - rank(b) || b.validFrom.localeCompare(a.validFrom))[0];
}

/** What the coordinator needs at the door, before any detail: agreement, shifts, suspensions. */
export function ClientSummary({ client }: { client: Client }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [booking, setBooking] = useState(false);
  const weeks = useClientWeeks(client.id);
  const agreements = useApiQuery('agreements.list', { clientId: client.id, limit: 100 });
  const agreement = agreements.data ? currentAgreement(agreements.data.items) : undefined;
  const today = weeks?.today;
  const suspensions = today ? client.suspensions.filter((s) => s.toDate === null || s.toDate >= today) : [];
  const noShows = useApiQuery('schedule.noShows', { clientIds: [client.id] }).data?.[0];

  return (
    <Paper withBorder p="md" role="group" aria-label={t('clients.summary.title')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Item label={t('clients.summary.agreement')}>
          {agreements.data &&
            (agreement ? (
              <Group gap="xs">
                <StateBadge state={agreement.state} />
                <Text size="sm">
                  {agreement.number} · {periodText(lang, agreement.validFrom, agreement.lastDay ?? agreement.validTo)}
                </Text>
              </Group>
            ) : (
              <Text size="sm" c="orange">
                {t('clients.summary.noAgreement')}
              </Text>
            ))}
        </Item>
        <Item label={t('clients.summary.suspensions')}>
          <Text size="sm">
            {suspensions.length === 0
              ? t('clients.summary.noSuspension')
              : suspensions.map((s) => periodText(lang, s.fromDate, s.toDate)).join(', ')}
          </Text>
        </Item>
        <Item label={t('clients.summary.noShows')}>
          {noShows && (
            <Stack gap={2}>
              <Text size="sm">
                {t('clients.summary.noShowCount', {
                  recent: noShows.recent,
                  weeks: noShows.windowWeeks,
                  total: noShows.total,
                })}
              </Text>
              {noShows.blockedUntil && (
                <Text size="sm" c="red" fw={600}>
                  {t('clients.summary.noShowBlocked', { date: dateText(lang, noShows.blockedUntil) })}
                </Text>
              )}
            </Stack>
          )}
        </Item>
        <Item label={t('clients.summary.coming')}>
          {weeks && (
            <Stack gap={2}>
              {weeks.coming.length === 0 && weeks.waiting.length === 0 && (
                <Text size="sm">{t('clients.summary.noComing')}</Text>
              )}
              {weeks.coming.map((s) => (
                <Text size="sm" key={`${s.date}-${s.start}`}>
                  {dayLabel(lang, s.date)} {timeRange(s.start, s.end)} · {s.place}
                </Text>
              ))}
              {weeks.waiting.map((s) => (
                <Text size="sm" c="dimmed" key={`w-${s.date}-${s.start}`}>
                  {t('clients.summary.waitingFor', { shift: `${dayLabel(lang, s.date)} ${timeRange(s.start, s.end)}` })}
                </Text>
              ))}
            </Stack>
          )}
        </Item>
        <Item label={t('clients.summary.lastBooked')}>
          {weeks && (
            <Text size="sm">
              {weeks.lastBooked ? dateText(lang, weeks.lastBooked) : t('clients.summary.notRecently')}
            </Text>
          )}
        </Item>
      </SimpleGrid>
      {client.active && (
        <Group mt="md">
          <Button
            leftSection={<IconCalendarPlus size={18} aria-hidden />}
            variant="light"
            onClick={() => setBooking(true)}
            disabled={!weeks}
          >
            {t('clients.summary.book')}
          </Button>
        </Group>
      )}
      {booking && weeks && (
        <BookShiftDialog client={client} shifts={weeks.bookable} onClose={() => setBooking(false)} />
      )}
    </Paper>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {label}
      </Text>
      {children}
    </Stack>
  );
}
