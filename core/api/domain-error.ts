/**
 * A rule refused the operation. `code` is a key under `errors.` in the
 * contract's messages; `field` names the input field to fix, when there is one.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
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
