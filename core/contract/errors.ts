/**
 * The error every door answers with. `message` is already translated into the
 * caller's language; `code` and `params` let a UI translate it again.
 */
export interface ApiError {
  code: string;
  message: string;
  field?: string;
  params?: Record<string, unknown>;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
