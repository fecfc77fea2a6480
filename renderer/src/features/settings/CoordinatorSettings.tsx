import { Alert, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useApiQuery } from '../../api/hooks.js';
import { CoordinatorForm } from './CoordinatorForm.js';

/** The name on the settings screen; a damaged stored one is said, with an empty field to enter it again. */
export function CoordinatorSettings() {
  const { t } = useTranslation();
  const current = useApiQuery('settings.getCoordinator', {});
  if (current.isError) {
    return (
      <Paper withBorder p="md" maw={560}>
        <Alert color="red" mb="md">
          {errorMessage(current.error, t)}
        </Alert>
        <CoordinatorForm key="damaged" initial="" />
      </Paper>
    );
  }
  if (!current.data) return null;
  return (
    <Paper withBorder p="md" maw={560}>
      <CoordinatorForm key={current.dataUpdatedAt} initial={current.data.coordinatorName ?? ''} />
    </Paper>
  );
}
