// The list rows the worker holds in memory beside the search index: the complaints it just
// wrote or heard written (a team pull, an import), and the rows it last showed. A search's
// newest matches are mostly these, and a row held here is answered without reading IndexedDB,
// whose read would wait for a write transaction under way (a pull writes one page of 200 at a
// time): that wait, not the search, is what a search while the office's changes arrive cost.
// Exact at the index's revision: every change the index takes drops or replaces the rows it
// touches, and rows read from IndexedDB are kept only when no change came in meanwhile.
import { type ComplaintRow, toRow } from './complaint-rows';
import type { Complaint } from './schema';

/** Rows kept, newest used last: a few pulls' worth, a few megabytes. */
export const ROW_CACHE_LIMIT = 4_000;

export class RowCache {
  private readonly rows = new Map<string, ComplaintRow>();
  /** Bumped by every change heard: rows read from IndexedDB before it may be older than the index. */
  private epoch = 0;

  constructor(private readonly limit = ROW_CACHE_LIMIT) {}

  /** The rows held of `ids`, by id; the others must be read. */
  take(ids: readonly string[]): Map<string, ComplaintRow> {
    const out = new Map<string, ComplaintRow>();
    for (const id of ids) {
      const row = this.rows.get(id);
      if (!row) continue;
      // Used again: moved to the newest end, last to go.
      this.rows.delete(id);
      this.rows.set(id, row);
      out.set(id, row);
    }
    return out;
  }

  /**
   * The rows of `ids` in that order: those held, and the others from `read` (IndexedDB). A row
   * read is kept for next time when `current` says the complaint read is the one the index
   * holds (not yet changed by a write the index has not taken). A complaint gone is left out.
   */
  async rowsOf(
    ids: readonly string[],
    read: (missing: string[]) => Promise<(Complaint | undefined)[]>,
    current: (c: Complaint) => boolean,
  ): Promise<ComplaintRow[]> {
    const held = this.take(ids);
    const missing = ids.filter((id) => !held.has(id));
    if (missing.length > 0) {
      const mark = this.mark();
      const found = (await read(missing)).filter((c): c is Complaint => c !== undefined);
      this.keepRead(mark, found.filter(current).map(toRow));
      for (const c of found) held.set(c.id, toRow(c));
    }
    return ids.map((id) => held.get(id)).filter((r): r is ComplaintRow => r !== undefined);
  }

  /** A mark to give `keepRead`: rows read after it are kept only if nothing changed since. */
  mark(): number {
    return this.epoch;
  }

  /** Rows read from IndexedDB since `mark`: kept unless a change came in meanwhile (they may predate it). */
  keepRead(mark: number, rows: readonly ComplaintRow[]): void {
    if (mark === this.epoch) for (const row of rows) this.put(row);
  }

  /** The log changed: the rows of `removed` go, `written` are the rows as now stored. */
  changed(removed: Iterable<string>, written: readonly ComplaintRow[] = []): void {
    this.epoch++;
    for (const id of removed) this.rows.delete(id);
    for (const row of written) this.put(row);
  }

  /** The log changed in a way not described (a reload, a wipe): nothing held is trusted. */
  clear(): void {
    this.epoch++;
    this.rows.clear();
  }

  get size(): number {
    return this.rows.size;
  }

  private put(row: ComplaintRow): void {
    this.rows.delete(row.id);
    this.rows.set(row.id, row);
    while (this.rows.size > this.limit) {
      const oldest = this.rows.keys().next().value;
      if (oldest === undefined) break;
      this.rows.delete(oldest);
    }
  }
}
