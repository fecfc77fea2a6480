import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { parseTypedDate } from '../lib/format.js';

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  value: string | null | undefined;
  onChange: (value: string | null) => void;
};

/** A date typed as people write it (15. 3. 1980) or picked; the value is an ISO date. */
export function DateField({ value, onChange, ...rest }: Props) {
  const { i18n } = useTranslation();
  return (
    <DateInput
      {...rest}
      value={value || null}
      onChange={(next) => onChange(next ? next.slice(0, 10) : null)}
      valueFormat={i18n.language === 'en' ? 'DD/MM/YYYY' : 'D. M. YYYY'}
      dateParser={(text) => parseTypedDate(text)}
      leftSection={<IconCalendar size={18} stroke={1.5} aria-hidden />}
      clearable
      allowDeselect
    />
  );
}
