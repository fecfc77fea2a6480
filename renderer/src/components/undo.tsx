import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';

/** A notice with an Undo button, for changes that are cheap to take back. */
export function notifyWithUndo(t: TFunction, message: string, undo: () => Promise<unknown>): void {
  const id = notifications.show({
    autoClose: 8000,
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{message}</Text>
        <Button
          size="xs"
          variant="light"
          onClick={() => {
            notifications.hide(id);
            void undo();
          }}
        >
          {t('common.undo')}
        </Button>
      </Group>
    ),
  });
}
