import {
  workRecordInput,
  type AttendanceSettings,
  type DayClientView,
  type DayShiftView,
  type DayView,
} from '@contract/attendance.js';
import { fullName, minutesText } from '@contract/present.js';
import { Alert, Badge, Button, Group, MultiSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks.js';
import { FormFailure } from '../../components/FormFailure.js';
import { useContractForm } from '../../lib/form.js';
import { inLanguage, tasksFor, typedMinutes, usualTasks, usualWork } from './format.js';
import { Dialog } from '../../components/Dialog.js';
import { WholeNumberField } from '../../components/WholeNumberField.js';

export interface WorkTarget {
  shift: DayShiftView;
  client: DayClientView;
}

interface Props {
  target: WorkTarget | null;
  day: DayView;
  settings: AttendanceSettings;
  onClose: () => void;
}

/** The work record: real start and end, breaks, tasks; a change after the day asks why. */
export function WorkRecordDialog({ target, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      opened={target !== null}
      onClose={rest.onClose}
      title={target ? t('today.work.title', { name: fullName(target.client) }) : ''}
      size="lg"
    >
      {target && <WorkRecordForm target={target} {...rest} />}
    </Dialog>
  );
}

interface WorkValues {
  start: string;
  end: string;
  /** A number, or the text of one being typed ("" when cleared). */
  breakMinutes: number | string;
  tasks: string[];
  taskNote: string;
  reason: string;
}

function WorkRecordForm({ target, day, settings, onClose }: Props & { target: WorkTarget }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { shift, client } = target;
  const record = client.workRecord;
  const allowed = tasksFor(settings, client.underAge);
  const save = useApiMutation('attendance.saveWorkRecord', ['attendance.', 'advances.']);
  const usual = usualWork(shift, client);
  const defaultValues: WorkValues = {
    start: record?.start ?? usual.start,
    end: record?.end ?? usual.end,
    breakMinutes: record?.breakMinutes ?? 0,
    tasks: record?.tasks ?? usualTasks(lang, shift, allowed),
    taskNote: record?.taskNote ?? '',
    reason: '',
  };
  const fields = useContractForm({
    schema: workRecordInput,
    defaultValues,
    toInput: (values: WorkValues) => ({
      ...values,
      arrivalId: client.arrival?.id,
      breakMinutes: typeof values.breakMinutes === 'number' ? values.breakMinutes : Number.NaN,
    }),
  });
  const submit = fields.onSubmit(async (input) => {
    const saved = await save.mutateAsync(input);
    notifications.show({
      color: 'teal',
      message: t('today.done.workSaved', { name: fullName(client), minutes: minutesText(saved.minutes) }),
    });
    onClose();
  });

  // Tasks already on the record stay choosable even if the list changed since.
  const options = [...new Set([...allowed.map((task) => inLanguage(lang, task)), ...(record?.tasks ?? [])])];
  const values = fields.form.watch();
  const worked = typedMinutes(values.start, values.end, values.breakMinutes, settings.roundingMinutes);
  const correction = record !== null && day.today > day.date;

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        {day.dayKind !== 'weekday' && (
          <Badge size="lg" variant="light" color="grape">
            {t(`today.work.dayKind.${day.dayKind}`)}
          </Badge>
        )}
        {record?.locked && <Alert color="gray">{t('today.client.locked')}</Alert>}
        <SimpleGrid cols={3}>
          <TextInput {...fields.text('start')} type="time" label={t('today.work.start')} size="md" withAsterisk />
          <TextInput {...fields.text('end')} type="time" label={t('today.work.end')} size="md" withAsterisk />
          <WholeNumberField {...fields.value('breakMinutes')} label={t('today.work.breaks')} min={0} max={720} />
        </SimpleGrid>
        <Text fw={700} aria-live="polite">
          {worked === null ? '' : t('today.work.minutes', { minutes: minutesText(worked) })}
        </Text>
        {settings.roundingMinutes > 0 && (
          <Text size="sm" c="dimmed">
            {t('today.work.rounding', { step: settings.roundingMinutes })}
          </Text>
        )}
        <MultiSelect
          {...fields.value('tasks')}
          data={options}
          label={t('today.work.tasks')}
          placeholder={values.tasks.length === 0 ? t('today.work.tasksPlaceholder') : undefined}
          description={client.underAge ? t('today.work.youngOnly') : undefined}
          size="md"
          searchable
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput {...fields.text('taskNote')} label={t('today.work.taskNote')} />
        {correction && (
          <TextInput
            {...fields.text('reason')}
            label={t('today.work.reason')}
            description={t('today.work.reasonHint')}
            withAsterisk
          />
        )}
        <FormFailure message={fields.failure} />
        <Group>
          <Button type="submit" size="md" loading={fields.busy} disabled={record?.locked}>
            {t('common.save')}
          </Button>
          <Button variant="default" size="md" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
