// The content script's side of the protocol: send, and retry once if the worker was asleep
// or restarting (MV3 can stop it between two messages).
import browser from 'webextension-polyfill';
import type { Message, Replies, Result } from '../messages';

export async function send<T extends Message>(msg: T): Promise<Result<Replies[T['type']]>> {
  for (let attempt = 0; ; attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage(msg)) as Result<Replies[T['type']]> | undefined;
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
