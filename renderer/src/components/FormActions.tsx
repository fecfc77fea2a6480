import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  onCancel: () => void;
  /** The save is under way: the button shows it and cannot be pressed twice. */
  busy?: boolean;
  /** What the submit button says; "Save" unless the dialog does something more particular. */
  submitLabel?: string;
  cancelLabel?: string;
  /** Ends, cancels or removes something: the button is red. */
  danger?: boolean;
  /** The dialog has nothing to type: Enter confirms at once. */
  focusSubmit?: boolean;
  /** Nothing to type and the action cannot be taken back: Cancel takes focus, so Enter does no harm. */
  focusCancel?: boolean;
}

/** The footer of every dialog form: Cancel, then the submit button, at the right. */
export function FormActions({ onCancel, busy, submitLabel, cancelLabel, danger, focusSubmit, focusCancel }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel} data-autofocus={focusCancel || undefined}>
        {cancelLabel ?? t('common.cancel')}
      </Button>
      <Button type="submit" color={danger ? 'red' : undefined} loading={busy} data-autofocus={focusSubmit || undefined}>
        {submitLabel ?? t('common.save')}
      </Button>
    </Group>
  );
}
