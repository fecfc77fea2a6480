import type { z } from 'zod';
import { isMessageKey, type MessageKey } from './i18n.js';

export interface IssueMessage {
  key: MessageKey;
  params: Record<string, unknown>;
  field: string | undefined;
}

/**
 * Maps a zod issue to a message key of the catalogue. Schemas name their own
 * keys (`validation.*`); zod's built-in issues get generic ones.
 */
export function describeIssue(issue: z.core.$ZodIssue): IssueMessage {
  const path = issue.path.map(String);
  const field = path.length > 0 ? path.join('.') : undefined;
  if (issue.message.startsWith('validation.') && isMessageKey(issue.message)) {
    // Schemas word a type error as "required" (meant for a missing value); a
    // value of the wrong type (when the input is reported) gets its own text.
    if (
      issue.code === 'invalid_type' &&
      issue.message === 'validation.required' &&
      issue.input !== undefined &&
      issue.input !== null
    ) {
      return { key: 'validation.invalidType', params: { expected: issue.expected }, field };
    }
    return { key: issue.message, params: issueParams(issue), field };
  }
  switch (issue.code) {
    case 'invalid_type':
      return {
        key: issue.input === undefined || issue.input === null ? 'validation.required' : 'validation.invalidType',
        params: { expected: issue.expected },
        field,
      };
    case 'too_small':
      return {
        key: issue.origin === 'string' ? 'validation.tooShort' : 'validation.tooSmall',
        params: { min: issue.minimum, count: Number(issue.minimum) },
        field,
      };
    case 'too_big':
      return {
        key: issue.origin === 'string' ? 'validation.tooLong' : 'validation.tooBig',
        params: { max: issue.maximum, count: Number(issue.maximum) },
        field,
      };
    case 'invalid_value':
      return { key: 'validation.invalidOption', params: {}, field };
    case 'unrecognized_keys':
      // Name the first unknown key only: joining them all would read as a nested path.
      return {
        key: 'validation.unknownField',
        params: { keys: issue.keys },
        field: [...path, issue.keys[0] ?? ''].join('.'),
      };
    default:
      return { key: 'validation.invalid', params: {}, field };
  }
}

function issueParams(issue: z.core.$ZodIssue): Record<string, unknown> {
  if (issue.code === 'too_big') return { max: issue.maximum, count: Number(issue.maximum) };
  if (issue.code === 'too_small') return { min: issue.minimum, count: Number(issue.minimum) };
  if (issue.code === 'custom') return issue.params ?? {};
  return {};
}
