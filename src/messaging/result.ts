// Every answer travels as a value, never as a thrown exception: `{ok: true, value}` or
// `{ok: false, error: {code, message}}`, so a sender always has something to show.

/**
 * `foreign-sender`: another extension or a web page; `not-allowed`: a sender of Simak's own that
 * may not send this message (a content script asking for the log, or undoing what it did not
 * just log); `internal`: a bug, or no answer from the worker (stopped, restarting);
 * `storage-full`: quota or disk full; `storage-lost`: the log was deleted under the extension.
 */
export type ErrorCode =
  | 'invalid-message'
  | 'foreign-sender'
  | 'not-allowed'
  | 'not-found'
  | 'storage'
  | 'storage-full'
  | 'storage-lost'
  | 'internal';

export interface SimakError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: SimakError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
