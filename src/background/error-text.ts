// What the user reads when the worker cannot do what was asked. Storage faults get a message
// that says what happened and what to do (public/_locales/*/messages.json); other errors pass
// their technical detail on, which the pages show inside their own "could not…" sentence.
import type { ErrorCode } from '../messaging/result';

/** browser.i18n.getMessage, or a stand-in in tests; returns '' for an unknown key. */
export type Describe = (key: string, substitution?: string) => string;

const MESSAGE_KEYS: Partial<Record<ErrorCode, string>> = {
  'storage-full': 'errorStorageFull',
  'storage-lost': 'errorStorageLost',
  storage: 'errorStorage',
};

export function userMessage(code: ErrorCode, detail: string, describe?: Describe): string {
  const key = MESSAGE_KEYS[code];
  const text = key && describe ? describe(key, detail) : '';
  return text || detail;
}
