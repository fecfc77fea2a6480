import { shiftLabel } from '@contract/present.js';
import { Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { HistoryBooking } from '@contract/schedule-history.js';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks.js';
import { shiftName } from './format.js';

const statusColor = { booked: 'teal', cancelled: 'gray', moved: 'blue' } as const;

/** Why a booking is no longer standing, in words: the kind chosen, the reason typed, or where it went. */
function BookingNote({ booking }: { booking: HistoryBooking }) {
  const { t, i18n } = useTranslation();
  const parts: string[] = [];
  if (booking.fromWaitingList) parts.push(t('clients.history.fromWaiting'));
  if (booking.shiftCancelled) parts.push(t('clients.history.shiftCancelled'));
  if (booking.status === 'moved' && booking.movedTo) {
    parts.push(t('clients.history.movedTo', { shift: shiftName(i18n.language, booking.movedTo) }));
  }
  if (booking.status === 'cancelled' && !booking.shiftCancelled) {
    parts.push(
      booking.cancelKind ? t(`schedule.booking.cancelKind.${booking.cancelKind}`) : t('clients.history.noReason'),
    );
  }
  if (booking.cancelReason) parts.push(booking.cancelReason);
  return <Text size="sm">{parts.join(' · ')}</Text>;
}

/** The client's shifts on their page: what is coming, every booking with what became of it, the waiting lists. */
export function BookingHistory({ clientId }: { clientId: number }) {
  const { t, i18n } = useTranslation();
  const history = useApiQuery('schedule.clientHistory', { clientId });
  const lang = i18n.language;
  const data = history.data;
  if (!data) return null;
  return (
    <Paper withBorder p="md" aria-label={t('clients.history.title')} component="section">
      <Title order={2} size="h4" mb="sm">
        {t('clients.history.title')}
      </Title>
      <Stack gap="md">
        <Stack gap={4}>
          <Text fw={700}>{t('clients.history.coming')}</Text>
          {data.coming.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('clients.history.noComing')}
            </Text>
          ) : (
            <List size="sm" aria-label={t('clients.history.coming')}>
              {data.coming.map((b) => (
                <List.Item key={b.bookingId}>
                  {shiftLabel(lang, { date: b.date, startTime: b.start })}–{b.end}, {b.place}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
        <Stack gap={4}>
          <Text fw={700}>{t('clients.history.bookings')}</Text>
          {data.bookings.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('clients.history.noBookings')}
            </Text>
          ) : (
            <Table verticalSpacing={4} aria-label={t('clients.history.bookings')}>
              <Table.Tbody>
                {data.bookings.map((b) => (
                  <Table.Tr key={b.bookingId}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{shiftName(lang, b)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={statusColor[b.status]}>
                        {t(`clients.history.status.${b.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <BookingNote booking={b} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
        {data.waiting.length > 0 && (
          <Stack gap={4}>
            <Text fw={700}>{t('clients.history.waiting')}</Text>
            <List size="sm" aria-label={t('clients.history.waiting')}>
              {data.waiting.map((w) => (
                <List.Item key={w.entryId}>
                  <Group gap="xs">
                    {shiftName(lang, w)}
                    <Text span size="sm" c="dimmed">
                      {t(`clients.history.waitingStatus.${w.status}`, { position: w.position })}
                    </Text>
                  </Group>
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
