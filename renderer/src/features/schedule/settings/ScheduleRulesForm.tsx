import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { scheduleSettings, type ScheduleSettings } from '@contract/schedule.js';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../../api/errors.js';
import { useApiMutation, useApiQuery } from '../../../api/hooks.js';
import { contractResolver, saveForm } from '../../../lib/form.js';

const numbers = [
  ['weeklyLimit', 'weeklyLimitHint', 1, 7],
  ['weeksAhead', 'weeksAheadHint', 0, 26],
  ['fairnessWeeks', 'fairnessHint', 0, 52],
  ['waitingLines', 'waitingLinesHint', 0, 12],
] as const;

/** Weekly limit, weeks open ahead, fairness window and what the sheet prints. */
export function ScheduleRulesForm() {
  const current = useApiQuery('schedule.getSettings', {});
  if (!current.data) return null;
  return <RulesFields key={current.dataUpdatedAt} initial={current.data} />;
}

function RulesFields({ initial }: { initial: ScheduleSettings }) {
  const { t } = useTranslation();
  const save = useApiMutation('schedule.saveSettings', ['schedule.']);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<ScheduleSettings, unknown, ScheduleSettings>({
    defaultValues: initial,
    resolver: contractResolver(scheduleSettings),
    mode: 'onTouched',
  });
  const submit = form.handleSubmit(async (values) => {
    const problem = await saveForm(form, () => save.mutateAsync(values), t);
    setFailure(problem);
    if (!problem) notifications.show({ color: 'teal', message: t('common.saved') });
  });
  return (
    <Paper withBorder p="md" component="form" onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Title order={2} size="h4">
          {t('schedule.rules.title')}
        </Title>
        <Text>{t('schedule.rules.intro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {numbers.map(([name, hint, min, max]) => (
            <Controller
              key={name}
              control={form.control}
              name={name}
              render={({ field, fieldState }) => (
                <NumberInput
                  label={t(`fields.${name}`)}
                  description={t(`schedule.rules.${hint}`)}
                  min={min}
                  max={max}
                  allowDecimal={false}
                  value={field.value}
                  onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
                  onBlur={field.onBlur}
                  error={fieldMessage(fieldState.error?.message, t)}
                  size="md"
                />
              )}
            />
          ))}
        </SimpleGrid>
        <Controller
          control={form.control}
          name="wallNames"
          render={({ field }) => (
            <Radio.Group
              label={t('fields.wallNames')}
              description={t('schedule.rules.wallNamesHint')}
              value={field.value}
              onChange={field.onChange}
            >
              <Group mt="xs">
                <Radio value="full" label={t('schedule.rules.wallNamesFull')} />
                <Radio value="short" label={t('schedule.rules.wallNamesShort')} />
              </Group>
            </Radio.Group>
          )}
        />
        {(['houseRulesCs', 'houseRulesEn'] as const).map((name) => (
          <Textarea
            key={name}
            {...form.register(name)}
            label={t(`fields.${name}`)}
            description={t('schedule.rules.houseRulesHint')}
            autosize
            minRows={2}
            error={fieldMessage(form.formState.errors[name]?.message, t)}
          />
        ))}
        {failure && <Alert color="red">{failure}</Alert>}
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
