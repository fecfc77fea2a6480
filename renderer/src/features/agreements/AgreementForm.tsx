import { Button, Group, Stack } from '@mantine/core';
import type { AgreementTerms } from '@contract/agreements/schemas.js';
import type { ReactNode } from 'react';
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
}

type AgreementValues = TermTexts & { validFrom: string | null };

/** A new agreement or a change to an unsigned one. */
export function AgreementForm(props: Props) {
  const { t, i18n } = useTranslation();
  const defaultValues: AgreementValues = { validFrom: props.validFrom, ...toTexts(props.terms, i18n.language) };
  const fields = useContractForm({
    schema: props.schema,
    formChecks: termChecks,
    defaultValues,
    toInput: ({ validFrom, ...texts }: AgreementValues) => props.toInput(validFrom ?? '', fromTexts(texts)),
  });
  const validFrom = fields.value('validFrom');
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
          {props.notes}
          <FormFailure message={fields.failure} />
          <Group>
            <Button type="submit" loading={fields.busy}>
              {props.submitLabel}
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
