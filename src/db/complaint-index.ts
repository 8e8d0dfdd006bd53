// The complaint log's search index: one compact entry per complaint, held in the service
// worker's memory in slices of 250 (ascending id), and saved in the `searchChunks` table as a
// base of a few large parts plus one small row per change since (index-parts.ts). Chromium
// reads the base of 100,000 complaints in tens of milliseconds, where reading the complaints
// themselves takes seconds; filtering the entries in memory then answers each search in
// milliseconds.
//
// Validity: every write to `complaints` bumps the log revision in its own transaction
// (revision.ts), and each write leaves a change row going from its revision to the next: the
// worker after its own writes (`afterWrite`), and complaints written in bulk (a team sync's
// pull, an import) in their own transaction (`applyChanges`). Loading takes the base and the
// changes that lead from it to the log's revision; a missing link (a wipe, a write behind the
// index's back) costs one rebuild. Once changes pile up, a context holding an exact copy writes
// it as the new base (`compact`), so loading never has many changes to replay.
//
// Searching: the worker follows every change (its own writes, and the news other contexts send
// when theirs commit, log-changes.ts), so while no news says its copy is behind, a search reads
// neither the revision nor the rows it holds (row-cache.ts): IndexedDB would make either read
// wait for a write under way (a pull's page). It answers the log as it was before that write.
import Dexie, { type Transaction } from 'dexie';
import { type ComplaintFilter, isEmptyFilter, type SearchEntry, toSearchEntry } from './complaint-filter';
import { type ComplaintPage, newestComplaints, toRow } from './complaint-rows';
import { copyLine } from './csv-copy';
import { compactCsvCopy, FOLD_ROWS, saveCsvChange, saveEmptyCsvBase } from './csv-copy-store';
import type { SimakDb } from './db';
import { COMPACT_IDLE_MS, Compaction } from './index-compaction';
import { deltaRow } from './index-parts';
import { type EntryChange, idsOf, patchSlices } from './index-slices';
import { hasBase, readAllEntries, readSaved, saveBase, saveEmptyBase } from './index-store';
import { countByCategoryOf, facetsOf, pageOf, sameEntry, unsharedOf } from './index-walk';
import { announceLogChanged, followLogChanges, type LogChanged } from './log-changes';
import { MatchCache } from './match-cache';
import { bumpRevision, type RevisionSpan, readRevision } from './revision';
import { ROW_CACHE_LIMIT, RowCache } from './row-cache';
import type { Complaint } from './schema';

export { type ComplaintPage, type ComplaintRow, toRow } from './complaint-rows';

/** Entries per slice in memory: a bulk change copies only the slices it touches. */
export const CHUNK_SIZE = 250;
/**
 * Slices per saved part of the base: 5,000 entries, half a megabyte or so read in one go and
 * decoded between two turns of the event loop. Storing a part holds the worker while the browser
 * copies it (40–100 ms for 10,000 entries on a busy machine): at 5,000 a search that comes during
 * a base rewrite waits half as long, and reading back twice as many parts costs nothing seen.
 */
export const PART_SLICES = 20;
/** Patches heard from other contexts kept until they continue this copy. */
const HEARD_LIMIT = 64;
/** How long a copy found behind the log's revision waits for the news of it before it counts as missed and reloads. */
const NEWS_WAIT_MS = 1_000;
/** A bulk change of up to this many complaints sends their rows with its news (an import of more does not). */
const NEWS_ROWS_LIMIT = 1_000;
/** The tables a bulk change must write in one transaction (see `applyChanges`). */
export const BULK_TABLES = ['complaints', 'settings', 'searchChunks'] as const;

export class ComplaintIndex {
  /** Slices in ascending id order (ULIDs sort by creation time); read backwards for newest first. */
  private chunks: SearchEntry[][] | undefined;
  private revision = -1;
  private loading: Promise<SearchEntry[][]> | undefined;
  /** Bulk patches made in other contexts, by the revision each starts from (see `follow`). */
  private readonly heard = new Map<number, LogChanged>();
  private following = false;
  /** The newest revision any news announced: a copy behind it is not current. */
  private heardTo = 0;
  /** Reading the saved index: news heard meanwhile is applied once it is read. */
  private reading = false;
  /** List rows, and the matches of the last filters asked for (match-cache.ts), held beside the index, exact at its revision. */
  private readonly rows: RowCache;
  private readonly matches = new MatchCache();
  private readonly partSize: number;
  /** When this copy is written as the new base (see `compact`). */
  private readonly compaction: Compaction;
  /** A first page was answered without the index since it was last loaded: the next asker waits for it. */
  private servedCold = false;
  /** That page's read: the index's parts are asked for after it, not queued before its cursor's steps. */
  private coldRead: Promise<unknown> | undefined;
  /** While loading: the newest part at the log's revision, exact for the newest complaints (see `query`). */
  private newest: { chunks: SearchEntry[][]; revision: number } | undefined;
  private servedEarly = false;
  private verifying: Promise<void> | undefined;
  /** This copy being written as the new base (see `compact` and `rewritten`). */
  private rewriting: Promise<boolean> | undefined;

  /** The sizes are the real ones except in tests, which try the boundaries with small slices, parts and waits. */
  constructor(
    private readonly db: SimakDb,
    private readonly chunkSize = CHUNK_SIZE,
    partSlices = PART_SLICES,
    compactIdleMs = COMPACT_IDLE_MS,
    rowLimit = ROW_CACHE_LIMIT,
  ) {
    this.rows = new RowCache(rowLimit);
    this.partSize = chunkSize * partSlices;
    this.compaction = new Compaction(chunkSize, compactIdleMs, () => this.compact());
  }

  /** The index at the current revision: from memory, from the saved slices, or rebuilt. */
  private current(known?: number): Promise<SearchEntry[][]> {
    // Set synchronously, so a query arriving meanwhile waits for this load instead of racing it.
    this.loading ??= (async () => {
      // `known`: the revision the caller just read. Each read waits for any bulk write under
      // way, so a search reads it once.
      const revision = known ?? (await readRevision(this.db));
      // A bulk change made elsewhere: its news may still be on its way (it is sent when the
      // transaction commits, and a busy worker reads it late). Worth the wait: a reload costs more.
      if (this.chunks && this.following) await this.newsOf(revision);
      // A copy ahead of the revision read took news of writes committed since.
      if (this.chunks && revision <= this.revision) return this.chunks;
      const missed = this.chunks ? this.revision : undefined;
      const chunks = await this.load();
      this.applyHeard();
      // The copy missed a write (made behind its back): the pages that showed it ask again.
      if (missed !== undefined) announceLogChanged(this.db.name, { from: missed, to: this.revision });
      return this.chunks ?? chunks;
    })().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async load(): Promise<SearchEntry[][]> {
    await this.coldRead;
    this.coldRead = undefined;
    this.reading = true;
    const { saved, chunks } = await (async () => {
      const saved = await readSaved(this.db, this.chunkSize, (chunks, revision) => {
        this.newest = { chunks, revision };
      });
      this.compaction.set(saved.pendingEntries, saved.pendingRows);
      return { saved, chunks: saved.chunks ?? (await this.rebuild(saved.revision)) };
    })().finally(() => (this.reading = false));
    this.chunks = chunks;
    this.revision = saved.revision;
    this.matches.loaded(chunks);
    this.rows.clear();
    this.newest = undefined;
    this.servedCold = false;
    this.servedEarly = false;
    this.compaction.check();
    return chunks;
  }

  /** Reads every complaint once, page by page, and saves the base if nothing changed meanwhile. */
  private async rebuild(revision: number): Promise<SearchEntry[][]> {
    const chunks = await readAllEntries(this.db, this.chunkSize);
    if (await saveBase(this.db, chunks, revision, this.partSize, true)) this.compaction.set(0, 0);
    return chunks;
  }

  /**
   * Saves this copy (exact at its revision) as the new base. Writes the index table only, never
   * the log's revision: searches, which read that, do not wait for it.
   */
  private compact(csvMinRows = FOLD_ROWS): Promise<boolean> {
    const chunks = this.chunks;
    const revision = this.revision;
    if (!chunks || this.loading) return Promise.resolve(false);
    const run = (async () => {
      await saveBase(this.db, chunks, revision, this.partSize, false).catch(() => false);
      // The CSV copy's changes pile up with the index's: folded into its base at the same time.
      await compactCsvCopy(this.db, csvMinRows).catch(() => false);
      return true;
    })().finally(() => {
      if (this.rewriting === run) this.rewriting = undefined;
    });
    this.rewriting = run;
    return run;
  }

  /** Whether this copy is rewriting the base now (see `rewritten`). */
  get rewritingBase(): boolean {
    return this.rewriting !== undefined;
  }

  /**
   * Resolves once no rewrite of the base by this copy is under way. A bulk write (a team pull's
   * step) waits here before it opens its transaction: the rewrite holds the index table in one
   * transaction for as long as its parts take to store (0.5 s and more on a busy machine), a bulk
   * write over the log and the index would queue behind it in IndexedDB, and every read of the
   * log asked meanwhile (a search's rows) would queue behind that write. Waiting here instead, in
   * the worker's script, leaves the log free for the reads.
   */
  async rewritten(): Promise<void> {
    while (this.rewriting) await this.rewriting;
  }

  /**
   * Writes the base now from a copy brought to the log's revision (loaded first if need be), and
   * folds the CSV copy's change rows however few: after a deletion whose texts must not stay in
   * the old bases (retention.ts).
   */
  async compactNow(): Promise<void> {
    // A load started meanwhile (a search after a missed write) makes `compact` decline: once more.
    for (let tries = 0; tries < 3; tries++) {
      await this.current();
      if (await this.compact(1)) {
        this.compaction.set(0, 0);
        return;
      }
    }
  }

  /**
   * After this worker wrote one complaint (added, changed or removed it): patch the index in
   * memory and save its change row (and the CSV copy's, csv-copy.ts), instead of rebuilding.
   * `span`: the revisions the write took the log from and to, read in its transaction
   * (`withRevisionSpan`): the rows are then saved whether or not this copy is loaded, so a worker
   * that writes before anyone searched (a complaint logged from a tab) leaves no gap that would
   * make the next reader rebuild from every complaint. Without it the write is taken to be the
   * one after this copy's revision, and if anyone else wrote meanwhile nothing is saved and the
   * index is dropped (rebuilt on the next query).
   */
  async afterWrite(change: { upsert: Complaint } | { remove: string }, span?: RevisionSpan): Promise<void> {
    const chunks = this.chunks;
    let from: number;
    let to: number;
    if (span) ({ from, to } = span);
    else {
      to = await readRevision(this.db);
      from = this.revision;
      if (!chunks || this.loading || to !== from + 1) {
        this.invalidate();
        return;
      }
    }
    const changes: EntryChange[] =
      'upsert' in change
        ? [[change.upsert.id, change.upsert.deleted === 0 ? toSearchEntry(change.upsert) : null]]
        : [[change.remove, null]];
    const empty = from === 0 && chunks?.length === 0 && this.revision === 0;
    if (chunks && !this.loading && this.revision === from) {
      this.chunks = patchSlices(chunks, changes, this.chunkSize).chunks;
      this.revision = to;
      this.matches.patch(changes, from, to, this.chunks);
      this.rows.changed(
        idsOf(changes),
        'upsert' in change && change.upsert.deleted === 0 ? [toRow(change.upsert)] : [],
      );
      // News of a write after this one, heard before this one was patched in, continues it.
      this.applyHeard();
    } else this.invalidate(); // read back, this row included, at the next query
    // The change from `from` to `to` was this write alone, whatever was written since. The CSV
    // copy's line goes with it (a log empty at revision 0 is an empty copy).
    const id = 'upsert' in change ? change.upsert.id : change.remove;
    const line = 'upsert' in change ? copyLine(change.upsert) : null;
    await this.db.transaction('rw', this.db.searchChunks, async () => {
      await this.db.searchChunks.put(deltaRow(from, to, changes));
      if (empty) await saveEmptyCsvBase(this.db);
      await saveCsvChange(this.db, from, to, [[id, line]]);
    });
    this.compaction.saved(changes.length);
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
    // A log never written before (revision 0) holding only what this change wrote: its index
    // and CSV copy before the change are empty, and saying so spares the first reader a rebuild.
    if (from === 0 && (await this.db.complaints.count()) <= new Set(put.map((c) => c.id)).size) {
      if (!(await hasBase(this.db))) await saveEmptyBase(this.db);
      await saveEmptyCsvBase(this.db);
    }
    const to = await bumpRevision(this.db);
    const changes: EntryChange[] = [
      ...removed.map((id): EntryChange => [id, null]),
      ...put.map((c): EntryChange => [c.id, c.deleted === 0 ? toSearchEntry(c) : null]),
    ];
    // Saved as one small row: the base is left alone, so the transaction stays short. The CSV
    // copy's lines likewise (csv-copy.ts), made from the records in hand.
    await this.db.searchChunks.put(deltaRow(from, to, changes));
    await saveCsvChange(this.db, from, to, [
      ...removed.map((id): [string, null] => [id, null]),
      ...put.map((c): [string, string | null] => [c.id, copyLine(c)]),
    ]);
    // This context's copy, patched once the transaction has committed (had it failed, the old
    // copy would still be the right one), if it was current.
    const held = this.chunks;
    const patched =
      held && this.revision === from && !this.loading ? patchSlices(held, changes, this.chunkSize) : undefined;
    const rows = put.length <= NEWS_ROWS_LIMIT ? put.filter((c) => c.deleted === 0).map(toRow) : undefined;
    let root: Transaction = tx;
    while (root.parent) root = root.parent;
    root.on('complete', () => {
      if (patched && this.chunks === held && this.revision === from) {
        this.chunks = patched.chunks;
        this.revision = to;
        this.matches.patch(changes, from, to, patched.chunks);
        this.rows.changed(idsOf(changes), rows);
      } else this.rows.changed(idsOf(changes));
      announceLogChanged(this.db.name, { from, to, changes, ...(rows ? { rows } : {}) });
      this.compaction.saved(changes.length);
    });
    return to;
  }

  /** Follow bulk changes made in other contexts (an import): repeat each patch that continues this copy. Returns the unsubscribe. */
  follow(): () => void {
    this.following = true;
    const stop = followLogChanges(this.db.name, (news: LogChanged) => {
      this.heardTo = Math.max(this.heardTo, news.to);
      if (news.from < this.revision) return;
      this.heard.set(news.from, news);
      // A patch that never continues this copy (one was missed) must not pile up.
      for (const from of this.heard.keys()) if (this.heard.size > HEARD_LIMIT) this.heard.delete(from);
      if (!this.reading) this.applyHeard();
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
        this.matches.patch(news.changes, this.revision, news.to, this.chunks);
        this.revision = news.to;
        this.rows.changed(idsOf(news.changes), news.rows);
        this.compaction.saved(news.changes.length);
      } else this.invalidate();
    }
    for (const from of this.heard.keys()) if (from < this.revision) this.heard.delete(from);
  }

  /** Forget the index in memory (a page wrote the log; the revision tells the rest). */
  invalidate(): void {
    this.chunks = undefined;
    this.newest = undefined;
    this.matches.clear();
    this.rows.clear();
  }

  /**
   * The copy in memory when it is current as far as this worker knows: it follows every change
   * and no news heard says it is behind (a write under way is not in it yet: see the header).
   */
  private known(): SearchEntry[][] | undefined {
    if (!this.following || this.reading || this.revision < this.heardTo) return undefined;
    return this.chunks;
  }

  /**
   * After an answer from memory, in the background: reads the log's revision. A copy still
   * behind it, with no news of it, a while later missed a write made behind the index's back:
   * it is dropped, and the open pages told to ask again.
   */
  private verify(): void {
    this.verifying ??= (async () => {
      const revision = await readRevision(this.db);
      await this.newsOf(revision);
      if (!this.chunks || this.revision >= revision || this.heardTo >= revision) return;
      const from = this.revision;
      this.invalidate();
      announceLogChanged(this.db.name, { from, to: revision });
    })()
      .catch(() => undefined)
      .finally(() => {
        this.verifying = undefined;
      });
  }

  /** Waits (a second at most) until the news of the writes up to `revision` is heard, and applies it. */
  private async newsOf(revision: number): Promise<void> {
    this.applyHeard();
    const behind = () => this.chunks !== undefined && this.revision < revision && this.heardTo < revision;
    for (let waited = 0; behind() && waited < NEWS_WAIT_MS; waited += 30) {
      await new Promise((resolve) => setTimeout(resolve, 30));
      this.applyHeard();
    }
  }

  /** The index is held in memory (its counts then cost no read of the log, only of its revision). */
  get inMemory(): boolean {
    return this.chunks !== undefined;
  }

  /** Bring the index up to date now (after an import), so the next popup finds it ready. */
  async warm(): Promise<void> {
    await this.current();
  }

  async query(filter: ComplaintFilter, offset: number, limit: number): Promise<ComplaintPage> {
    const known = this.known();
    if (known) {
      this.verify();
      return this.pageOf(known, filter, offset, limit);
    }
    const revision = await readRevision(this.db);
    const ready = this.chunks !== undefined && revision <= this.revision;
    if (isEmptyFilter(filter) && !ready && !this.servedCold) {
      // The unfiltered log (the popup's first view) with no index in memory yet: the newest rows
      // straight from IndexedDB, so they paint at once; the total follows when the index is
      // loaded (the popup asks again, and that request waits for it).
      this.servedCold = true;
      const read = newestComplaints(this.db, offset, limit);
      this.coldRead = read.catch(() => undefined);
      const rows = await read;
      void this.current().catch(() => undefined);
      return { total: offset + rows.length, exact: false, rows: rows.map(toRow) };
    }
    const newest = this.newest;
    if (!ready && newest?.revision === revision && !this.servedEarly && !isEmptyFilter(filter)) {
      // A search while a restarted worker reads its index: answered from the newest part if that
      // holds a page of matches (the newest of all), its total a lower bound; the popup asks
      // again for the total, and that waits for the rest.
      const early = pageOf(newest.chunks, filter, offset, limit);
      if (early.entries.length === limit) {
        this.servedEarly = true;
        const found = await this.db.complaints.bulkGet(early.entries.map((e) => e.id));
        return { total: early.total, exact: false, rows: found.filter((c) => c !== undefined).map(toRow) };
      }
    }
    const chunks = ready && !this.loading ? (this.chunks as SearchEntry[][]) : await this.current(revision);
    return this.pageOf(chunks, filter, offset, limit);
  }

  /** One page of the list from this copy: the ids walked at once, their rows from memory or read. */
  private async pageOf(
    chunks: SearchEntry[][],
    filter: ComplaintFilter,
    offset: number,
    limit: number,
    recheck = true,
  ): Promise<ComplaintPage> {
    const { total, entries } = this.matches.pageOf(chunks, this.chunks, this.revision, filter, offset, limit);
    const held = new Map(entries.map((e) => [e.id, e]));
    // Rows read now may come from a write committed after this copy was walked (its news still
    // on its way): a complaint gone or changed from what the copy holds means the copy is behind.
    let behind = false;
    const rows = await this.rows.rowsOf(
      entries.map((e) => e.id),
      async (missing) => {
        const found = await this.db.complaints.bulkGet(missing);
        if (found.some((c) => c === undefined)) behind = true;
        return found;
      },
      (c) => {
        const same = c.deleted === 0 && sameEntry(toSearchEntry(c), held.get(c.id));
        if (!same) behind = true;
        return same;
      },
    );
    if (!behind || !recheck) return { total, exact: true, rows };
    // Answered again from the copy brought up to the log's revision: no row that is not in the answer.
    return this.pageOf(await this.current(await readRevision(this.db)), filter, offset, limit, false);
  }

  // Counts and menus (the summary, the dashboard, the filter menus) check the log's revision
  // first: the dashboard does not ask again when the log changes, so they must not come from a
  // copy that missed a write. Only the list answers from memory (see `known`).

  /** How many complaints match, once the index is current (loaded now if need be). */
  async count(filter: ComplaintFilter): Promise<number> {
    return this.matches.count(await this.current(), this.chunks, this.revision, filter);
  }

  /** Complaints per category among those matching the filter (the dashboard). */
  async countByCategory(filter: ComplaintFilter): Promise<Record<string, number>> {
    return countByCategoryOf(await this.current(), filter);
  }

  /** Complaints in the log not shared with a team (asked at sign-in), without reading them. */
  async unsharedCount(): Promise<number> {
    return unsharedOf(await this.current());
  }

  /** Categories and watch queries present in the log, for the filter menus. */
  async facets(): Promise<{ categories: string[]; queries: string[] }> {
    return facetsOf(await this.current());
  }
}
