import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The message under a form: "check the highlighted fields", or why a save was refused. */
export function FormFailure({ message, mt }: { message: string | null; mt?: string }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Alert color="red" title={t('common.errorTitle')} role="alert" mt={mt}>
      {message}
    </Alert>
  );
}
