import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormFields } from '../../lib/form.js';
import { WholeNumberField } from '../../components/WholeNumberField.js';

export interface ShiftFieldValues {
  start: string;
  end: string;
  /** A number, or the text of one being typed ("" when cleared). */
  places: number | string;
  place: string;
  task: string;
}

/** The places as the contract's input: text that is not a number is refused at the field. */
export function placesInput(places: number | string): number {
  return typeof places === 'number' ? places : Number.NaN;
}

/**
 * Time, places, place of work and task: the same fields for a recurring shift
 * and a single one, inside a form whose values include ShiftFieldValues.
 */
export function ShiftFields() {
  const { t } = useTranslation();
  const fields = useFormFields<ShiftFieldValues>();
  return (
    <>
      <SimpleGrid cols={3}>
        <TextInput {...fields.text('start')} type="time" label={t('fields.start')} withAsterisk />
        <TextInput {...fields.text('end')} type="time" label={t('fields.end')} withAsterisk />
        <WholeNumberField {...fields.value('places')} label={t('fields.places')} min={1} max={30} withAsterisk />
      </SimpleGrid>
      <TextInput {...fields.text('place')} label={t('fields.place')} withAsterisk />
      <TextInput {...fields.text('task')} label={t('fields.task')} />
    </>
  );
}
