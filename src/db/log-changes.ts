// News that the complaint log changed in bulk (a team sync's pull, an import), sent on a
// BroadcastChannel to every context of the extension: the worker repeats the search index
// patch on its copy in memory (no reload) and holds the rows written, an open popup fetches the
// rows it shows again. A worker that heard of every change can search its copy without reading
// the log's revision (complaint-index.ts).
// Sent only after the transaction that wrote the changes has committed.
import type { ComplaintRow } from './complaint-rows';
import type { EntryChange } from './index-slices';

const CHANNEL = 'simak-complaint-log';

export interface LogChanged {
  /** The log revision the patch was made on, and the one it produced. */
  from: number;
  to: number;
  /** The patch itself, so a copy of the index at `from` can follow; absent when it could not be made. */
  changes?: EntryChange[];
  /** The list rows of the complaints written and still in the log (a batch of a pull), so a worker's search shows them without reading them. */
  rows?: ComplaintRow[];
}

/** One channel per database, so two logs (tests, profiles) never hear each other. */
const channelOf = (dbName: string) => new BroadcastChannel(`${CHANNEL}:${dbName}`);

export function announceLogChanged(dbName: string, news: LogChanged): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = channelOf(dbName);
  channel.postMessage(news);
  channel.close();
}

/** Calls `listener` for each bulk change made in another context; returns the unsubscribe. */
export function onLogChanged(dbName: string, listener: (news: LogChanged) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = channelOf(dbName);
  channel.onmessage = (event: MessageEvent<LogChanged>) => listener(event.data);
  return () => channel.close();
}
