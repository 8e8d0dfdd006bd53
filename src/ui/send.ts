// The extension pages' side of the protocol: the messages a page may send, through the one
// client the content script uses too (time-out, retry of what is safe to repeat).
import { askWorker } from '../messaging/ask-worker';
import type { PageRequest } from '../messaging/protocol';
import type { Replies } from '../messaging/replies';
import type { Result } from '../messaging/result';

export function ask<T extends PageRequest>(message: T): Promise<Result<Replies[T['type']]>> {
  return askWorker(message);
}
