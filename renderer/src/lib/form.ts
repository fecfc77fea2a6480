import { describeIssue } from '@contract/issues.js';
import type { TFunction } from 'i18next';
import type { FieldErrors, FieldValues, Path, Resolver, UseFormSetError } from 'react-hook-form';
import type { z } from 'zod';
import { apiErrorOf, errorMessage, fieldMessage, fieldText } from '../api/errors.js';

/** The first issue per field, each as a catalogue key with its parameters ("key|{json}"). */
function issueKeys(issues: z.core.$ZodIssue[], fallbackField: string): Map<string, { type: string; message: string }> {
  const byField = new Map<string, { type: string; message: string }>();
  for (const issue of issues) {
    const { key, params, field } = describeIssue(issue);
    const name = field ?? fallbackField;
    if (byField.has(name)) continue;
    const clean = Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v !== 'object'));
    byField.set(name, {
      type: issue.code,
      message: Object.keys(clean).length > 0 ? `${key}|${JSON.stringify(clean)}` : key,
    });
  }
  return byField;
}

/**
 * Validates a form with the contract's own zod schema, so the form and the
 * dispatcher refuse exactly the same input. Messages are translated when shown.
 */
export function contractResolver<S extends z.ZodType<unknown, FieldValues>>(
  schema: S,
): Resolver<z.input<S> & FieldValues, unknown, z.output<S> & FieldValues> {
  return (values) => {
    const result = schema.safeParse(values, { reportInput: true });
    if (result.success) return { values: result.data as z.output<S> & FieldValues, errors: {} };
    const errors = Object.fromEntries(issueKeys(result.error.issues, 'root'));
    return { values: {}, errors: errors as FieldErrors<z.input<S> & FieldValues> };
  };
}

/** For forms kept without react-hook-form: the translated first message per field, or null when valid. */
export function fieldErrors(schema: z.ZodType, input: unknown, t: TFunction): Record<string, string> | null {
  const checked = schema.safeParse(input, { reportInput: true });
  if (checked.success) return null;
  const errors: Record<string, string> = {};
  for (const [field, { message }] of issueKeys(checked.error.issues, 'form')) {
    errors[field] = fieldMessage(message, t) ?? '';
  }
  return errors;
}

/**
 * Runs a save for a react-hook-form form. A refusal that names one of the
 * form's fields marks that field; the answer is the message to show, or null.
 */
export async function saveForm<V extends FieldValues>(
  form: { getValues: () => V; setError: UseFormSetError<V> },
  save: () => Promise<unknown>,
  t: TFunction,
): Promise<string | null> {
  try {
    await save();
    return null;
  } catch (error) {
    const { field } = apiErrorOf(error);
    if (field && field in form.getValues()) form.setError(field as Path<V>, { message: fieldText(apiErrorOf(error)) });
    return errorMessage(error, t);
  }
}
