import {
  arrivalInput,
  walkInInput,
  type AttendanceSettings,
  type ArrivalView,
  type DayShiftView,
} from '@contract/attendance.js';
import type { ApiError } from '@contract/errors.js';
import type { Warning } from '@contract/schedule-views.js';
import { clockTime } from '@contract/present.js';
import { lateAfter } from '@contract/shift-time.js';
import { Alert, Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconCheck, IconDoorExit, IconFileText } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { useApiMutation } from '../../api/hooks.js';
import { FormFailure } from '../../components/FormFailure.js';
import { useContractForm } from '../../lib/form.js';
import { FitnessCheck, type FitnessValue } from './FitnessCheck.js';
import { inLanguage, taskNames, timeNow, typedLate } from './format.js';
import type { ArrivalTarget, TodayActions } from './useTodayActions.js';
import { Dialog } from '../../components/Dialog.js';

export interface ArrivalValues {
  outcome: 'admitted' | 'sentAway';
  time: string;
  fitness: FitnessValue[];
  sentAwayReason: string;
  overrideReason: string;
}

interface Common {
  target: ArrivalTarget;
  settings: AttendanceSettings;
  /** The day is over: the time is the real one, not now. */
  past: boolean;
  actions: TodayActions;
  onClose: () => void;
  /** A walk-in refused by the sign-up rules: the refusal goes under the walk-in field. */
  onWalkInRefused: (shift: DayShiftView, error: ApiError) => void;
}

interface Props extends Omit<Common, 'target'> {
  target: ArrivalTarget | null;
}

/** "Arrived": the time, the fitness check in one step, then admit or send away. */
export function ArrivalDialog({ target, ...rest }: Props) {
  const { t } = useTranslation();
  const name = target
    ? target.kind === 'booking'
      ? `${target.client.firstName} ${target.client.lastName}`
      : target.name
    : '';
  return (
    <Dialog opened={target !== null} onClose={rest.onClose} title={t('today.arrival.title', { name })} size="xl">
      {target && <ArrivalSwitch target={target} name={name} {...rest} />}
    </Dialog>
  );
}

function ArrivalSwitch(props: Common & { name: string }) {
  const arrivalCall = useApiMutation('attendance.recordArrival', ['attendance.', 'schedule.']);
  const walkInCall = useApiMutation('attendance.walkIn', ['attendance.', 'schedule.']);
  const { target } = props;
  const answers = (values: ArrivalValues) => ({
    outcome: values.outcome,
    time: values.time,
    // Sending away may stop the check early: only what was answered is kept.
    fitness: values.fitness
      .filter((answer) => values.outcome === 'admitted' || answer.ok !== null)
      .map((answer) => ({ label: answer.label, ok: answer.ok ?? undefined, note: answer.note })),
    sentAwayReason: values.sentAwayReason,
  });
  if (target.kind === 'booking') {
    return (
      <ArrivalForm
        {...props}
        schema={arrivalInput}
        toInput={(values) => ({ bookingId: target.client.bookingId, ...answers(values) })}
        send={(input) => arrivalCall.mutateAsync(input)}
      />
    );
  }
  return (
    <ArrivalForm
      {...props}
      schema={walkInInput}
      toInput={(values) => ({
        shift: target.shift.ref,
        clientId: target.clientId,
        overrideReason: values.overrideReason,
        ...answers(values),
      })}
      send={(input) => walkInCall.mutateAsync(input)}
    />
  );
}

interface FormProps<O> extends Common {
  name: string;
  schema: z.ZodType<O>;
  toInput: (values: ArrivalValues) => unknown;
  send: (input: O) => Promise<{ arrival: ArrivalView; warnings: Warning[] }>;
}

function ArrivalForm<O>({ target, settings, past, actions, name, schema, toInput, send, ...rest }: FormProps<O>) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { shift } = target;
  const [agreementClient, setAgreementClient] = useState<number | null>(null);
  const [overLimit, setOverLimit] = useState(false);
  const admitButton = useRef<HTMLButtonElement>(null);
  const fields = useContractForm<ArrivalValues, O>({
    schema,
    defaultValues: {
      outcome: 'admitted',
      time: past ? shift.start : timeNow(),
      fitness: settings.fitnessItems.map((item) => ({ label: inLanguage(lang, item), ok: null, note: '' })),
      sentAwayReason: '',
      overrideReason: '',
    },
    toInput,
    onRefused: (error) => {
      if (error.code === 'attendance.noAgreement') {
        const clientId = error.params?.clientId;
        setAgreementClient(typeof clientId === 'number' ? clientId : null);
      }
      if (error.code === 'schedule.weeklyLimit') setOverLimit(true);
      else if (target.kind === 'walkIn' && error.code.startsWith('schedule.')) {
        rest.onWalkInRefused(shift, error);
        rest.onClose();
        return true;
      }
      return false;
    },
  });
  const submit = fields.onSubmit(async (input) => {
    const result = await send(input);
    actions.recorded(name, result.arrival, result.warnings);
    rest.onClose();
  });
  const answer = (index: number, ok: boolean) =>
    fields.form.setValue(`fitness.${index}.ok`, ok, { shouldValidate: fields.form.formState.isSubmitted });
  const choose = (outcome: ArrivalValues['outcome']) => {
    fields.form.setValue('outcome', outcome);
    void submit();
  };

  const fitness = fields.form.watch('fitness');
  const time = fields.form.watch('time');
  const unfit = fitness.some((answer) => answer.ok === false);
  const complete = fitness.every((answer) => answer.ok !== null);
  const threshold = lateAfter(shift.start, settings.lateGraceMinutes);
  const late = typedLate(shift.start, time, settings.lateGraceMinutes);
  const lateBlocks = late && settings.latePolicy === 'sendAway';
  const booked = target.kind === 'booking' ? target.client : null;
  const underAge = booked?.underAge ?? false;
  const noAgreement = booked !== null && !booked.agreement.valid;
  const openAgreementFor = agreementClient ?? (noAgreement ? booked.clientId : null);

  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate>
      <Stack>
        <Group align="flex-start" wrap="wrap">
          <TextInput
            {...fields.text('time')}
            type="time"
            label={t('today.arrival.time')}
            description={past ? t('today.arrival.timeHintPast') : t('today.arrival.timeHint')}
            size="md"
            w={260}
            data-autofocus
          />
          <Text size="sm" c={late ? 'orange.8' : 'dimmed'} fw={late ? 700 : 400} maw={380} mt="lg">
            {late ? `${t('today.arrival.isLate', { time: clockTime(time) })} ` : ''}
            {t(settings.latePolicy === 'admit' ? 'today.arrival.lateRule' : 'today.arrival.lateRuleSendAway', {
              time: clockTime(threshold),
            })}
          </Text>
        </Group>
        <FitnessCheck
          answers={fitness}
          note={(index) => fields.text(`fitness.${index}.note`)}
          error={(index) => fields.error(`fitness.${index}.ok`)}
          onAnswer={answer}
          onAllFine={() => {
            fitness.forEach((_, index) => answer(index, true));
            // The usual case goes on with Enter: admitting is the next step.
            requestAnimationFrame(() => admitButton.current?.focus());
          }}
        />
        {noAgreement && <Alert color="orange">{t('today.arrival.noAgreement')}</Alert>}
        {underAge && (
          <Alert color="blue">{t('today.client.underAgeHint', { tasks: taskNames(lang, settings, true) })}</Alert>
        )}
        {unfit && <Text c="red.8">{t('today.arrival.unfit')}</Text>}
        {!unfit && !complete && <Text c="dimmed">{t('today.arrival.unanswered')}</Text>}
        <Textarea
          {...fields.text('sentAwayReason')}
          label={t('today.arrival.reason')}
          description={t('today.arrival.reasonHint')}
          autosize
          minRows={1}
        />
        {overLimit && <TextInput {...fields.text('overrideReason')} label={t('today.walkIn.overrideReason')} />}
        <FormFailure message={fields.failure} />
        <Group>
          <Button
            ref={admitButton}
            size="md"
            leftSection={<IconCheck size={20} aria-hidden />}
            disabled={unfit || !complete || noAgreement || lateBlocks}
            loading={fields.busy && fields.form.getValues('outcome') === 'admitted'}
            onClick={() => choose('admitted')}
          >
            {t('today.arrival.admit')}
          </Button>
          <Button
            size="md"
            color="orange"
            variant="light"
            leftSection={<IconDoorExit size={20} aria-hidden />}
            loading={fields.busy && fields.form.getValues('outcome') === 'sentAway'}
            onClick={() => choose('sentAway')}
          >
            {t('today.arrival.sendAway')}
          </Button>
          {openAgreementFor !== null && (
            <Button
              size="md"
              variant="default"
              component={Link}
              to={`/clients/${openAgreementFor}`}
              leftSection={<IconFileText size={20} aria-hidden />}
            >
              {t('today.actions.openAgreement')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
