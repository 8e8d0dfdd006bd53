// Routes validated messages to their handlers. Anything that fails validation, or comes
// from another extension or a web page, is refused with an error value.
import { storageFault } from '../db/faults';
import { type ErrorCode, err, type Message, parseMessage, type Replies, type Result } from '../messages';
import { type Describe, userMessage } from './error-text';

export type Handlers = {
  [T in Message['type']]: (msg: Extract<Message, { type: T }>) => Promise<Replies[T]>;
};

export interface SenderInfo {
  id?: string;
}

/** The error code for what a handler threw: storage faults apart, since the user can act on them. */
export function errorCodeOf(e: unknown): ErrorCode {
  if (e instanceof Error && e.name === 'ComplaintNotFound') return 'not-found';
  if (e instanceof Error && e.name === 'StorageLost') return 'storage-lost';
  const fault = storageFault(e);
  if (fault === 'full') return 'storage-full';
  return fault ? 'storage' : 'internal';
}

/** `describe` gives the user-facing text of an error code in the UI language (browser.i18n). */
export function makeRouter(handlers: Handlers, ownId: string, describe?: Describe) {
  return async (raw: unknown, sender: SenderInfo): Promise<Result<unknown>> => {
    if (sender.id !== ownId) return err('foreign-sender', 'message from outside Simak refused');
    const parsed = parseMessage(raw);
    if (!parsed.ok) return parsed;
    const msg = parsed.value;
    try {
      const handler = handlers[msg.type] as (m: Message) => Promise<unknown>;
      return { ok: true, value: await handler(msg) };
    } catch (e) {
      const code = errorCodeOf(e);
      const detail = e instanceof Error ? (e.message.split('\n')[0] ?? e.name) : String(e);
      return err(code, userMessage(code, detail, describe));
    }
  };
}
