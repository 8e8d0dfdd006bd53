// Routes validated messages to their handlers. Anything that fails validation, or comes
// from another extension or a web page, is refused with an error value.
import { err, type Message, parseMessage, type Replies, type Result } from '../messages';

export type Handlers = {
  [T in Message['type']]: (msg: Extract<Message, { type: T }>) => Promise<Replies[T]>;
};

export interface SenderInfo {
  id?: string;
}

export function makeRouter(handlers: Handlers, ownId: string) {
  return async (raw: unknown, sender: SenderInfo): Promise<Result<unknown>> => {
    if (sender.id !== ownId) return err('foreign-sender', 'message from outside Simak refused');
    const parsed = parseMessage(raw);
    if (!parsed.ok) return parsed;
    const msg = parsed.value;
    try {
      const handler = handlers[msg.type] as (m: Message) => Promise<unknown>;
      return { ok: true, value: await handler(msg) };
    } catch (e) {
      const name = e instanceof Error ? e.name : '';
      const text = e instanceof Error ? e.message : String(e);
      const code = name === 'ComplaintNotFound' ? 'not-found' : /Quota|Database|Dexie|IDB|Abort/i.test(name) ? 'storage' : 'internal';
      return err(code, text);
    }
  };
}
