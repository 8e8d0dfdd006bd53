// The content script's side of the protocol: send, and retry if the worker was asleep or
// restarting (MV3 can stop it between two messages). A worker stopped in the middle of a
// message can leave the sender waiting for good, so an attempt also ends after a while.
import browser from 'webextension-polyfill';
import type { Message, Replies, Result } from '../messages';

/** Longer than any answer the worker gives while it works (a cold start with the model included). */
const REPLY_TIMEOUT_MS = 10_000;

function noReplyAfter(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('the worker did not answer')), ms));
}

export async function send<T extends Message>(msg: T): Promise<Result<Replies[T['type']]>> {
  for (let attempt = 0; ; attempt++) {
    try {
      const reply = (await Promise.race([browser.runtime.sendMessage(msg), noReplyAfter(REPLY_TIMEOUT_MS)])) as
        | Result<Replies[T['type']]>
        | undefined;
      if (reply) return reply;
      throw new Error('no reply from the worker');
    } catch (e) {
      if (attempt >= 2) {
        return { ok: false, error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } };
      }
      await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
    }
  }
}
