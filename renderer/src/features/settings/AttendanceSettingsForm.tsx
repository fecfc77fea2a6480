import { attendanceSettings, roundingSteps, type AttendanceSettings } from '@contract/attendance.js';
import { ActionIcon, Alert, Button, Checkbox, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { useApiMutation, useApiQuery } from '../../api/hooks.js';
import { FormFailure } from '../../components/FormFailure.js';
import { useContractForm } from '../../lib/form.js';
import { SettingsCard } from '../../components/SettingsCard.js';
import { WholeNumberField } from '../../components/WholeNumberField.js';

/** The numbers as typed: the grace a number or the text of one; the rounding step as the radio's text. */
type AttendanceValues = Omit<AttendanceSettings, 'lateGraceMinutes' | 'roundingMinutes'> & {
  lateGraceMinutes: number | string;
  roundingMinutes: string;
};

const asValues = (settings: AttendanceSettings): AttendanceValues => ({
  ...settings,
  roundingMinutes: String(settings.roundingMinutes),
});

/** Settings → Arrivals: the fitness check, late arrivals, the task list and rounding. */
export function AttendanceSettingsForm() {
  const { t } = useTranslation();
  const current = useApiQuery('attendance.getSettings', {});
  if (current.isError) {
    // The stored rules are damaged: say so, and offer empty fields to enter them again.
    const blank: AttendanceValues = {
      fitnessItems: [],
      lateGraceMinutes: '',
      latePolicy: 'admit',
      tasks: [],
      roundingMinutes: '0',
    };
    return (
      <Stack>
        <Alert color="red">{errorMessage(current.error, t)}</Alert>
        <AttendanceFields key="damaged" initial={blank} />
      </Stack>
    );
  }
  if (!current.data) return null;
  return <AttendanceFields key={current.dataUpdatedAt} initial={asValues(current.data)} />;
}

function AttendanceFields({ initial }: { initial: AttendanceValues }) {
  const { t } = useTranslation();
  const save = useApiMutation('attendance.saveSettings', ['attendance.']);
  const fields = useContractForm({
    schema: attendanceSettings,
    defaultValues: initial,
    toInput: (values: AttendanceValues) => ({
      ...values,
      lateGraceMinutes: typeof values.lateGraceMinutes === 'number' ? values.lateGraceMinutes : Number.NaN,
      roundingMinutes: Number(values.roundingMinutes),
    }),
    mode: 'onTouched',
  });
  const items = useFieldArray({ control: fields.form.control, name: 'fitnessItems' });
  const tasks = useFieldArray({ control: fields.form.control, name: 'tasks' });
  const submit = fields.onSubmit(async (values) => {
    await save.mutateAsync(values);
    notifications.show({ color: 'teal', message: t('common.saved') });
  });

  return (
    <SettingsCard title={t('today.settings.title')} intro={t('today.settings.intro')} onSubmit={submit}>
      <Title order={3} size="h5">
        {t('today.settings.fitnessTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('today.settings.fitnessHint')}
      </Text>
      {items.fields.map((item, i) => (
        <Group key={item.id} align="flex-start">
          <Textarea
            {...fields.text(`fitnessItems.${i}.cs`)}
            autosize
            minRows={1}
            label={t('today.settings.itemCs', { number: i + 1 })}
            style={{ flex: '1 1 14rem' }}
          />
          <Textarea
            {...fields.text(`fitnessItems.${i}.en`)}
            autosize
            minRows={1}
            label={t('today.settings.itemEn', { number: i + 1 })}
            style={{ flex: '1 1 14rem' }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            mt={26}
            aria-label={t('today.settings.removeItem', { number: i + 1 })}
            onClick={() => items.remove(i)}
          >
            <IconTrash size={18} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="light" leftSection={<IconPlus size={18} />} onClick={() => items.append({ cs: '', en: '' })}>
          {t('today.settings.addItem')}
        </Button>
      </Group>

      <Title order={3} size="h5">
        {t('today.settings.lateTitle')}
      </Title>
      <Group align="flex-start">
        <WholeNumberField
          {...fields.value('lateGraceMinutes')}
          label={t('fields.lateGraceMinutes')}
          description={t('today.settings.lateGraceHint')}
          min={0}
          max={120}
          maw={360}
        />
        <Radio.Group {...fields.value('latePolicy')} label={t('fields.latePolicy')}>
          <Stack mt="xs" gap="xs">
            <Radio value="admit" label={t('today.settings.lateAdmit')} />
            <Radio value="sendAway" label={t('today.settings.lateSendAway')} />
          </Stack>
        </Radio.Group>
      </Group>

      <Title order={3} size="h5">
        {t('today.settings.tasksTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('today.settings.tasksHint')}
      </Text>
      {tasks.fields.map((task, i) => (
        <Group key={task.id} align="flex-start">
          <Textarea
            {...fields.text(`tasks.${i}.cs`)}
            autosize
            minRows={1}
            label={t('today.settings.taskCs', { number: i + 1 })}
            style={{ flex: '1 1 14rem' }}
          />
          <Textarea
            {...fields.text(`tasks.${i}.en`)}
            autosize
            minRows={1}
            label={t('today.settings.taskEn', { number: i + 1 })}
            style={{ flex: '1 1 14rem' }}
          />
          <Checkbox {...fields.form.register(`tasks.${i}.young`)} label={t('fields.young')} mt={32} w={150} />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            mt={26}
            aria-label={t('today.settings.removeTask', { number: i + 1 })}
            onClick={() => tasks.remove(i)}
          >
            <IconTrash size={18} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={18} />}
          onClick={() => tasks.append({ cs: '', en: '', young: false })}
        >
          {t('today.settings.addTask')}
        </Button>
      </Group>

      <Radio.Group
        {...fields.value('roundingMinutes')}
        label={t('fields.roundingMinutes')}
        description={t('today.settings.roundingHint')}
      >
        <Group mt="xs">
          {roundingSteps.map((step) => (
            <Radio
              key={step}
              value={String(step)}
              label={step === 0 ? t('today.settings.roundingNone') : t('today.settings.roundingStep', { step })}
            />
          ))}
        </Group>
      </Radio.Group>
      <FormFailure message={fields.failure} />
      <Group>
        <Button type="submit" loading={fields.busy}>
          {t('common.save')}
        </Button>
      </Group>
    </SettingsCard>
  );
}
