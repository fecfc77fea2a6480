import type { ApiError } from '@contract/errors.js';
import { isMessageKey } from '@contract/i18n.js';
import type { TFunction } from 'i18next';
import { ApiCallError } from './transport.js';

/** The contract error of a failed call, or a transport error when the door itself failed. */
export function apiErrorOf(error: unknown): ApiError {
  if (error instanceof ApiCallError) return error.error;
  return { code: 'transport', message: '' };
}

/** A message for the user: the server's translated text, or ours for transport failures. */
export function errorMessage(error: unknown, t: TFunction): string {
  const apiError = apiErrorOf(error);
  if (apiError.code === 'transport' || apiError.message === '') return t('common.transport');
  return apiError.message;
}

/**
 * Field messages from zod (via the form resolver) are message keys, sometimes
 * with parameters as JSON after a "|": "validation.tooLong|{\"max\":60}".
 * Anything else is text the dispatcher already translated.
 */
export function fieldMessage(message: string | undefined, t: TFunction): string | undefined {
  if (!message) return undefined;
  const [key, params] = message.split('|', 2) as [string, string?];
  if (!key.startsWith('validation.') || !isMessageKey(key)) return message;
  return t(key, params ? (JSON.parse(params) as Record<string, unknown>) : {});
}

/** A field's name as the catalogue words it, for a name only known at run time (a list of missing fields). */
export function fieldLabel(name: string, t: TFunction): string {
  const key = `fields.${name}`;
  return isMessageKey(key) ? t(key) : name;
}

/** The text to show beside a field for a refused call that names one. */
export function fieldText(error: ApiError): string {
  const problem = error.params?.problem;
  return error.code === 'invalidInput' && typeof problem === 'string' ? problem : error.message;
}
