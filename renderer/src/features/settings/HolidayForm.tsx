import { dateText } from '@contract/present.js';
import { holidayInput, type PublicHoliday } from '@contract/holidays.js';
import { Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks.js';
import { DateField } from '../../components/DateField.js';
import { FormActions } from '../../components/FormActions.js';
import { FormFailure } from '../../components/FormFailure.js';
import { useContractForm } from '../../lib/form.js';
import { Dialog } from '../../components/Dialog.js';

interface Props {
  /** The holiday to rename; null adds one. */
  existing: PublicHoliday | null;
  /** The year on screen: the calendar of a new holiday opens in it. */
  year: number;
  onSaved: (saved: PublicHoliday) => void;
  onClose: () => void;
}

/**
 * A holiday is known by its date (holidays.save adds or renames by date), so
 * editing changes the names only; a holiday on the wrong day is deleted and
 * added again, each step a whole change of its own.
 */
export function HolidayForm({ existing, year, onSaved, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const save = useApiMutation('holidays.save', ['holidays.', 'schedule.']);
  const fields = useContractForm({
    schema: holidayInput,
    defaultValues: existing ?? { date: '', nameCs: '', nameEn: '' },
  });
  const date = fields.value('date');
  const submit = fields.onSubmit(async (input) => {
    const saved = await save.mutateAsync(input);
    notifications.show({ color: 'teal', message: t('common.saved') });
    onSaved(saved);
    onClose();
  });
  const title = existing
    ? t('settings.holidays.editTitle', { date: dateText(i18n.language, existing.date) })
    : t('settings.holidays.newTitle');
  return (
    <Dialog opened onClose={onClose} title={title} centered size="lg">
      <Stack component="form" onSubmit={(e) => void submit(e)}>
        <DateField
          {...date}
          onChange={(v) => date.onChange(v ?? '')}
          label={t('fields.date')}
          description={existing ? t('settings.holidays.dateFixed') : undefined}
          disabled={existing !== null}
          defaultDate={`${year}-01-01`}
          withAsterisk
          data-autofocus={existing ? undefined : true}
        />
        <TextInput
          {...fields.text('nameCs')}
          label={t('fields.nameCs')}
          withAsterisk
          data-autofocus={existing ? true : undefined}
        />
        <TextInput {...fields.text('nameEn')} label={t('fields.nameEn')} withAsterisk />
        <FormFailure message={fields.failure} />
        <FormActions onCancel={onClose} busy={fields.busy} />
      </Stack>
    </Dialog>
  );
}
