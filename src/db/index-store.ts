// Reads and writes the saved search index (index-parts.ts describes the rows) in the
// `searchChunks` table. Reading takes the base, the changes since and the log revision in one
// transaction, so a bulk write is either wholly in what is read or wholly not.
import { toSearchEntry } from './complaint-filter';
import type { SimakDb } from './db';
import {
  chainOf,
  DELTA_KEY,
  decodePart,
  deltaChanges,
  encodePart,
  type IndexDelta,
  type IndexMeta,
  type IndexPart,
  META_KEY,
  PARTS_FORMAT,
  partsOf,
  toSlices,
} from './index-parts';
import { patchSlices } from './index-slices';
import { nextTurn } from './next-turn';
import { readRevision } from './revision';
import type { SearchEntry } from './schema';

export interface SavedIndex {
  /** The log revision now. */
  revision: number;
  /** The index at that revision, or `undefined` when what is saved cannot give it (rebuild). */
  chunks?: SearchEntry[][];
  /** Changes saved since the base: entries and rows (the base is rewritten when they pile up). */
  pendingEntries: number;
  pendingRows: number;
}

const isMeta = (row: unknown): row is IndexMeta =>
  typeof row === 'object' && row !== null && (row as IndexMeta).format === PARTS_FORMAT;

/**
 * `onNewest`: called, if the saved index is whole, once the newest part and the changes since
 * are in, with the index at the log's revision for the complaints from that part's first on
 * (exact there: older parts hold only older ids), before the older parts are decoded.
 */
export async function readSaved(
  db: SimakDb,
  chunkSize: number,
  onNewest?: (newest: SearchEntry[][], revision: number) => void,
): Promise<SavedIndex> {
  let newest: SearchEntry[] | undefined;
  const { meta, revision, parts, deltas } = await db.transaction('r', db.searchChunks, db.settings, async () => {
    const found = await db.searchChunks.get(META_KEY);
    const revision = await readRevision(db);
    // No base (never saved, cleared, or of an older format): nothing to read, it is rebuilt.
    if (!isMeta(found)) return { revision, parts: [], deltas: [] };
    const deltas = db.searchChunks
      .where('chunk')
      .between(DELTA_KEY + found.revision, DELTA_KEY + revision, false, true)
      .toArray() as Promise<IndexDelta[]>;
    // The parts asked for newest first: a search can be answered from the newest while the
    // rest is read and decoded.
    const parts: Promise<IndexPart | undefined>[] = [];
    for (let i = found.parts - 1; i >= 0; i--) parts[i] = db.searchChunks.get(i) as Promise<IndexPart | undefined>;
    if (onNewest && found.parts > 0) {
      void Promise.all([deltas, parts[found.parts - 1]]).then(([rows, part]) => {
        const chain = chainOf(rows, found.revision, revision);
        if (!chain || !part) return;
        newest = decodePart(part);
        const from = newest[0]?.id ?? '';
        const changes = chain.flatMap(deltaChanges).filter(([id]) => id >= from);
        onNewest(patchSlices(toSlices(newest, chunkSize), changes, chunkSize).chunks, revision);
      });
    }
    return { meta: found, revision, parts: await Promise.all(parts), deltas: await deltas };
  });
  const chain = meta && chainOf(deltas, meta.revision, revision);
  const pendingEntries = chain?.reduce((n, d) => n + d.removed.length + d.put.idLengths.length, 0) ?? 0;
  const pendingRows = chain?.length ?? 0;
  if (!meta || !chain || parts.some((part) => !part)) return { revision, pendingEntries, pendingRows };
  const entries: SearchEntry[] = [];
  for (const [i, part] of (parts as IndexPart[]).entries()) {
    for (const e of i === parts.length - 1 && newest ? newest : decodePart(part)) entries.push(e);
    // A turn of the event loop between parts: a restarted worker answers the popup meanwhile
    // (its first rows, read straight from IndexedDB, and a first search from the newest part).
    await nextTurn();
  }
  let chunks = toSlices(entries, chunkSize);
  for (const delta of chain) chunks = patchSlices(chunks, deltaChanges(delta), chunkSize).chunks;
  return { revision, chunks, pendingEntries, pendingRows };
}

/** Every live complaint's entry, read page by page in id order, in slices of `chunkSize` (a rebuild). */
export async function readAllEntries(db: SimakDb, chunkSize: number): Promise<SearchEntry[][]> {
  const chunks: SearchEntry[][] = [];
  let after: string | undefined;
  for (;;) {
    const page = await (after === undefined ? db.complaints.orderBy(':id') : db.complaints.where(':id').above(after))
      .limit(chunkSize)
      .toArray();
    if (page.length === 0) break;
    after = page[page.length - 1]?.id;
    const entries = page.filter((c) => c.deleted === 0).map(toSearchEntry);
    if (entries.length > 0) chunks.push(entries);
  }
  return chunks;
}

/**
 * Saves `chunks` (the index at `revision`) as the new base and drops the changes it includes,
 * unless a base as recent is saved already. `checkLog`: also make sure the log is still at
 * `revision` (a rebuild read the complaints outside this transaction); a compaction from a copy
 * known to be exact leaves the log's revision alone, so searches never wait for it.
 */
/** A log written for the first time: its base, before this first change, is empty. Inside a read-write transaction. */
export async function saveEmptyBase(db: SimakDb): Promise<void> {
  const meta: IndexMeta = { chunk: META_KEY, format: PARTS_FORMAT, revision: 0, parts: 0 };
  await db.searchChunks.put(meta);
}

export async function hasBase(db: SimakDb): Promise<boolean> {
  return isMeta(await db.searchChunks.get(META_KEY));
}

/** The log revision the saved base reflects; −1 when there is none (a load rebuilds it, and drops the change rows before). */
export async function baseRevision(db: SimakDb): Promise<number> {
  const meta = await db.searchChunks.get(META_KEY);
  return isMeta(meta) ? meta.revision : -1;
}

export async function saveBase(
  db: SimakDb,
  chunks: readonly SearchEntry[][],
  revision: number,
  partSize: number,
  checkLog: boolean,
): Promise<boolean> {
  const tables = checkLog ? [db.searchChunks, db.settings] : [db.searchChunks];
  const current = await db.searchChunks.get(META_KEY);
  if (isMeta(current) && current.revision >= revision) return false;
  // Encoded before the transaction, which must not hold the table while the CPU works, and a
  // part at a time, so a search or a popup's first rows asked meanwhile are answered between.
  const parts: IndexPart[] = [];
  for (const entries of partsOf(chunks, partSize)) {
    parts.push(encodePart(parts.length, entries));
    await nextTurn();
  }
  return db.transaction('rw', tables, async () => {
    if (checkLog && (await readRevision(db)) !== revision) return false;
    const meta = await db.searchChunks.get(META_KEY);
    if (isMeta(meta) && meta.revision >= revision) return false;
    // The old base (of any format) and every change it now includes.
    await db.searchChunks
      .where('chunk')
      .between(META_KEY, DELTA_KEY + revision, true, true)
      .delete();
    // One part per request, each asked for once the one before is stored: the browser copies a
    // value out of the worker's heap as it is asked to store it, and a base of 100,000 entries
    // asked for at once (bulkPut) held the worker for 400–700 ms on a busy machine, a search
    // waiting behind it. Between two parts the worker answers what came meanwhile.
    for (const part of parts) await db.searchChunks.put(part);
    const next: IndexMeta = { chunk: META_KEY, format: PARTS_FORMAT, revision, parts: parts.length };
    await db.searchChunks.put(next);
    return true;
  });
}
