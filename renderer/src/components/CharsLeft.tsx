import { Text } from '@mantine/core';
import { useWatch, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** Fields this long or longer always show what is left; shorter ones only near the limit. */
const alwaysFrom = 200;

/**
 * How many characters a text field still takes, under the field. Over the
 * limit it says by how much, in red; the text itself is kept as typed.
 */
export function CharsLeft<V extends FieldValues>({
  control,
  name,
  max,
}: {
  control: Control<V>;
  name: Path<V>;
  max: number;
}) {
  const { t } = useTranslation();
  const value: unknown = useWatch({ control, name });
  const length = typeof value === 'string' ? value.trim().length : 0;
  const left = max - length;
  if (max < alwaysFrom && left > max / 5) return null;
  return (
    <Text size="xs" c={left < 0 ? 'red' : 'dimmed'} ta="right" mt={2} aria-live="polite">
      {left < 0 ? t('common.charsOver', { count: -left }) : t('common.charsLeft', { count: left })}
    </Text>
  );
}
