import type { ApiError } from '@contract/errors.js';
import { describeIssue } from '@contract/issues.js';
import type { TFunction } from 'i18next';
import { createElement, Fragment, useState, type BaseSyntheticEvent, type ReactNode } from 'react';
import {
  useForm,
  useFormContext,
  type Control,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Path,
  type PathValue,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { apiErrorOf, errorMessage, fieldMessage, fieldText } from '../api/errors.js';
import { CharsLeft } from '../components/CharsLeft.js';
import { maxLengthOf } from './schemaLimits.js';

/** Each form's contract schema, so shared field groups (useFormFields) read the same limits. */
const formSchemas = new WeakMap<object, z.ZodType>();

/**
 * The first issue per field, each as a catalogue key with its parameters
 * ("key|{json}"), translated only when shown. Issues of fields the form does
 * not have (an id, a reference) go to "root".
 */
function issueErrors(
  issues: z.core.$ZodIssue[],
  values: FieldValues,
): Record<string, { type: string; message: string }> {
  const byField: Record<string, { type: string; message: string }> = {};
  for (const issue of issues) {
    const { key, params, field } = describeIssue(issue);
    const name = field !== undefined && field.split('.')[0]! in values ? field : 'root';
    if (name in byField) continue;
    const clean = Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v !== 'object'));
    byField[name] = {
      type: issue.code,
      message: Object.keys(clean).length > 0 ? `${key}|${JSON.stringify(clean)}` : key,
    };
  }
  return byField;
}

/**
 * Validates a form with the contract's own zod schema, so the form and the
 * dispatcher refuse exactly the same input. `toInput` turns what people typed
 * (texts such as "134,40") into the contract's input; the typed text itself is
 * never changed, and a refusal lands on the field that holds it.
 */
export function contractResolver<V extends FieldValues, O>(
  schema: z.ZodType<O>,
  toInput: (values: V) => unknown,
  formChecks: (values: V) => Record<string, string>,
): Resolver<V, unknown, O> {
  return (values) => {
    const result = schema.safeParse(toInput(values), { reportInput: true });
    const errors = result.success ? {} : issueErrors(result.error.issues, values);
    for (const [name, key] of Object.entries(formChecks(values))) errors[name] ??= { type: 'form', message: key };
    if (result.success && Object.keys(errors).length === 0) return { values: result.data, errors: {} };
    return { values: {}, errors: errors as FieldErrors<V> };
  };
}

/** The fields a refusal names, each with the text to show at it. */
function refusedFields(error: ApiError): Record<string, string> {
  const listed = error.code === 'invalidInput' ? error.params?.fields : undefined;
  if (listed && typeof listed === 'object') return listed as Record<string, string>;
  return error.field ? { [error.field]: fieldText(error) } : {};
}

/** Input props for a field: text inputs bind by `text`, controlled ones (dates, numbers, choices) by `value`. */
export interface FieldBinder<V extends FieldValues> {
  /** The field's translated error, if any. */
  error: (name: Path<V>) => string | undefined;
  /**
   * A text input (TextInput, Textarea) holding exactly what was typed; when
   * the schema limits its length, what is left shows under it.
   */
  text: (name: Path<V>) => ReturnType<UseFormReturn<V>['register']> & {
    error: string | undefined;
    inputContainer?: (children: ReactNode) => ReactNode;
  };
  /** A controlled input: its value, a change handler and its error. */
  value: <N extends Path<V>>(
    name: N,
  ) => {
    value: PathValue<V, N>;
    onChange: (next: PathValue<V, N>) => void;
    onBlur: () => void;
    error: string | undefined;
  };
}

function binder<V extends FieldValues>(
  form: UseFormReturn<V, unknown, unknown>,
  t: TFunction,
  checkOnLeave: boolean,
): FieldBinder<V> {
  const error = (name: Path<V>) => fieldMessage(form.getFieldState(name, form.formState).error?.message, t);
  const schema = formSchemas.get(form.control);
  const counter = (name: Path<V>) => {
    const max = schema ? maxLengthOf(schema, name) : null;
    if (max === null) return {};
    const control = form.control as unknown as Control<V>;
    return {
      inputContainer: (children: ReactNode) =>
        createElement(Fragment, null, children, createElement(CharsLeft<V>, { control, name, max })),
    };
  };
  return {
    error,
    text: (name) => ({ ...form.register(name), error: error(name), ...counter(name) }),
    value: (name) => ({
      value: form.watch(name),
      // After a first submit the field is checked again as it changes, like a typed one.
      onChange: (next) =>
        form.setValue(name, next, {
          shouldDirty: true,
          shouldValidate: form.formState.isSubmitted || form.getFieldState(name, form.formState).isTouched,
        }),
      onBlur: () => {
        if (!checkOnLeave) return;
        form.setValue(name, form.getValues(name), { shouldTouch: true });
        void form.trigger(name);
      },
      error: error(name),
    }),
  };
}

/** The field binder of the form around a shared group of fields (see FormProvider). */
export function useFormFields<V extends FieldValues>(): FieldBinder<V> {
  const form = useFormContext<V>();
  const { t } = useTranslation();
  return binder(form, t, false);
}

export interface ContractFormOptions<V extends FieldValues, O> {
  /** The contract's input schema: the form refuses exactly what the API refuses. */
  schema: z.ZodType<O>;
  defaultValues: V;
  /** What people typed, as the method's input; omitted when the fields are the input. */
  toInput?: (values: V) => unknown;
  /**
   * What only the form knows is wrong, as field → message key: e.g. a cleared
   * end date, which the contract would read as "no end".
   */
  formChecks?: (values: V) => Record<string, string>;
  /** "onTouched" checks a field when it is left; by default fields are checked on submit. */
  mode?: 'onSubmit' | 'onTouched';
  /** A refusal the form answers in its own way (e.g. a duplicate to confirm): true when handled. */
  onRefused?: (error: ApiError) => boolean;
}

export interface ContractForm<V extends FieldValues, O> extends FieldBinder<V> {
  form: UseFormReturn<V, unknown, O>;
  /**
   * A submit handler: checks the fields with the schema, then saves the
   * contract input. A refusal marks every field it names and keeps what was
   * typed; the message under the form says what happened.
   */
  onSubmit: (save: (input: O) => Promise<unknown>) => (event?: BaseSyntheticEvent) => Promise<void>;
  /** The message under the form ("check the fields" or the refusal), or null. */
  failure: string | null;
  busy: boolean;
}

/**
 * One way to build a form: react-hook-form validated by the contract's zod
 * schema, errors shown at their fields, one submit path for every form.
 */
export function useContractForm<V extends FieldValues, O>(options: ContractFormOptions<V, O>): ContractForm<V, O> {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<V, unknown, O>({
    defaultValues: options.defaultValues as DefaultValues<V>,
    resolver: contractResolver(
      options.schema,
      options.toInput ?? ((values: V) => values),
      options.formChecks ?? (() => ({})),
    ),
    mode: options.mode ?? 'onSubmit',
  });
  formSchemas.set(form.control, options.schema);

  const refuse = (error: unknown) => {
    const apiError = apiErrorOf(error);
    if (options.onRefused?.(apiError)) return;
    const known = form.getValues();
    const fields = Object.entries(refusedFields(apiError)).filter(([name]) => name.split('.')[0]! in known);
    fields.forEach(([name, message], index) =>
      form.setError(name as Path<V>, { type: 'server', message }, { shouldFocus: index === 0 }),
    );
    setFailure(errorMessage(error, t));
  };

  const onSubmit = (save: (input: O) => Promise<unknown>) =>
    form.handleSubmit(
      async (input) => {
        setFailure(null);
        try {
          await save(input);
        } catch (error) {
          refuse(error);
        }
      },
      (errors) => {
        const root = errors.root?.message;
        setFailure(root ? (fieldMessage(root, t) ?? t('common.fixFields')) : t('common.fixFields'));
      },
    );

  return {
    ...binder(form as UseFormReturn<V, unknown, unknown>, t, options.mode === 'onTouched'),
    form,
    onSubmit,
    failure,
    busy: form.formState.isSubmitting,
  };
}
