// The complaint log's search index: one compact entry per complaint, held in the service
// worker's memory and saved in slices of 250 (`searchChunks`). Chromium needs seconds to read
// 100,000 full complaints and a fraction of a second to read the 400 slices; filtering the
// entries in memory then answers each search in milliseconds.
//
// Validity: every write to `complaints` bumps the log revision in its own transaction
// (revision.ts). The saved slices record the revision they reflect; the worker patches the
// index itself after its own writes, and complaints written in bulk (a team sync's pull, an
// import) patch it in their own transaction (`applyChanges`). Anything else (a wipe, a write
// behind the index's back) shows up as a revision mismatch and costs one rebuild.
import Dexie, { type Transaction } from 'dexie';
import {
  type ComplaintFilter,
  isEmptyFilter,
  matchesFilter,
  type SearchEntry,
  searchWords,
  toSearchEntry,
} from './complaint-filter';
import type { SimakDb } from './db';
import { type EntryChange, lastAtOrBefore, patchSlices } from './index-slices';
import { announceLogChanged, type LogChanged, onLogChanged } from './log-changes';
import { bumpRevision, readRevision } from './revision';
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
/**
 * Entries per saved slice. A bulk change rewrites each slice it touches in the transaction that
 * writes the complaints, while searches wait: 250 keeps that write small (a batch of 50 status
 * changes scattered over 100,000 complaints rewrites about 12,000 entries, against 40,000 at 1,000).
 */
export const CHUNK_SIZE = 250;
/** The log revision the saved slices reflect (a row of the `settings` table). */
const SAVED_REVISION = 'searchIndexRevision';
/** The tables a bulk change must write in one transaction (see `applyChanges`). */
/** Patches heard from other contexts kept until they continue this copy. */
const HEARD_LIMIT = 64;
/** How long a query waits for the news of a bulk change made elsewhere before reloading. */
const NEWS_WAIT_MS = 30;
export const BULK_TABLES = ['complaints', 'settings', 'searchChunks'] as const;

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

export class ComplaintIndex {
  /** Slices in ascending id order (ULIDs sort by creation time); read backwards for newest first. */
  private chunks: SearchEntry[][] | undefined;
  private revision = -1;
  private loading: Promise<SearchEntry[][]> | undefined;
  /** Bulk patches made in other contexts, by the revision each starts from (see `follow`). */
  private readonly heard = new Map<number, LogChanged>();
  private following = false;

  /** `chunkSize` is the real slice size except in tests, which try the slice boundaries with small slices. */
  constructor(
    private readonly db: SimakDb,
    private readonly chunkSize = CHUNK_SIZE,
  ) {}

  /** The index at the current revision: from memory, from the saved slices, or rebuilt. */
  private current(known?: number): Promise<SearchEntry[][]> {
    // Set synchronously, so a query arriving meanwhile waits for this load instead of racing it.
    this.loading ??= (async () => {
      // `known`: the revision the caller just read. Each read waits for any bulk write under
      // way, so a search reads it once.
      const revision = known ?? (await readRevision(this.db));
      if (this.chunks && revision > this.revision && this.following) {
        // A bulk change made elsewhere: its news may still be on its way (it is sent when the
        // transaction commits). Worth a short wait: a reload costs far more.
        this.applyHeard();
        if (revision !== this.revision) await new Promise((resolve) => setTimeout(resolve, NEWS_WAIT_MS));
        this.applyHeard();
      }
      if (this.chunks && revision === this.revision) return this.chunks;
      const chunks = await this.load();
      this.applyHeard();
      return this.chunks ?? chunks;
    })().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async load(): Promise<SearchEntry[][]> {
    // The log revision is read again with the slices, in one transaction: a bulk change
    // committed since the revision was first read is then either wholly in the slices or wholly not.
    const [saved, savedRevision, revision] = await this.db.transaction(
      'r',
      this.db.searchChunks,
      this.db.settings,
      async () =>
        [
          await this.db.searchChunks.orderBy('chunk').toArray(),
          (await this.db.settings.get(SAVED_REVISION))?.value,
          await readRevision(this.db),
        ] as const,
    );
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

  /**
   * Complaints written in bulk (a team sync's pull, an import): call inside the read-write
   * transaction that wrote them, over `BULK_TABLES`, after the writes. Bumps the log revision
   * and patches the saved slices in that transaction, so no context ever rebuilds the index
   * for them; once it commits, this index (if it was current) holds the patch too, and every
   * other context hears of it (`log-changes.ts`). `put`: complaints as now stored (a record with
   * `deleted: 1` leaves the log); `removed`: ids deleted outright. Returns the new revision.
   */
  async applyChanges(put: readonly Complaint[], removed: readonly string[] = []): Promise<number> {
    const tx = Dexie.currentTransaction;
    if (tx?.mode !== 'readwrite' || BULK_TABLES.some((name) => !tx.storeNames.includes(name))) {
      throw new Error(`applyChanges runs inside a read-write transaction over ${BULK_TABLES.join(', ')}`);
    }
    const from = await readRevision(this.db);
    const savedRevision = (await this.db.settings.get(SAVED_REVISION))?.value;
    const to = await bumpRevision(this.db);
    const changes: EntryChange[] = [
      ...removed.map((id): EntryChange => [id, null]),
      ...put.map((c): EntryChange => [c.id, c.deleted === 0 ? toSearchEntry(c) : null]),
    ];
    // The slices to patch: this worker's copy if current, else the saved ones if current. If
    // neither is, a rebuild is due anyway and the patch is not made.
    const held = this.chunks;
    const memory = held && this.revision === from && !this.loading ? held : undefined;
    let base: SearchEntry[][] | undefined = memory;
    if (!base && savedRevision === from)
      base = (await this.db.searchChunks.orderBy('chunk').toArray()).map((c) => c.entries);
    // A log never written before (revision 0, nothing saved) holding only what this change
    // wrote: its index before the change is empty.
    if (
      !base &&
      from === 0 &&
      savedRevision === undefined &&
      (await this.db.complaints.count()) <= new Set(put.map((c) => c.id)).size
    )
      base = [];
    let root: Transaction = tx;
    while (root.parent) root = root.parent;
    if (!base) {
      this.chunks = undefined;
      root.on('complete', () => announceLogChanged(this.db.name, { from, to }));
      return to;
    }
    const patch = patchSlices(base, changes, this.chunkSize);
    await this.saveSlices(patch.chunks, patch.changed, patch.renumberFrom);
    await this.db.settings.put({ key: SAVED_REVISION, value: to, updatedAt: Date.now() });
    root.on('complete', () => {
      // Only now: had the transaction failed, the old copy would still be the right one.
      if (this.chunks === held) {
        this.chunks = patch.chunks;
        this.revision = to;
      }
      announceLogChanged(this.db.name, { from, to, changes });
    });
    return to;
  }

  /** Writes the slices numbered in `changed`, and every slice from `renumberFrom` on. */
  private async saveSlices(chunks: SearchEntry[][], changed: number[], renumberFrom?: number): Promise<void> {
    await this.db.searchChunks.bulkPut(changed.map((chunk) => ({ chunk, entries: chunks[chunk] as SearchEntry[] })));
    if (renumberFrom === undefined) return;
    const from = renumberFrom;
    await this.db.searchChunks.where('chunk').aboveOrEqual(from).delete();
    await this.db.searchChunks.bulkPut(chunks.slice(from).map((entries, i) => ({ chunk: from + i, entries })));
  }

  /**
   * Follow bulk changes made in other contexts (an import in the options page): repeat each
   * patch on this copy in memory when it continues it. Returns the unsubscribe.
   */
  follow(): () => void {
    this.following = true;
    const stop = onLogChanged(this.db.name, (news: LogChanged) => {
      if (news.from < this.revision) return;
      this.heard.set(news.from, news);
      // A patch that never continues this copy (one was missed) must not pile up.
      for (const from of this.heard.keys()) if (this.heard.size > HEARD_LIMIT) this.heard.delete(from);
      // A load under way applies what was heard meanwhile once it is done.
      if (!this.loading) this.applyHeard();
    });
    return () => {
      this.following = false;
      stop();
    };
  }

  /** Repeats the heard patches that continue this copy, one after the other. */
  private applyHeard(): void {
    for (let news = this.heard.get(this.revision); news && this.chunks; news = this.heard.get(this.revision)) {
      this.heard.delete(news.from);
      if (news.changes) {
        this.chunks = patchSlices(this.chunks, news.changes, this.chunkSize).chunks;
        this.revision = news.to;
      } else this.chunks = undefined;
    }
    for (const from of this.heard.keys()) if (from < this.revision) this.heard.delete(from);
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
    const revision = await readRevision(this.db);
    const ready = this.chunks !== undefined && revision === this.revision;
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
    const chunks = ready && !this.loading ? (this.chunks as SearchEntry[][]) : await this.current(revision);
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

  /**
   * How many complaints match, from the index in memory when it is current; `undefined` when it
   * is not (the caller reads the database rather than wait for the index to load).
   */
  async countIfCurrent(filter: ComplaintFilter): Promise<number | undefined> {
    const chunks = this.chunks;
    if (!chunks || this.loading || (await readRevision(this.db)) !== this.revision) return undefined;
    const words = searchWords(filter.text);
    let total = 0;
    for (const chunk of chunks) for (const e of chunk) if (matchesFilter(e, filter, words)) total++;
    return total;
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
