// The newest complaints matching a filter, read straight from IndexedDB by the page that shows
// them (the popup), without the worker. A stopped worker must start (load its script, build its
// scoring models) and read its search index back before it can answer, a quarter of a second or
// more; meanwhile the popup reads the top of the list itself: the log newest first (the order
// the index gives), each complaint tested with the index's own matching, until a page of matches
// is found. Only a preview: the worker's answer replaces it, and its total is not known here.
//
// Read-only and never the one to open the log first: the database is opened without a version,
// and one that does not exist yet or is of another schema version (an update not yet applied
// by the worker) is left alone (the worker answers).
import { type ComplaintFilter, matchesFilter, searchWords, toSearchEntry } from './complaint-filter';
import { type ComplaintRow, toRow } from './complaint-rows';
import { type Complaint, DB_NAME, SCHEMA_VERSIONS } from './schema';

/** Dexie stores version n as IndexedDB version 10·n. */
const IDB_VERSION = (SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 0) * 10;
/** Complaints looked at, at most, before giving up (a rare word): the worker's index answers those. */
export const PREVIEW_SCAN = 1_000;

export interface NewestMatches {
  /** The first `limit` matches, newest first. */
  rows: ComplaintRow[];
  /** The whole log was looked at: `rows` are all the matches. */
  complete: boolean;
}

const opened = new Map<string, Promise<IDBDatabase | undefined>>();

/** The log's database as it is, or undefined (absent, another version, not openable). Kept open for the next read. */
function openExisting(name: string): Promise<IDBDatabase | undefined> {
  let found = opened.get(name);
  if (!found) {
    found = new Promise((resolve) => {
      if (typeof indexedDB === 'undefined') return resolve(undefined);
      const request = indexedDB.open(name);
      // No database yet: opening without a version would create it. Never here: the worker does.
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onerror = () => {
        opened.delete(name);
        resolve(undefined);
      };
      request.onsuccess = () => {
        const idb = request.result;
        // An upgrade or a deletion elsewhere must not wait for this page.
        idb.onversionchange = () => {
          idb.close();
          opened.delete(name);
        };
        if (idb.version !== IDB_VERSION || !idb.objectStoreNames.contains('complaints')) {
          idb.close();
          opened.delete(name);
          return resolve(undefined);
        }
        resolve(idb);
      };
    });
    opened.set(name, found);
  }
  return found;
}

/**
 * The newest `limit` complaints matching `filter` (after skipping `offset` matches), read in one
 * read-only transaction, so they are the log as it was at one moment. Undefined when fewer than
 * that were found among the newest `maxScan` complaints and the log goes on, or the log cannot
 * be read here.
 */
export async function newestMatches(
  filter: ComplaintFilter,
  offset: number,
  limit: number,
  { name = DB_NAME, maxScan = PREVIEW_SCAN }: { name?: string; maxScan?: number } = {},
): Promise<NewestMatches | undefined> {
  const idb = await openExisting(name);
  if (!idb) return undefined;
  const words = searchWords(filter.text);
  return new Promise((resolve) => {
    const found: Complaint[] = [];
    let matched = 0;
    let scanned = 0;
    let complete = false;
    let tx: IDBTransaction;
    try {
      tx = idb.transaction('complaints', 'readonly');
    } catch {
      return resolve(undefined);
    }
    /** Looks at one complaint; true when no more are wanted. */
    const take = (c: Complaint): boolean => {
      if (c.deleted === 0 && matchesFilter(toSearchEntry(c), filter, words) && matched++ >= offset) found.push(c);
      return found.length >= limit || ++scanned >= maxScan;
    };
    const store = tx.objectStore('complaints');
    tx.oncomplete = () => resolve(found.length >= limit || complete ? { rows: found.map(toRow), complete } : undefined);
    tx.onabort = () => resolve(undefined);
    tx.onerror = () => resolve(undefined);
    // Newest first: ULID ids sort by creation time, the order of the index's list.
    if (readInBatches(store, limit, maxScan, take, () => (complete = true))) return;
    const request = store.openCursor(null, 'prev');
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) complete = true;
      else if (!take(cursor.value as Complaint)) cursor.continue();
    };
  });
}

/**
 * Reads the log newest first in a few requests of many complaints each (`getAll` with a
 * direction, IndexedDB 3.0): a cursor costs a round trip to the database per complaint until
 * the browser starts fetching ahead, tens of milliseconds on a busy machine before the first
 * page is in. False, having read nothing, where the browser lacks it (a cursor reads instead).
 */
function readInBatches(
  store: IDBObjectStore,
  limit: number,
  maxScan: number,
  take: (c: Complaint) => boolean,
  ended: () => void,
): boolean {
  // The first batch holds a page and its deleted complaints; later ones are bigger (a search).
  let count = limit + 10;
  const read = (below: IDBValidKey | undefined): void => {
    const query = below === undefined ? null : IDBKeyRange.upperBound(below, true);
    const request = store.getAll({ query, count, direction: 'prev' } as unknown as IDBKeyRange) as IDBRequest<
      Complaint[]
    >;
    request.onsuccess = () => {
      const batch = request.result;
      for (const c of batch) if (take(c)) return;
      if (batch.length < count) return ended();
      count = Math.min(maxScan, count * 4);
      read((batch[batch.length - 1] as Complaint).id);
    };
  };
  // The test Dexie makes: `getAllRecords` came with these options in one version of the standard.
  if (!('getAllRecords' in store)) return false;
  read(undefined);
  return true;
}
