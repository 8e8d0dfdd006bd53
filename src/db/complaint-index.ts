// The complaint log's search index: one compact entry per complaint, held in the service
// worker's memory and saved in slices of 1,000 (`searchChunks`). Chromium needs seconds to read
// 100,000 full complaints and about a tenth of a second to read the 100 slices; filtering the
// entries in memory then answers each search in milliseconds.
//
// Validity: every write to `complaints` bumps the log revision in its own transaction
// (revision.ts). The saved slices record the revision they reflect; the worker patches the
// index itself after its own writes, and anything else (an import, a wipe, a crash between a
// write and its patch) shows up as a revision mismatch and costs one rebuild.
import {
  type ComplaintFilter,
  isEmptyFilter,
  matchesFilter,
  type SearchEntry,
  searchWords,
  toSearchEntry,
} from './complaint-filter';
import type { SimakDb } from './db';
import { readRevision } from './revision';
import type { Complaint } from './schema';

/** What the list shows for one complaint; the full record is fetched when it is opened. */
export interface ComplaintRow {
  id: string;
  createdAt: number;
  site: Complaint['site'];
  status: Complaint['status'];
  priority: Complaint['priority'];
  category: string;
  author: string;
  /** Post text, cut for the list row. Untrusted: rendered as text only. */
  text: string;
  url?: string;
  /** A shared complaint's handler (null: nobody yet) and loggers; absent when not shared. */
  assignee?: string | null;
  loggers?: string[];
}

export interface ComplaintPage {
  /** Matching complaints; a lower bound while `exact` is false (index still loading). */
  total: number;
  exact: boolean;
  rows: ComplaintRow[];
}

const ROW_TEXT = 280;
export const CHUNK_SIZE = 1_000;
/** The log revision the saved slices reflect (a row of the `settings` table). */
const SAVED_REVISION = 'searchIndexRevision';

export function toRow(c: Complaint): ComplaintRow {
  return {
    id: c.id,
    createdAt: c.createdAt,
    site: c.site,
    status: c.status,
    priority: c.priority,
    category: c.category,
    author: c.post.author.handle ?? c.post.author.name ?? '',
    text: c.post.text.length > ROW_TEXT ? `${c.post.text.slice(0, ROW_TEXT)}…` : c.post.text,
    ...(c.post.url ? { url: c.post.url } : {}),
    ...(c.team ? { assignee: c.team.assignee, loggers: c.team.loggers } : {}),
  };
}

/** Index of the last element of `list` whose key is ≤ `id` (−1 if none). */
function lastAtOrBefore<T>(list: T[], id: string, key: (t: T) => string): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = list[mid] as T;
    if (key(item) <= id) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export class ComplaintIndex {
  /** Slices in ascending id order (ULIDs sort by creation time); read backwards for newest first. */
  private chunks: SearchEntry[][] | undefined;
  private revision = -1;
  private loading: Promise<SearchEntry[][]> | undefined;

  /** `chunkSize` is the real slice size except in tests, which try the slice boundaries with small slices. */
  constructor(
    private readonly db: SimakDb,
    private readonly chunkSize = CHUNK_SIZE,
  ) {}

  /** The index at the current revision: from memory, from the saved slices, or rebuilt. */
  private current(): Promise<SearchEntry[][]> {
    // Set synchronously, so a query arriving meanwhile waits for this load instead of racing it.
    this.loading ??= (async () => {
      const revision = await readRevision(this.db);
      if (this.chunks && revision === this.revision) return this.chunks;
      return this.load(revision);
    })().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async load(revision: number): Promise<SearchEntry[][]> {
    const [saved, savedRevision] = await this.db.transaction('r', this.db.searchChunks, this.db.settings, async () => [
      await this.db.searchChunks.orderBy('chunk').toArray(),
      (await this.db.settings.get(SAVED_REVISION))?.value,
    ]);
    const chunks = savedRevision === revision ? saved.map((c) => c.entries) : await this.rebuild(revision);
    this.chunks = chunks;
    this.revision = revision;
    return chunks;
  }

  /** Reads every complaint once, page by page, and saves the slices if nothing changed meanwhile. */
  private async rebuild(revision: number): Promise<SearchEntry[][]> {
    const chunks: SearchEntry[][] = [];
    let after: string | undefined;
    for (;;) {
      const page = await (after === undefined
        ? this.db.complaints.orderBy(':id')
        : this.db.complaints.where(':id').above(after)
      )
        .limit(this.chunkSize)
        .toArray();
      if (page.length === 0) break;
      after = page[page.length - 1]?.id;
      const entries = page.filter((c) => c.deleted === 0).map(toSearchEntry);
      if (entries.length > 0) chunks.push(entries);
    }
    await this.db.transaction('rw', this.db.searchChunks, this.db.settings, async () => {
      if ((await readRevision(this.db)) !== revision) return;
      await this.db.searchChunks.clear();
      await this.db.searchChunks.bulkPut(chunks.map((entries, chunk) => ({ chunk, entries })));
      await this.db.settings.put({ key: SAVED_REVISION, value: revision, updatedAt: Date.now() });
    });
    return chunks;
  }

  /**
   * After this worker wrote one complaint (added, changed or removed it): patch the index in
   * memory and in its saved slice, instead of rebuilding. If anyone else wrote meanwhile, the
   * index is dropped and rebuilt on the next query.
   */
  async afterWrite(change: { upsert: Complaint } | { remove: string }): Promise<void> {
    const revision = await readRevision(this.db);
    const chunks = this.chunks;
    if (!chunks || this.loading || revision !== this.revision + 1) {
      this.chunks = undefined;
      return;
    }
    const id = 'upsert' in change ? change.upsert.id : change.remove;
    let at = Math.max(
      0,
      lastAtOrBefore(chunks, id, (c) => c[0]?.id ?? ''),
    );
    if (chunks.length === 0) chunks.push([]);
    let chunk = chunks[at] as SearchEntry[];
    const pos = lastAtOrBefore(chunk, id, (e) => e.id);
    const same = pos >= 0 && chunk[pos]?.id === id;
    /** Set when a slice emptied and went: the slices after it move down one number. */
    let renumberFrom: number | undefined;
    if ('remove' in change) {
      if (same) chunk.splice(pos, 1);
      // An empty slice has no first id to place it by: left in, the lookup above would send the
      // next write into it (a complaint listed twice). It goes, unless it is the only one.
      if (chunk.length === 0 && chunks.length > 1) {
        chunks.splice(at, 1);
        renumberFrom = at;
      }
    } else if (same) chunk[pos] = toSearchEntry(change.upsert);
    else if (pos === chunk.length - 1 && at === chunks.length - 1 && chunk.length >= this.chunkSize) {
      // The newest complaint with the last slice full: start a new slice.
      chunk = [toSearchEntry(change.upsert)];
      chunks.push(chunk);
      at = chunks.length - 1;
    } else chunk.splice(pos + 1, 0, toSearchEntry(change.upsert));
    this.revision = revision;
    await this.db.transaction('rw', this.db.searchChunks, this.db.settings, async () => {
      if ((await readRevision(this.db)) !== revision) return;
      if (renumberFrom === undefined) await this.db.searchChunks.put({ chunk: at, entries: chunk });
      else {
        const from = renumberFrom;
        await this.db.searchChunks.where('chunk').aboveOrEqual(from).delete();
        await this.db.searchChunks.bulkPut(chunks.slice(from).map((entries, i) => ({ chunk: from + i, entries })));
      }
      await this.db.settings.put({ key: SAVED_REVISION, value: revision, updatedAt: Date.now() });
    });
  }

  /** Forget the index in memory (a page wrote the log; the revision tells the rest). */
  invalidate(): void {
    this.chunks = undefined;
  }

  /** Bring the index up to date now (after an import), so the next popup finds it ready. */
  async warm(): Promise<void> {
    await this.current();
  }

  async query(filter: ComplaintFilter, offset: number, limit: number): Promise<ComplaintPage> {
    const ready = this.chunks !== undefined && (await readRevision(this.db)) === this.revision;
    if (isEmptyFilter(filter) && !ready && !this.loading) {
      // The unfiltered log (the popup's first view) with no index in memory yet: read the
      // newest rows straight from IndexedDB so they paint at once; the total follows when the
      // index is loaded (the popup asks again, and that request waits for it).
      const rows = await this.db.complaints
        .orderBy(':id')
        .reverse()
        .filter((c) => c.deleted === 0)
        .offset(offset)
        .limit(limit)
        .toArray();
      void this.current().catch(() => undefined);
      return { total: offset + rows.length, exact: false, rows: rows.map(toRow) };
    }
    const chunks = await this.current();
    const words = searchWords(filter.text);
    const ids: string[] = [];
    let total = 0;
    for (let c = chunks.length - 1; c >= 0; c--) {
      const chunk = chunks[c] as SearchEntry[];
      for (let i = chunk.length - 1; i >= 0; i--) {
        const e = chunk[i] as SearchEntry;
        if (!matchesFilter(e, filter, words)) continue;
        if (total >= offset && ids.length < limit) ids.push(e.id);
        total++;
      }
    }
    const found = await this.db.complaints.bulkGet(ids);
    return { total, exact: true, rows: found.filter((c): c is Complaint => c !== undefined).map(toRow) };
  }

  /** Complaints per category among those matching the filter (the dashboard). */
  async countByCategory(filter: ComplaintFilter): Promise<Record<string, number>> {
    const words = searchWords(filter.text);
    const counts: Record<string, number> = {};
    for (const chunk of await this.current()) {
      for (const e of chunk) if (matchesFilter(e, filter, words)) counts[e.category] = (counts[e.category] ?? 0) + 1;
    }
    return counts;
  }

  /** Categories and watch queries present in the log, for the filter menus. */
  async facets(): Promise<{ categories: string[]; queries: string[] }> {
    const categories = new Set<string>();
    const queries = new Set<string>();
    for (const chunk of await this.current()) {
      for (const e of chunk) {
        categories.add(e.category);
        for (const q of e.queries) queries.add(q);
      }
    }
    return { categories: [...categories].sort(), queries: [...queries].sort() };
  }
}
