import { describeIssue } from '@contract/issues.js';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/**
 * Validates a form with the contract's own zod schema, so the form and the
 * dispatcher refuse exactly the same input. Each field's message is a
 * catalogue key with its parameters ("key|{json}"), translated when shown.
 */
export function contractResolver<S extends z.ZodType<unknown, FieldValues>>(
  schema: S,
): Resolver<z.input<S> & FieldValues, unknown, z.output<S> & FieldValues> {
  return (values) => {
    const result = schema.safeParse(values, { reportInput: true });
    if (result.success) return { values: result.data as z.output<S> & FieldValues, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of result.error.issues) {
      const { key, params, field } = describeIssue(issue);
      const name = field ?? 'root';
      if (errors[name]) continue;
      const clean = Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v !== 'object'));
      errors[name] = {
        type: issue.code,
        message: Object.keys(clean).length > 0 ? `${key}|${JSON.stringify(clean)}` : key,
      };
    }
    return { values: {}, errors: errors as FieldErrors<z.input<S> & FieldValues> };
  };
}
