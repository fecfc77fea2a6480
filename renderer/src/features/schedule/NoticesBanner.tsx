import { fullName, timeRange } from '@contract/present.js';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { NoticeView } from '@contract/schedule-views.js';
import { IconBellRinging } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { shiftName } from './format.js';
import type { ScheduleActions } from './useScheduleActions.js';

/**
 * Whom to tell: clients moved up from a waiting list, or whose shift was
 * cancelled, restored or changed. Stays until the coordinator marks it told.
 */
export function NoticesBanner({ notices, actions }: { notices: NoticeView[]; actions: ScheduleActions }) {
  const { t, i18n } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconBellRinging size={22} />}
      title={t('schedule.notices.title')}
      role="status"
    >
      <Stack gap={6}>
        {notices.map((n) => {
          const shift = shiftName(i18n.language, n);
          const name = fullName(n);
          return (
            <Group key={n.bookingId} justify="space-between" wrap="nowrap" gap="sm">
              <Text>
                <Text span fw={700}>
                  {name}
                </Text>{' '}
                ({n.code}):{' '}
                {t(`schedule.notices.${n.kind}`, { shift, time: timeRange(n.start, n.end), place: n.place })}
              </Text>
              <Button size="xs" variant="white" onClick={() => void actions.markTold(n.bookingId, name)}>
                {t('schedule.notices.told')}
              </Button>
            </Group>
          );
        })}
      </Stack>
    </Alert>
  );
}
