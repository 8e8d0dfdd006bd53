import browser from 'webextension-polyfill';
import type { Message, Replies, Result } from '../messages';

/** UI pages talk to the worker through the same typed protocol as content scripts. */
export async function ask<T extends Message>(msg: T): Promise<Result<Replies[T['type']]>> {
  try {
    const reply = (await browser.runtime.sendMessage(msg)) as Result<Replies[T['type']]> | undefined;
    return reply ?? { ok: false, error: { code: 'internal', message: 'no reply from the worker' } };
  } catch (e) {
    return { ok: false, error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } };
  }
}
