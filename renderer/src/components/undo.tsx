import { Button, Stack, Text } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { returnFocusIfLost } from './focusReturn.js';

interface UndoOptions {
  color?: string;
  /** Said once the change is taken back. */
  done?: string;
  /** What to do when taking it back is refused; without it the undo call reports its own failure. */
  failed?: (error: unknown) => void;
}

/** The newest change that can still be taken back: its notice is on screen. Ctrl+Z reaches it. */
let latest: { id: string; takeBack: () => void } | null = null;

/**
 * A notice with an Undo button, for changes that are cheap to take back. The
 * button sits under the text: the notification stack is as narrow as the
 * side navigation. Ctrl+Z does the same for the newest such notice, so undo
 * is one key away rather than many Tab stops.
 */
export function notifyWithUndo(
  t: TFunction,
  message: string,
  undo: () => Promise<unknown>,
  options: UndoOptions = {},
): void {
  // Where focus came from when it moved onto this notice's Undo: it goes back there when the notice goes.
  let cameFrom: HTMLElement | null = null;
  const takeBack = () => {
    notifications.hide(id);
    returnFocusIfLost(cameFrom);
    const run = async () => {
      await undo();
      if (options.done) notifications.show({ message: options.done });
    };
    if (options.failed) run().catch(options.failed);
    else void run();
  };
  const id = notifications.show({
    autoClose: 8000,
    color: options.color,
    onClose: () => {
      if (latest?.id === id) latest = null;
    },
    message: (
      <Stack gap={4} align="flex-start">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={takeBack}
          onFocus={(event) => {
            if (event.relatedTarget instanceof HTMLElement) cameFrom = event.relatedTarget;
          }}
          aria-keyshortcuts="Control+Z"
        >
          {t('common.undo')}
        </Button>
      </Stack>
    ),
  });
  latest = { id, takeBack };
}

/** Takes back the newest change whose Undo is still offered; answers whether there was one. */
export function undoLatest(): boolean {
  const last = latest;
  if (!last) return false;
  latest = null;
  last.takeBack();
  return true;
}

/**
 * Ctrl+Z (⌘Z) anywhere takes back the newest change, except in a field with
 * text in it, where it stays the field's own undo of typing. An emptied field
 * counts as none: after booking, focus waits in the cleared quick-book field.
 */
export function useUndoShortcut(): void {
  useWindowEvent('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return;
    const target = event.target;
    const typing =
      target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement
        ? target.value !== ''
        : target instanceof HTMLElement && target.isContentEditable;
    if (!typing && undoLatest()) event.preventDefault();
  });
}
