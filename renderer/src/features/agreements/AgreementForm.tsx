import { Button, Checkbox, Group, Stack } from '@mantine/core';
import type { AgreementTerms } from '@contract/agreements/schemas.js';
import { ageOn } from '@contract/dates.js';
import { useState, type ReactNode } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DateField } from '../../components/DateField.js';
import { FormFailure } from '../../components/FormFailure.js';
import { useContractForm } from '../../lib/form.js';
import { fromTexts, termChecks, toTexts, type TermTexts } from './termTexts.js';
import { TermsFields, type TermHints } from './TermsFields.js';

interface Props {
  validFrom: string;
  terms: AgreementTerms;
  hints: TermHints;
  /** The contract's input schema, so the form refuses exactly what the API refuses. */
  schema: z.ZodType<Record<string, unknown>>;
  /** Adds what the form does not edit (the client, the id). */
  toInput: (validFrom: string, terms: AgreementTerms) => Record<string, unknown>;
  onSubmit: (input: Record<string, unknown>) => Promise<unknown>;
  onCancel?: () => void;
  /** Called when the start changes, e.g. to fetch the figures valid that day. */
  onValidFromChange?: (validFrom: string) => void;
  submitLabel: string;
  notes?: ReactNode;
  /** The client's birth date and the adult age on the first day: below it, schooling must be confirmed. */
  age?: { birthDate: string; adultAge: number } | undefined;
  schoolingConfirmed?: boolean;
  /** Offers recording an agreement signed on paper earlier (the input then carries `signedOn`). */
  paper?: { schema: z.ZodType<Record<string, unknown>>; submitLabel: string };
}

type AgreementValues = TermTexts & { validFrom: string | null; schoolingConfirmed: boolean; signedOn: string | null };

/** A new agreement or a change to an unsigned one. */
export function AgreementForm(props: Props) {
  const { t, i18n } = useTranslation();
  // Recording a paper signed earlier is another method with its own schema, so it is a mode, not a field.
  const [onPaper, setOnPaper] = useState(false);
  const paper = onPaper ? props.paper : undefined;
  const isMinor = (validFrom: string | null) =>
    props.age !== undefined && !!validFrom && ageOn(props.age.birthDate, validFrom) < props.age.adultAge;
  const defaultValues: AgreementValues = {
    validFrom: props.validFrom,
    schoolingConfirmed: props.schoolingConfirmed ?? false,
    signedOn: null,
    ...toTexts(props.terms, i18n.language),
  };
  const fields = useContractForm({
    schema: paper?.schema ?? props.schema,
    formChecks: termChecks,
    defaultValues,
    toInput: ({ validFrom, schoolingConfirmed, signedOn, ...texts }: AgreementValues) => ({
      ...props.toInput(validFrom ?? '', fromTexts(texts)),
      schoolingConfirmed: isMinor(validFrom) && schoolingConfirmed,
      ...(paper ? { signedOn } : {}),
    }),
  });
  const validFrom = fields.value('validFrom');
  const schooling = fields.value('schoolingConfirmed');
  const signedOn = fields.value('signedOn');
  const submit = fields.onSubmit(props.onSubmit);

  return (
    <FormProvider {...fields.form}>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Stack>
          <TermsFields
            hints={props.hints}
            periodStart={
              <DateField
                {...validFrom}
                label={t('fields.validFrom')}
                onChange={(v) => {
                  validFrom.onChange(v ?? '');
                  if (v) props.onValidFromChange?.(v);
                }}
                withAsterisk
              />
            }
          />
          {isMinor(validFrom.value) && (
            <Checkbox
              label={t('agreements.form.schoolingConfirmed')}
              description={t('agreements.form.schoolingHint', { age: props.age?.adultAge })}
              checked={schooling.value}
              onChange={(e) => schooling.onChange(e.currentTarget.checked)}
              error={schooling.error}
            />
          )}
          {props.paper && (
            <Checkbox
              label={t('agreements.form.onPaper')}
              description={t('agreements.form.onPaperHint')}
              checked={onPaper}
              onChange={(e) => setOnPaper(e.currentTarget.checked)}
            />
          )}
          {paper && <DateField {...signedOn} label={t('fields.signedOn')} withAsterisk />}
          {props.notes}
          <FormFailure message={fields.failure} />
          <Group>
            <Button type="submit" loading={fields.busy}>
              {paper?.submitLabel ?? props.submitLabel}
            </Button>
            {props.onCancel && (
              <Button variant="default" onClick={props.onCancel}>
                {t('common.cancel')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
