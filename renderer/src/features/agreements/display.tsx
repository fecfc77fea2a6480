import { dateText, daysText, hoursText, moneyText, percentText } from '@contract/present.js';
import { Badge, SimpleGrid, Stack, Text } from '@mantine/core';
import type { AgreementState, AgreementTerms, TermName } from '@contract/agreements/schemas.js';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** One term as the screens show it. */
export function termValue(t: TFunction, lang: string, name: TermName, terms: AgreementTerms): string {
  switch (name) {
    case 'validTo':
      return terms.validTo === null ? t('agreements.values.openEnded') : dateText(lang, terms.validTo);
    case 'hourlyRate':
      return t('agreements.values.perHour', { rate: moneyText(lang, terms.hourlyRate) });
    case 'weeklyMinutes':
      return t('agreements.values.perWeek', { hours: hoursText(lang, terms.weeklyMinutes) });
    case 'advanceShareBp':
      return t('agreements.values.share', { percent: percentText(lang, terms.advanceShareBp) });
    case 'payday':
      return t('agreements.values.payday', { day: terms.payday });
    case 'noticeDays':
      return daysText(lang, terms.noticeDays);
    case 'scheduleNoticeDays':
      return daysText(lang, terms.scheduleNoticeDays);
    default:
      return terms[name];
  }
}

const shownTerms: TermName[] = [
  'hourlyRate',
  'advanceShareBp',
  'payday',
  'weeklyMinutes',
  'scheduleNoticeDays',
  'workplace',
  'noticeDays',
  'workDescription',
  'noticeTerms',
];

export function TermsList({ terms }: { terms: AgreementTerms }) {
  const { t, i18n } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
      {shownTerms.map((name) => (
        <Stack key={name} gap={0}>
          <Text size="sm" c="dimmed">
            {t(`fields.${name}`)}
          </Text>
          <Text>{termValue(t, i18n.language, name, terms)}</Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}

const stateColors: Record<AgreementState, string> = {
  draft: 'gray',
  printed: 'yellow',
  upcoming: 'blue',
  valid: 'teal',
  ending: 'orange',
  expired: 'gray',
  ended: 'gray',
};

export function StateBadge({ state }: { state: AgreementState }) {
  const { t } = useTranslation();
  return (
    // A state is a word to read whole, never "Plat…": the table column widens instead.
    <Badge color={stateColors[state]} variant="light" styles={{ label: { overflow: 'visible' } }}>
      {t(`agreements.stateBadge.${state}`)}
    </Badge>
  );
}
