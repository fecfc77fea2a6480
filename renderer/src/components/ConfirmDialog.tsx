import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors.js';
import { Dialog } from './Dialog.js';
import { FormActions } from './FormActions.js';
import { FormFailure } from './FormFailure.js';

interface Props {
  opened: boolean;
  onClose: () => void;
  title: string;
  question: string;
  /** Names the action ("Delete the agreement"), never a bare "OK". */
  confirmLabel: string;
  /** What declining means here, when "Cancel" says too little ("Stay and edit"). */
  cancelLabel?: string;
  /** Deletes, discards or leaves something behind: the button is red and Cancel takes focus first. */
  destructive?: boolean;
  /** Does what was asked; the dialog closes when it is done, and shows why when it was refused. */
  onConfirm: () => Promise<void> | void;
}

/**
 * The app's one way to ask "are you sure?": the question, Cancel, and a button
 * naming the action. A refusal stays in the dialog with its reason, so the
 * coordinator sees that nothing happened and can cancel or try again.
 */
export function ConfirmDialog(props: Props) {
  const { opened, onClose, title, question, confirmLabel, cancelLabel, destructive, onConfirm } = props;
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const close = () => {
    setFailure(null);
    onClose();
  };
  const confirm = async () => {
    setFailure(null);
    setBusy(true);
    try {
      await onConfirm();
      onClose();
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog opened={opened} onClose={close} title={title}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void confirm();
        }}
      >
        <Stack>
          <Text>{question}</Text>
          <FormFailure message={failure} />
          <FormActions
            onCancel={close}
            busy={busy}
            submitLabel={confirmLabel}
            cancelLabel={cancelLabel}
            danger={destructive}
            focusSubmit={!destructive}
            focusCancel={destructive}
          />
        </Stack>
      </form>
    </Dialog>
  );
}
