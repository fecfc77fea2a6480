import { documentTypes } from '@contract/document-types.js';
import type { ApiError, ApiResult } from '@contract/errors.js';
import type { CallableName, Input, Output } from '@contract/index.js';

interface ShiftbookBridge {
  call(method: string, input: unknown, locale: string): Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    /** Present in the Electron window (exposed by the preload). */
    shiftbook?: ShiftbookBridge;
  }
}

/** A refused call, carrying the contract's error (already translated). */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

let currentLocale = 'cs';

/**
 * Errors and worded values come back in the language the user reads. Says
 * whether the language changed: what was read before is then in the other one.
 */
export function setApiLocale(locale: string): boolean {
  const changed = locale !== currentLocale;
  currentLocale = locale;
  return changed;
}

async function overHttp(method: string, input: unknown, locale: string): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      // The session cookie (HttpOnly, SameSite=Strict) goes with it; the page never sees a token.
      headers: { 'content-type': 'application/json', 'x-shiftbook-locale': locale },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'transport', message: '' } };
  }
  const type = response.headers.get('content-type') ?? '';
  // A document comes as the file itself, its name in a header (core/doors/http.ts).
  const fileName = response.headers.get('x-shiftbook-file-name');
  const contentType = documentTypes.find((known) => known === type);
  if (response.ok && fileName !== null && contentType) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { ok: true, value: { fileName: decodeURIComponent(fileName), contentType, bytes } };
  }
  if (!type.includes('application/json')) {
    return { ok: false, error: { code: 'transport', message: '', params: { status: response.status } } };
  }
  return (await response.json()) as ApiResult<unknown>;
}

/** Calls one contract method through whichever door this page has. */
export async function callApi<M extends CallableName>(method: M, input: Input<M>): Promise<Output<M>> {
  const bridge = window.shiftbook;
  const result = bridge
    ? await bridge.call(method, input, currentLocale)
    : await overHttp(method, input, currentLocale);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as Output<M>;
}
