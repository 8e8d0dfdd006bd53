// The content script's side of the protocol: only the messages a content script may send
// (the worker refuses any other from a tab), through the one client (time-out, retry).
import { askWorker } from '../messaging/ask-worker';
import type { ContentRequest } from '../messaging/protocol';
import type { Replies } from '../messaging/replies';
import type { Result } from '../messaging/result';

export function send<T extends ContentRequest>(message: T): Promise<Result<Replies[T['type']]>> {
  return askWorker(message);
}
