import { dateText, fullName, outOfText } from '@contract/present.js';
import { Badge, Box, Group, Kbd, Menu, Stack, Text } from '@mantine/core';
import { chosenCancelKinds } from '@contract/schedule-history.js';
import type { BookingView, ShiftView, WaitingView } from '@contract/schedule-views.js';
import { IconArrowsExchange, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useState, type ReactNode } from 'react';
import { ExplainedBadge } from '../../components/ExplainedBadge.js';
import { IconButton } from '../../components/IconButton.js';
import { useFocusAfterRemoval } from '../../components/useFocusAfterRemoval.js';
import type { ChosenCancelKind } from './useScheduleActions.js';

/**
 * Crossing off asks why in a small menu anchored on the person's own row, so
 * a second click lands on a reason, never on the next person's button after
 * the list has moved; 1, 2 or 3 picks the reason from the keyboard.
 */
function CancelMenu({ booking, onCancel }: { booking: BookingView; onCancel: (kind: ChosenCancelKind) => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const name = fullName(booking);
  // A key pressed as the menu opens still reaches its button (focus moves in after the menu's transition).
  const pick = (key: string) => {
    const kind = chosenCancelKinds[Number(key) - 1];
    if (kind) onCancel(kind);
  };
  return (
    <Menu position="bottom-end" withinPortal trapFocus opened={opened} onChange={setOpened}>
      <Menu.Target>
        <IconButton
          variant="subtle"
          color="red"
          size="lg"
          label={t('schedule.booking.cancel', { name })}
          onKeyDown={(e) => {
            if (opened) pick(e.key);
          }}
        >
          <IconX size={18} />
        </IconButton>
      </Menu.Target>
      <Menu.Dropdown aria-label={t('schedule.booking.cancelMenu', { name })} onKeyDown={(e) => pick(e.key)}>
        <Menu.Label>{t('schedule.booking.cancelMenu', { name })}</Menu.Label>
        {chosenCancelKinds.map((kind, i) => (
          <Menu.Item
            key={kind}
            color={kind === 'removed' ? 'red' : undefined}
            leftSection={<Kbd size="xs">{i + 1}</Kbd>}
            onClick={() => onCancel(kind)}
          >
            {t(`schedule.booking.cancelKind.${kind}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function Row({ number, children, dashed }: { number: number; children: ReactNode; dashed?: boolean }) {
  return (
    <Group
      component="li"
      data-row={dashed ? undefined : true}
      gap="xs"
      wrap="nowrap"
      align="center"
      mih={40}
      style={{
        borderBottom: `1px ${dashed ? 'dashed' : 'solid'} var(--mantine-color-gray-3)`,
        listStyle: 'none',
      }}
    >
      <Text c="dimmed" w={22} ta="right" size="sm" aria-hidden>
        {number}.
      </Text>
      {children}
    </Group>
  );
}

interface PlaceProps {
  shift: ShiftView;
  locked: boolean;
  onCancel: (booking: BookingView, kind: ChosenCancelKind) => void;
  onMove: (booking: BookingView) => void;
}

/** The shift's places: booked names with their flags and actions, then the free places as empty lines. */
export function PlaceList({ shift, locked, onCancel, onMove }: PlaceProps) {
  const { t, i18n } = useTranslation();
  const [listRef, willRemove] = useFocusAfterRemoval<HTMLOListElement>(shift.bookings.map((b) => b.id));
  // After the start nobody can sign up: the free lines would only mislead.
  const free = shift.status === 'open' && !shift.started ? Math.max(0, shift.places - shift.bookings.length) : 0;
  if (shift.started && shift.bookings.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('schedule.shift.nobody')}
      </Text>
    );
  }
  return (
    <Box
      ref={listRef}
      component="ol"
      p={0}
      m={0}
      aria-label={t('schedule.shift.free', { free: outOfText(i18n.language, free, shift.places) })}
    >
      {shift.bookings.map((b, i) => (
        <Row key={b.id} number={i + 1}>
          <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {fullName(b)}
              {b.nickname ? (
                <Text span c="dimmed" fw={400}>
                  {' '}
                  ({b.nickname})
                </Text>
              ) : null}
            </Text>
            <Group gap={4}>
              {b.fromWaitingList && (
                <Badge size="sm" variant="light" color="blue">
                  {t('schedule.booking.fromWaiting')}
                </Badge>
              )}
              {b.overrideReason && (
                <ExplainedBadge
                  size="sm"
                  variant="light"
                  color="grape"
                  label={t('schedule.booking.override')}
                  explanation={b.overrideReason}
                />
              )}
              {b.noAgreement && (
                <ExplainedBadge
                  size="sm"
                  variant="light"
                  color="orange"
                  label={t('schedule.booking.noAgreement')}
                  explanation={t('schedule.booking.noAgreementHint')}
                />
              )}
              {b.noShowBlockedUntil && (
                <ExplainedBadge
                  size="sm"
                  variant="light"
                  color="red"
                  label={t('schedule.booking.noShowBlock')}
                  explanation={t('schedule.booking.noShowBlockHint', {
                    date: dateText(i18n.language, b.noShowBlockedUntil),
                  })}
                />
              )}
              {b.suspended && (
                <ExplainedBadge
                  size="sm"
                  variant="filled"
                  color="red"
                  label={t('schedule.booking.suspended')}
                  explanation={t('schedule.booking.suspendedHint')}
                />
              )}
            </Group>
          </Stack>
          {!locked && (
            <Group gap={2} wrap="nowrap">
              <IconButton
                variant="subtle"
                color="gray"
                size="lg"
                label={t('schedule.booking.move', { name: fullName(b) })}
                onClick={() => onMove(b)}
              >
                <IconArrowsExchange size={18} />
              </IconButton>
              <CancelMenu
                booking={b}
                onCancel={(kind) => {
                  willRemove(b.id, i);
                  onCancel(b, kind);
                }}
              />
            </Group>
          )}
        </Row>
      ))}
      {Array.from({ length: free }, (_, i) => (
        <Row key={`free-${i}`} number={shift.bookings.length + i + 1} dashed>
          <Text c="dimmed" size="sm" fs="italic">
            {t('schedule.shift.freePlace')}
          </Text>
        </Row>
      ))}
    </Box>
  );
}

interface WaitingProps {
  shift: ShiftView;
  fairnessWeeks: number;
  locked: boolean;
  onRemove: (entry: WaitingView) => void;
}

/** The waiting list in the order places will be offered. */
export function WaitingList({ shift, fairnessWeeks, locked, onRemove }: WaitingProps) {
  const { t } = useTranslation();
  const [listRef, willRemove] = useFocusAfterRemoval<HTMLDivElement>(shift.waiting.map((w) => w.id));
  return (
    <Stack gap={4} ref={listRef}>
      <Text fw={700} size="sm" c="dimmed" tt="uppercase">
        {t('schedule.shift.waiting')}
      </Text>
      {shift.waiting.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('schedule.shift.waitingEmpty')}
        </Text>
      ) : (
        <Box component="ol" p={0} m={0} aria-label={t('schedule.shift.waiting')}>
          {shift.waiting.map((w, i) => (
            <Row key={w.id} number={w.order}>
              <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                <Text style={{ overflowWrap: 'anywhere' }} c={w.blockedBy ? 'dimmed' : undefined}>
                  {fullName(w)}
                </Text>
                <Group gap={4}>
                  {w.priority && (
                    <ExplainedBadge
                      size="sm"
                      variant="light"
                      color="teal"
                      label={t('schedule.waiting.priority')}
                      explanation={t('schedule.waiting.priorityHint', { count: fairnessWeeks })}
                    />
                  )}
                  {w.blockedBy && (
                    <ExplainedBadge
                      size="sm"
                      variant="light"
                      color="gray"
                      label={t(`schedule.waiting.blocked.${w.blockedBy}`)}
                      explanation={t('schedule.waiting.blockedHint')}
                    />
                  )}
                </Group>
              </Stack>
              {!locked && (
                <IconButton
                  variant="subtle"
                  color="gray"
                  size="lg"
                  label={t('schedule.waiting.remove', { name: fullName(w) })}
                  onClick={() => {
                    willRemove(w.id, i);
                    onRemove(w);
                  }}
                >
                  <IconX size={18} />
                </IconButton>
              )}
            </Row>
          ))}
        </Box>
      )}
    </Stack>
  );
}
