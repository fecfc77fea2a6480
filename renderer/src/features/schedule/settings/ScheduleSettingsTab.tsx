import { Stack } from '@mantine/core';
import { PatternsPanel } from './PatternsPanel.js';
import { ScheduleRulesForm } from './ScheduleRulesForm.js';

/** Settings → Shifts: the recurring shifts and the sign-up rules. */
export function ScheduleSettingsTab() {
  return (
    <Stack>
      <PatternsPanel />
      <ScheduleRulesForm />
    </Stack>
  );
}
