import { Alert, Button, Group, Radio, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { scheduleSettings, type ScheduleSettings } from '@contract/schedule.js';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/errors.js';
import { useApiMutation, useApiQuery } from '../../../api/hooks.js';
import { FormFailure } from '../../../components/FormFailure.js';
import { useContractForm } from '../../../lib/form.js';
import { SettingsCard } from '../../../components/SettingsCard.js';
import { WholeNumberField } from '../../../components/WholeNumberField.js';

/** The numbers as typed: a number, or the text of one being typed ("" when cleared). */
type RulesValues = {
  [K in keyof ScheduleSettings]: ScheduleSettings[K] extends number ? number | string : ScheduleSettings[K];
};

const numbers = [
  ['weeklyLimit', 'weeklyLimitHint', 1, 7],
  ['weeksAhead', 'weeksAheadHint', 0, 26],
  ['fairnessWeeks', 'fairnessHint', 0, 52],
  ['waitingLines', 'waitingLinesHint', 0, 12],
  ['noShowLimit', 'noShowLimitHint', 0, 20],
  ['noShowWeeks', 'noShowWeeksHint', 1, 52],
  ['noShowBlockWeeks', 'noShowBlockWeeksHint', 1, 52],
] as const;

/** Weekly limit, weeks open ahead, fairness window, the no-show block and what the sheet prints. */
export function ScheduleRulesForm() {
  const { t } = useTranslation();
  const current = useApiQuery('schedule.getSettings', {});
  if (current.isError) {
    // The stored rules are damaged: say so, and offer empty fields to enter them again.
    const blank: RulesValues = {
      weeklyLimit: '',
      weeksAhead: '',
      fairnessWeeks: '',
      waitingLines: '',
      noShowLimit: '',
      noShowWeeks: '',
      noShowBlockWeeks: '',
      wallNames: 'full',
      houseRulesCs: '',
      houseRulesEn: '',
    };
    return (
      <Stack>
        <Alert color="red">{errorMessage(current.error, t)}</Alert>
        <RulesFields key="damaged" initial={blank} />
      </Stack>
    );
  }
  if (!current.data) return null;
  return <RulesFields key={current.dataUpdatedAt} initial={current.data} />;
}

function RulesFields({ initial }: { initial: RulesValues }) {
  const { t } = useTranslation();
  const save = useApiMutation('schedule.saveSettings', ['schedule.']);
  const fields = useContractForm({
    schema: scheduleSettings,
    defaultValues: initial,
    toInput: (values: RulesValues) => ({
      ...values,
      ...Object.fromEntries(
        numbers.map(([name]) => [name, typeof values[name] === 'number' ? values[name] : Number.NaN]),
      ),
    }),
    mode: 'onTouched',
  });
  const submit = fields.onSubmit(async (values) => {
    await save.mutateAsync(values);
    notifications.show({ color: 'teal', message: t('common.saved') });
  });
  return (
    <SettingsCard title={t('schedule.rules.title')} intro={t('schedule.rules.intro')} onSubmit={submit}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {numbers.map(([name, hint, min, max]) => (
          <WholeNumberField
            key={name}
            {...fields.value(name)}
            label={t(`fields.${name}`)}
            description={t(`schedule.rules.${hint}`)}
            min={min}
            max={max}
          />
        ))}
      </SimpleGrid>
      <Radio.Group
        {...fields.value('wallNames')}
        label={t('fields.wallNames')}
        description={t('schedule.rules.wallNamesHint')}
      >
        <Group mt="xs">
          <Radio value="full" label={t('schedule.rules.wallNamesFull')} />
          <Radio value="short" label={t('schedule.rules.wallNamesShort')} />
        </Group>
      </Radio.Group>
      {(['houseRulesCs', 'houseRulesEn'] as const).map((name) => (
        <Textarea
          key={name}
          {...fields.text(name)}
          label={t(`fields.${name}`)}
          description={t('schedule.rules.houseRulesHint')}
          autosize
          minRows={2}
        />
      ))}
      <FormFailure message={fields.failure} />
      <Group>
        <Button type="submit" loading={fields.busy}>
          {t('common.save')}
        </Button>
      </Group>
    </SettingsCard>
  );
}
