// Routes validated messages to their handlers. A message from another extension or a web
// page, one this kind of sender may not send, or one that fails validation is refused with an
// error value; so is a content script's undo of anything but its own tab's latest log.
import { storageFault } from '../db/faults';
import { parseMessage } from '../messaging/parse';
import type { Message, MessageType } from '../messaging/protocol';
import type { Replies } from '../messaging/replies';
import { type ErrorCode, err, ok, type Result } from '../messaging/result';
import { type Describe, userMessage } from './error-text';
import { LatestLogs, type Self, type SenderInfo, senderKind } from './senders';

export type Handler<T extends MessageType> = (msg: Extract<Message, { type: T }>) => Promise<Replies[T]>;
export type Handlers = { [T in MessageType]: Handler<T> };

export interface RouterOptions {
  /** The user-facing text of an error code in the UI language (browser.i18n). */
  describe?: Describe;
  /** The clock of the undo window (a fake in tests). */
  now?: () => number;
}

/** The error code for what a handler threw: storage faults apart, since the user can act on them. */
export function errorCodeOf(e: unknown): ErrorCode {
  if (e instanceof Error && e.name === 'ComplaintNotFound') return 'not-found';
  if (e instanceof Error && e.name === 'StorageLost') return 'storage-lost';
  // A team action on a complaint the team does not share (logged before joining, not uploaded).
  if (e instanceof Error && e.name === 'NotShared') return 'not-allowed';
  const fault = storageFault(e);
  if (fault === 'full') return 'storage-full';
  return fault ? 'storage' : 'internal';
}

/** Runs the handler of the message's own type. */
function dispatch<T extends MessageType>(
  handlers: Handlers,
  type: T,
  msg: Extract<Message, { type: T }>,
): Promise<Replies[T]> {
  const handler: Handler<T> = handlers[type];
  return handler(msg);
}

export function makeRouter(handlers: Handlers, self: Self, options: RouterOptions = {}) {
  const latest = new LatestLogs(options.now);
  return async (raw: unknown, sender: SenderInfo): Promise<Result<unknown>> => {
    if (sender.id !== self.id) return err('foreign-sender', 'message from outside Simak refused');
    const kind = senderKind(sender, self);
    if (!kind) return err('not-allowed', 'message from outside a Simak page or a supported site refused');
    const parsed = parseMessage(raw, kind);
    if (!parsed.ok) return parsed;
    const msg = parsed.value;
    const tabId = kind === 'content' ? sender.tab?.id : undefined;
    if (tabId !== undefined && msg.type === 'complaint/undo' && !latest.mayUndo(tabId, msg.id)) {
      return err('not-allowed', 'a tab may undo only the complaint it just logged');
    }
    try {
      if (tabId !== undefined && msg.type === 'complaint/log') {
        const outcome = await handlers['complaint/log'](msg);
        // A post logged before (by this tab or any other) is not this tab's to undo.
        if (!outcome.alreadyLogged) latest.record(tabId, outcome.id);
        return ok(outcome);
      }
      const value = await dispatch(handlers, msg.type, msg);
      if (tabId !== undefined && msg.type === 'complaint/undo') latest.forget(tabId);
      return ok(value);
    } catch (e) {
      const code = errorCodeOf(e);
      const detail = e instanceof Error ? (e.message.split('\n')[0] ?? e.name) : String(e);
      return err(code, userMessage(code, detail, options.describe));
    }
  };
}
