import { dateText, daysText, moneyText } from '@contract/present.js';
import { Checkbox, Paper, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField.js';
import { useFormFields } from '../../lib/form.js';
import type { TermTexts } from './termTexts.js';

export interface TermHints {
  minimum?: { date: string; amount: number };
  maxWeeklyMinutes?: number;
  noticeDays?: number;
}

interface Props {
  hints: TermHints;
  /** Fields shown first in the "period" section (the start, or the amendment's effective date). */
  periodStart: ReactNode;
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder p="md" role="group" aria-labelledby={id}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/**
 * The terms of an agreement or an amendment, in the units people use, inside
 * a form whose values include TermTexts (see useFormFields).
 */
export function TermsFields({ hints, periodStart }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const fields = useFormFields<TermTexts>();
  const text = (name: Exclude<keyof TermTexts, 'validTo'>) => ({
    ...fields.text(name),
    label: t(`fields.${name}`),
    withAsterisk: true,
  });
  const unit = (label: string) => <span aria-hidden>{label}</span>;
  const validTo = fields.value('validTo');
  const openEnded = validTo.value === null;
  return (
    <Stack>
      <Section title={t('agreements.form.sections.period')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {periodStart}
          <Stack gap={6}>
            <DateField
              label={t('fields.validTo')}
              value={validTo.value}
              onChange={(v) => validTo.onChange(v ?? '')}
              disabled={openEnded}
              error={validTo.error}
              placeholder={openEnded ? t('agreements.values.openEnded') : undefined}
            />
            <Checkbox
              label={t('agreements.form.openEnded')}
              checked={openEnded}
              onChange={(e) => validTo.onChange(e.currentTarget.checked ? null : '')}
            />
          </Stack>
        </SimpleGrid>
      </Section>
      <Section title={t('agreements.form.sections.pay')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            {...text('hourlyRate')}
            inputMode="decimal"
            rightSection={unit(t('agreements.form.currency'))}
            rightSectionWidth={48}
            description={
              hints.minimum
                ? t('agreements.form.minimumHint', {
                    date: dateText(lang, hints.minimum.date),
                    minimum: moneyText(lang, hints.minimum.amount),
                  })
                : undefined
            }
          />
          <TextInput
            {...text('advanceShareBp')}
            inputMode="decimal"
            rightSection={unit(t('agreements.form.percent'))}
            description={t('agreements.form.advanceHint')}
          />
          <TextInput {...text('payday')} inputMode="numeric" description={t('agreements.form.paydayHint')} />
        </SimpleGrid>
      </Section>
      <Section title={t('agreements.form.sections.work')}>
        <Stack>
          <Textarea {...text('workDescription')} autosize minRows={2} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text('workplace')} />
            <TextInput
              {...text('weeklyMinutes')}
              inputMode="decimal"
              rightSection={unit(t('agreements.form.hours'))}
              description={
                hints.maxWeeklyMinutes === undefined
                  ? undefined
                  : t('agreements.form.scopeHint', { limit: hints.maxWeeklyMinutes / 60 })
              }
            />
            <TextInput
              {...text('scheduleNoticeDays')}
              inputMode="numeric"
              description={t('agreements.form.scheduleNoticeHint')}
            />
          </SimpleGrid>
        </Stack>
      </Section>
      <Section title={t('agreements.form.sections.ending')}>
        <Stack>
          <TextInput
            {...text('noticeDays')}
            inputMode="numeric"
            maw={320}
            description={
              hints.noticeDays === undefined
                ? undefined
                : t('agreements.form.noticeHint', { days: daysText(lang, hints.noticeDays) })
            }
          />
          <Textarea {...text('noticeTerms')} autosize minRows={2} />
        </Stack>
      </Section>
    </Stack>
  );
}
