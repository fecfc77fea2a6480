import { Box, Button, Notification, Portal, Stack } from '@mantine/core';
import { notifications, useNotifications, type NotificationData } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How many messages show at once; older ones fold into "+N more". */
const visibleNotices = 3;
const defaultAutoClose = 5000;

/**
 * Messages after an action (saved, booked, undo) in the side navigation under
 * its links (`top`), where they cover no page's toolbar or buttons. Mantine's
 * own `limit` would hold back the newest message instead, so this reads its
 * store (every `notifications.show` call lands there) and shows the newest
 * three, newest first, the older ones folded below until asked for. Where the
 * window is too short for all of them, the stack scrolls.
 */
export function NotificationStack({ width, top }: { width: number; top: number | null }) {
  const { t } = useTranslation();
  const state = useNotifications();
  const all = [...state.notifications, ...state.queue];
  const [expanded, setExpanded] = useState(false);
  const [paused, setPaused] = useState(false);
  const folded = Math.max(0, all.length - visibleNotices);
  // The stack goes away without a mouseleave: the next messages start unpaused and folded.
  if (all.length === 0 && paused) setPaused(false);
  if (folded === 0 && expanded) setExpanded(false);
  if (all.length === 0 || top === null) return null;
  const shown = expanded ? all : all.slice(folded);
  return (
    <Portal>
      <Box
        component="section"
        aria-label={t('notices.region')}
        pos="fixed"
        left={8}
        top={top}
        w={width}
        mah={`calc(100vh - ${top + 8}px)`}
        style={{ zIndex: 1000, overflowY: 'auto' }}
        onMouseEnter={() => setPaused(true)}
        onMouseLeave={() => setPaused(false)}
        onFocus={() => setPaused(true)}
        onBlur={() => setPaused(false)}
      >
        <Stack gap={4}>
          {all.map((item) => (
            <AutoClose key={item.id} item={item} paused={paused} />
          ))}
          {shown.toReversed().map((item) => (
            <Notice key={item.id} item={item} />
          ))}
          {folded > 0 && (
            <Button
              variant="default"
              size="compact-sm"
              aria-expanded={expanded}
              onClick={() => setExpanded(!expanded)}
              style={{ alignSelf: 'flex-start' }}
            >
              {expanded ? t('notices.fold') : t('notices.more', { count: folded })}
            </Button>
          )}
        </Stack>
      </Box>
    </Portal>
  );
}

/**
 * Closes a message after its time unless the pointer or focus rests on the
 * stack; folded messages count down too, so the fold empties by itself.
 */
function AutoClose({ item, paused }: { item: NotificationData; paused: boolean }) {
  const { id, autoClose, onOpen } = item;
  const closeAfter = autoClose === false ? null : typeof autoClose === 'number' ? autoClose : defaultAutoClose;

  useEffect(() => {
    onOpen?.(item);
    // Once, when the message first arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (closeAfter === null || paused || id === undefined) return;
    const timer = window.setTimeout(() => notifications.hide(id), closeAfter);
    return () => window.clearTimeout(timer);
  }, [id, closeAfter, paused]);

  return null;
}

/** One message, closed by its button. */
function Notice({ item }: { item: NotificationData }) {
  const { t } = useTranslation();
  const { id, message, title, color, icon, loading, withCloseButton } = item;
  return (
    <Notification
      title={title}
      color={color}
      icon={icon}
      loading={loading}
      withCloseButton={withCloseButton}
      withBorder
      py={6}
      closeButtonProps={{ 'aria-label': t('notices.dismiss') }}
      onClose={() => id !== undefined && notifications.hide(id)}
    >
      {message}
    </Notification>
  );
}
