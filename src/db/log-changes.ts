// News that the complaint log changed in bulk (a team sync's pull, an import), sent on a
// BroadcastChannel to every context of the extension: the worker repeats the search index
// patch on its copy in memory (no reload) and holds the rows written, an open popup fetches the
// rows it shows again. A worker that heard of every change can search its copy without reading
// the log's revision (complaint-index.ts).
// Sent only after the transaction that wrote the changes has committed.
//
// Two channels, because the news is heavy (a pull's step carries 50 search entries and list
// rows) and only a copy of the index uses its patch: pages hear only which revisions changed
// (`onLogChanged`), the index its patch (`followLogChanges`). And a context hears its own news
// from the channel it sends on, without a structured clone: a channel object never receives
// what it posts, so listeners of the sending context are called directly. Before, the worker
// decoded each of its own pull steps' news again (and a popup every step's entries and rows):
// garbage collected while a search waited.
import type { ComplaintRow } from './complaint-rows';
import type { EntryChange } from './index-slices';

const CHANNEL = 'simak-complaint-log';
/** Where pages hear that the log changed: the revisions, not the patch. */
const PAGE_CHANNEL = 'simak-complaint-log-pages';

export interface LogChanged {
  /** The log revision the patch was made on, and the one it produced. */
  from: number;
  to: number;
  /** The patch itself, so a copy of the index at `from` can follow; absent when it could not be made. */
  changes?: EntryChange[];
  /** The list rows of the complaints written and still in the log (a batch of a pull), so a worker's search shows them without reading them. */
  rows?: ComplaintRow[];
}

type Listener = (news: LogChanged) => void;

/** This context's open channel of one name, and who listens to it here. */
interface Hub {
  channel: BroadcastChannel;
  listeners: Set<Listener>;
}
const hubs = new Map<string, Hub>();

/** One channel per database, so two logs (tests, profiles) never hear each other. */
function listen(name: string, listener: Listener): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  let hub = hubs.get(name);
  if (!hub) {
    const channel = new BroadcastChannel(name);
    const listeners = new Set<Listener>();
    channel.onmessage = (event: MessageEvent<LogChanged>) => {
      for (const l of listeners) l(event.data);
    };
    hub = { channel, listeners };
    hubs.set(name, hub);
  }
  const { listeners } = hub;
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    const open = hubs.get(name);
    if (open?.listeners === listeners && listeners.size === 0) {
      open.channel.close();
      hubs.delete(name);
    }
  };
}

/** Posts to the other contexts, and calls this context's listeners on a microtask (as a message would, after the caller's turn). */
function send(name: string, news: LogChanged): void {
  const hub = hubs.get(name);
  if (hub) {
    hub.channel.postMessage(news);
    const listeners = [...hub.listeners];
    queueMicrotask(() => {
      for (const l of listeners) l(news);
    });
    return;
  }
  const channel = new BroadcastChannel(name);
  channel.postMessage(news);
  channel.close();
}

export function announceLogChanged(dbName: string, news: LogChanged): void {
  if (typeof BroadcastChannel === 'undefined') return;
  send(`${CHANNEL}:${dbName}`, news);
  send(`${PAGE_CHANNEL}:${dbName}`, { from: news.from, to: news.to });
}

/** Calls `listener` with the revisions of each bulk change (a page refreshing what it shows); returns the unsubscribe. */
export function onLogChanged(dbName: string, listener: (news: LogChanged) => void): () => void {
  return listen(`${PAGE_CHANNEL}:${dbName}`, listener);
}

/**
 * Calls `listener` with each bulk change and its patch, made in any context (this one too):
 * a copy of the search index follows them. The news is shared, not copied: read it only.
 */
export function followLogChanges(dbName: string, listener: (news: LogChanged) => void): () => void {
  return listen(`${CHANNEL}:${dbName}`, listener);
}
