import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComponentProps } from 'react';

/** One item as the form holds it: not answered yet (null), yes or no, and a note. */
export interface FitnessValue {
  label: string;
  ok: boolean | null;
  note: string;
}

interface Props {
  answers: FitnessValue[];
  /** The note field's input props, bound to the form around. */
  note: (index: number) => ComponentProps<typeof TextInput>;
  error: (index: number) => string | undefined;
  onAnswer: (index: number, ok: boolean) => void;
  /** Every item answered yes at once. */
  onAllFine: () => void;
}

/**
 * The fitness-to-work check as one step: each item yes or no with a note,
 * and "All fine" for the usual case.
 */
export function FitnessCheck({ answers, note, error, onAnswer, onAllFine }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t('today.arrival.fitnessTitle')}
          </Title>
          {answers.length > 0 && (
            <Button variant="light" onClick={onAllFine}>
              {t('today.arrival.allYes')}
            </Button>
          )}
        </Group>
        {answers.length === 0 && <Text c="dimmed">{t('today.arrival.fitnessNone')}</Text>}
        {answers.map((answer, i) => (
          <Group key={answer.label} role="group" aria-label={answer.label} wrap="wrap" align="flex-start" gap="xs">
            <Text style={{ flex: '1 1 220px' }} mt={6}>
              {answer.label}
            </Text>
            <Button.Group>
              {([true, false] as const).map((ok) => (
                <Button
                  key={String(ok)}
                  variant={answer.ok === ok ? 'filled' : 'default'}
                  color={ok ? 'teal' : 'red'}
                  aria-pressed={answer.ok === ok}
                  onClick={() => onAnswer(i, ok)}
                  miw={80}
                >
                  {ok ? t('common.yes') : t('common.no')}
                </Button>
              ))}
            </Button.Group>
            <TextInput
              {...note(i)}
              aria-label={t('today.arrival.noteLabel', { item: answer.label })}
              placeholder={t('today.arrival.note')}
              style={{ flex: '1 1 180px' }}
            />
            {error(i) && (
              <Text c="red" size="sm" w="100%">
                {error(i)}
              </Text>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
