import { NumberInput, type NumberInputProps } from '@mantine/core';

/**
 * A field for a whole number (minutes, places, months, a day of the month).
 * What is typed stays as typed: a number out of `min`–`max` is not clamped
 * and a decimal is not accepted as one, so the form's schema refuses it at
 * the field with its reason. Large, as every field at the door.
 */
export function WholeNumberField(props: NumberInputProps) {
  return <NumberInput clampBehavior="none" allowDecimal={false} size="md" {...props} />;
}
