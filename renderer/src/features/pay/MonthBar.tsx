import { Badge, Button, Group, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../components/IconButton.js';
import { addMonths } from '../cash/month.js';
import { monthText } from '@contract/present.js';

interface Props {
  month: string;
  /** The month the app's clock is in, for the way back. */
  current: string;
  state: 'draft' | 'closed' | null;
  onMonth: (month: string) => void;
  /** A dialog is open: the page keys wait. */
  keysOff: boolean;
}

/** The month shown, a step back or forward (buttons, PageUp/PageDown), and whether it is still open. */
export function MonthBar({ month, current, state, onMonth, keysOff }: Props) {
  const { t, i18n } = useTranslation();
  const step = (delta: number) => !keysOff && onMonth(addMonths(month, delta));
  useHotkeys([
    ['PageUp', () => step(-1)],
    ['PageDown', () => step(1)],
    ['alt+ArrowLeft', () => step(-1)],
    ['alt+ArrowRight', () => step(1)],
  ]);
  return (
    <Group gap="xs" wrap="wrap">
      <IconButton label={t('pay.previousMonth')} variant="default" size="xl" onClick={() => step(-1)}>
        <IconChevronLeft size={22} aria-hidden />
      </IconButton>
      <Title order={2} size="h3" miw={170} ta="center">
        {monthText(i18n.language, month)}
      </Title>
      <IconButton label={t('pay.nextMonth')} variant="default" size="xl" onClick={() => step(1)}>
        <IconChevronRight size={22} aria-hidden />
      </IconButton>
      {state && (
        <Badge size="xl" variant="light" color={state === 'closed' ? 'gray' : 'blue'} data-testid="pay-state">
          {t(`pay.state.${state}`)}
        </Badge>
      )}
      {month !== current && (
        <Button variant="subtle" onClick={() => onMonth(current)}>
          {t('pay.thisMonth')}
        </Button>
      )}
    </Group>
  );
}
