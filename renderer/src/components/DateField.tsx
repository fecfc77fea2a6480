import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTypedDate } from '../lib/format.js';

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  value: string | null | undefined;
  /** An ISO date, null when empty, or the typed text itself when it is not a date. */
  onChange: (value: string | null) => void;
  /** False for a field that must always hold a date (a day picker): no clear button, no deselecting. */
  clearable?: boolean;
};

const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && parseTypedDate(value) === value;

/**
 * A date typed as people write it (15. 3. 1980) or picked; the value is an ISO
 * date. What cannot be a date ("31. 2. 2026") stays in the field as typed and
 * goes to the form as that text, so the contract's schema refuses it at the
 * field instead of the field quietly going back to the last good date.
 */
export function DateField({ value, onChange, popoverProps, clearable = true, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  // The calendar shows the last real date; typed text that is not one stays only in the input.
  const [shown, setShown] = useState(value || null);
  const current = value || null;
  if (current !== shown && (current === null || isIsoDate(current))) setShown(current);

  return (
    <DateInput
      {...rest}
      value={shown}
      onChange={(next) => onChange(next ? next.slice(0, 10) : null)}
      onInput={(event) => {
        const text = event.currentTarget.value.trim();
        onChange(text === '' ? null : (parseTypedDate(text) ?? text));
      }}
      popoverProps={{ ...popoverProps, onOpen: () => setOpen(true), onClose: () => setOpen(false) }}
      // Esc closes the open calendar only; the dialog around it stays (Mantine's modal honours this mark).
      data-mantine-stop-propagation={open ? 'true' : undefined}
      fixOnBlur={false}
      valueFormat={i18n.language === 'en' ? 'DD/MM/YYYY' : 'D. M. YYYY'}
      dateParser={(text) => parseTypedDate(text)}
      leftSection={<IconCalendar size={18} stroke={1.5} aria-hidden />}
      clearable={clearable}
      clearButtonProps={{ 'aria-label': t('calendar.clear') }}
      ariaLabels={{
        nextMonth: t('calendar.nextMonth'),
        previousMonth: t('calendar.previousMonth'),
        nextYear: t('calendar.nextYear'),
        previousYear: t('calendar.previousYear'),
        nextDecade: t('calendar.nextDecade'),
        previousDecade: t('calendar.previousDecade'),
      }}
      allowDeselect={clearable}
    />
  );
}
