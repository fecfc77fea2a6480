import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks.js';
import { CoordinatorForm } from './CoordinatorForm.js';
import { Dialog } from '../../components/Dialog.js';

/**
 * At first start (no name stored) the coordinator is asked for their name.
 * It can be put off ("Later"): until a name is saved the app asks at every start
 * and changes are recorded under the computer's user name.
 */
export function FirstStartDialog() {
  const { t } = useTranslation();
  const current = useApiQuery('settings.getCoordinator', {});
  const [later, setLater] = useState(false);
  const opened = !later && current.data !== undefined && current.data.coordinatorName === null;
  return (
    <Dialog
      opened={opened}
      onClose={() => setLater(true)}
      title={t('settings.coordinator.welcome')}
      closeButtonProps={{ 'aria-label': t('settings.coordinator.later') }}
      closeOnClickOutside={false}
      size="lg"
    >
      <CoordinatorForm initial="" onSaved={() => setLater(true)} />
    </Dialog>
  );
}
