// The one client of the protocol, for the content script and the extension pages alike. MV3
// can stop the worker between two messages, and a worker stopped in the middle of one can leave
// the sender waiting for good: so every attempt ends after a while, a message that is safe to
// repeat is sent again, and every failure comes back as an error value, never as an exception.
import { type Message, SAFE_TO_REPEAT } from './protocol';
import type { Replies } from './replies';
import type { Result } from './result';

/** Longer than any answer the worker gives while it works (a cold start with the model included). */
export const REPLY_TIMEOUT_MS = 10_000;
/** Attempts for a message that is safe to repeat; any other is sent once. */
const ATTEMPTS = 3;

export type Transport = (message: unknown) => Promise<unknown>;

export interface ClientOptions {
  timeoutMs?: number;
  /** Waits before attempt `n` (1, 2…): a worker that is waking up needs a moment. */
  pause?: (attempt: number) => Promise<void>;
}

const backOff = (attempt: number) => new Promise<void>((resolve) => setTimeout(resolve, 200 * attempt));

function noReplyAfter(ms: number): { promise: Promise<never>; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the worker did not answer')), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

export type Ask<M extends Message> = <T extends M>(message: T) => Promise<Result<Replies[T['type']]>>;

/** A client over a transport (runtime.sendMessage in the extension, a fake in tests). */
export function makeClient(send: Transport, options: ClientOptions = {}): Ask<Message> {
  const timeoutMs = options.timeoutMs ?? REPLY_TIMEOUT_MS;
  const pause = options.pause ?? backOff;
  return async <T extends Message>(message: T): Promise<Result<Replies[T['type']]>> => {
    const attempts = SAFE_TO_REPEAT.has(message.type) ? ATTEMPTS : 1;
    let failure = '';
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) await pause(attempt);
      const deadline = noReplyAfter(timeoutMs);
      try {
        const reply = (await Promise.race([send(message), deadline.promise])) as Result<Replies[T['type']]> | undefined;
        if (reply) return reply;
        failure = 'no reply from the worker';
      } catch (e) {
        failure = e instanceof Error ? e.message : String(e);
      } finally {
        deadline.cancel();
      }
    }
    return { ok: false, error: { code: 'internal', message: failure } };
  };
}
