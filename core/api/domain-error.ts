import type { ErrorCode } from '../contract/i18n.js';

/**
 * A rule refused the operation. `code` is a key under `errors.` in the
 * contract's messages (a code without a message does not compile); `field`
 * names the input field to fix, when there is one.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, unknown> = {},
    readonly field?: string,
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export function notFound(field = 'id'): DomainError {
  return new DomainError('notFound', {}, field);
}
