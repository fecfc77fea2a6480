import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf, errorMessage, fieldText } from '../../api/errors.js';
import { DateField } from '../../components/DateField.js';

interface Props {
  title: string;
  /** Today, the usual day of signing. */
  today: string;
  onSign: (signedOn: string) => Promise<unknown>;
  onClose: () => void;
}

/** Asks for the day both parties signed; today unless changed. */
export function SignDialog({ title, today, onSign, onClose }: Props) {
  const { t } = useTranslation();
  const [signedOn, setSignedOn] = useState<string | null>(today);
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    if (!signedOn) {
      setError(t('validation.required'));
      return;
    }
    setBusy(true);
    setError(null);
    setFailure(null);
    try {
      await onSign(signedOn);
      onClose();
    } catch (caught) {
      const apiError = apiErrorOf(caught);
      if (apiError.field === 'signedOn') setError(fieldText(apiError));
      else setFailure(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={title} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void confirm();
        }}
      >
        <Stack>
          <Text>{t('agreements.sign.text')}</Text>
          <DateField label={t('fields.signedOn')} value={signedOn} onChange={setSignedOn} error={error} withAsterisk />
          {failure && <Alert color="red">{failure}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-autofocus>
              {t('agreements.sign.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
