import { Alert, Button, Checkbox, Group, Stack } from '@mantine/core';
import type { AgreementTerms } from '@contract/agreements/schemas.js';
import { ageOn } from '@contract/dates.js';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { apiErrorOf, errorMessage, fieldText } from '../../api/errors.js';
import { DateField } from '../../components/DateField.js';
import { fieldErrors } from '../../lib/form.js';
import { fromTexts, toTexts, type TermTexts } from './termTexts.js';
import { TermsFields, type TermHints } from './TermsFields.js';

interface Props {
  validFrom: string;
  terms: AgreementTerms;
  hints: TermHints;
  /** The contract's input schema, so the form refuses exactly what the API refuses. */
  schema: z.ZodType;
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
  paper?: { schema: z.ZodType; submitLabel: string };
}

/** A new agreement or a change to an unsigned one. */
export function AgreementForm(props: Props) {
  const { t, i18n } = useTranslation();
  const [validFrom, setValidFrom] = useState(props.validFrom);
  const [texts, setTexts] = useState<TermTexts>(() => toTexts(props.terms, i18n.language));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [schoolingConfirmed, setSchoolingConfirmed] = useState(props.schoolingConfirmed ?? false);
  const [onPaper, setOnPaper] = useState(false);
  const [signedOn, setSignedOn] = useState<string | null>(null);
  const minor =
    props.age !== undefined && validFrom !== '' && ageOn(props.age.birthDate, validFrom) < props.age.adultAge;
  const paper = onPaper ? props.paper : undefined;

  const submit = async () => {
    setFailure(null);
    const input = {
      ...props.toInput(validFrom, fromTexts(texts)),
      schoolingConfirmed: minor && schoolingConfirmed,
      ...(paper ? { signedOn } : {}),
    };
    const found = fieldErrors(paper?.schema ?? props.schema, input, t) ?? {};
    if (texts.validTo === '') found.validTo = t('validation.required');
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setFailure(t('common.fixFields'));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await props.onSubmit(input);
    } catch (error) {
      const apiError = apiErrorOf(error);
      if (apiError.field) setErrors({ [apiError.field]: fieldText(apiError) });
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack>
        <TermsFields
          texts={texts}
          onChange={setTexts}
          errors={errors}
          hints={props.hints}
          periodStart={
            <DateField
              label={t('fields.validFrom')}
              value={validFrom}
              onChange={(v) => {
                setValidFrom(v ?? '');
                if (v) props.onValidFromChange?.(v);
              }}
              error={errors.validFrom}
              withAsterisk
            />
          }
        />
        {minor && (
          <Checkbox
            label={t('agreements.form.schoolingConfirmed')}
            description={t('agreements.form.schoolingHint', { age: props.age?.adultAge })}
            checked={schoolingConfirmed}
            onChange={(e) => setSchoolingConfirmed(e.currentTarget.checked)}
            error={errors.schoolingConfirmed}
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
        {paper && (
          <DateField
            label={t('fields.signedOn')}
            value={signedOn}
            onChange={setSignedOn}
            error={errors.signedOn}
            withAsterisk
          />
        )}
        {props.notes}
        {failure && (
          <Alert color="red" title={t('common.errorTitle')} role="alert">
            {failure}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={busy}>
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
  );
}
