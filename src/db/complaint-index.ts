// The complaint log's search index, kept in the service worker's memory. Searching 100,000
// complaints in IndexedDB with a cursor takes seconds; reading them once with getAll and
// filtering compact entries in memory answers each search in milliseconds.
import Dexie from 'dexie';
import { type ComplaintFilter, isEmptyFilter, matchesFilter, type SearchEntry, searchWords, toSearchEntry } from './complaint-filter';
import type { SimakDb } from './db';
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
}

export interface ComplaintPage {
  total: number;
  rows: ComplaintRow[];
}

const ROW_TEXT = 280;

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
  };
}

/** Changes whenever a complaint is added, removed or updated by anyone (pages included). */
async function stampOf(db: SimakDb): Promise<string> {
  const [count, last] = await Promise.all([db.complaints.count(), db.complaints.orderBy('updatedAt').lastKey()]);
  return `${count}|${String(last ?? '')}`;
}

export class ComplaintIndex {
  /** Newest first (ULIDs sort by creation time). */
  private entries: SearchEntry[] | undefined;
  private stamp = '';
  private building: Promise<SearchEntry[]> | undefined;

  constructor(private readonly db: SimakDb) {}

  /** Forget everything: the next query rebuilds (after an import or a wipe). */
  invalidate(): void {
    this.entries = undefined;
    this.building = undefined;
  }

  /** Keep the index in step with a change this worker made itself, without a rebuild. */
  async patch(c: Complaint): Promise<void> {
    if (!this.entries) return;
    const i = this.entries.findIndex((e) => e.id === c.id);
    if (i >= 0) this.entries[i] = toSearchEntry(c);
    else this.invalidate();
    this.stamp = await stampOf(this.db);
  }

  private async fresh(): Promise<SearchEntry[]> {
    const stamp = await stampOf(this.db);
    if (this.entries && stamp === this.stamp) return this.entries;
    this.building ??= (async () => {
      const all = await this.db.complaints.where('deleted').equals(0).toArray();
      const built = all.map(toSearchEntry).sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
      this.entries = built;
      this.stamp = stamp;
      return built;
    })().finally(() => {
      this.building = undefined;
    });
    return this.building;
  }

  async query(filter: ComplaintFilter, offset: number, limit: number): Promise<ComplaintPage> {
    // The unfiltered log (the popup's first view) comes straight from the IndexedDB index,
    // so the first rows paint without waiting for the search index to be built.
    if (isEmptyFilter(filter) && !this.entries) {
      const newest = this.db.complaints.where('[deleted+createdAt]').between([0, Dexie.minKey], [0, Dexie.maxKey]);
      const [total, page] = await Promise.all([
        newest.count(),
        newest.clone().reverse().offset(offset).limit(limit).toArray(),
      ]);
      return { total, rows: page.map(toRow) };
    }
    const entries = await this.fresh();
    const words = searchWords(filter.text);
    const ids: string[] = [];
    let total = 0;
    for (const e of entries) {
      if (!matchesFilter(e, filter, words)) continue;
      if (total >= offset && ids.length < limit) ids.push(e.id);
      total++;
    }
    const found = await this.db.complaints.bulkGet(ids);
    return { total, rows: found.filter((c): c is Complaint => c !== undefined).map(toRow) };
  }

  /** Categories and watch queries present in the log, for the filter menus. */
  async facets(): Promise<{ categories: string[]; queries: string[] }> {
    const entries = await this.fresh();
    const categories = new Set<string>();
    const queries = new Set<string>();
    for (const e of entries) {
      categories.add(e.category);
      for (const q of e.queries) queries.add(q);
    }
    return { categories: [...categories].sort(), queries: [...queries].sort() };
  }

  /** Builds the index ahead of the first search (called after the first rows are painted). */
  async warm(): Promise<void> {
    await this.fresh();
  }
}
