import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';

interface UndoOptions {
  color?: string;
  /** Said once the change is taken back. */
  done?: string;
  /** What to do when taking it back is refused; without it the undo call reports its own failure. */
  failed?: (error: unknown) => void;
}

/**
 * A notice with an Undo button, for changes that are cheap to take back. The
 * button sits under the text: the notification stack is as narrow as the
 * side navigation.
 */
export function notifyWithUndo(
  t: TFunction,
  message: string,
  undo: () => Promise<unknown>,
  options: UndoOptions = {},
): void {
  const takeBack = async () => {
    await undo();
    if (options.done) notifications.show({ message: options.done });
  };
  const id = notifications.show({
    autoClose: 8000,
    color: options.color,
    message: (
      <Stack gap={4} align="flex-start">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            if (options.failed) takeBack().catch(options.failed);
            else void takeBack();
          }}
        >
          {t('common.undo')}
        </Button>
      </Stack>
    ),
  });
}
