// The complaints matching the last few filters asked for, kept current with each patch of the
// index instead of walked again. While a team's changes arrive, every batch makes the open
// popup ask again for the rows it shows and today's count: each such question walked all
// 100,000 entries (tens of milliseconds, over a hundred on a busy machine), and a search typed
// meanwhile waited behind those walks in the worker. A patch now costs a binary search and one
// match test per changed complaint and filter, and the question asked again is answered at once.
// Only a new filter walks the index.
import { type ComplaintFilter, isEmptyFilter, matchesFilter, type SearchEntry, searchWords } from './complaint-filter';
import type { EntryChange } from './index-slices';
import { countOf, type EntryPage, matchingEntries, pageOf } from './index-walk';
import { prepareTexts } from './slice-text';

/** Filters held: the list's search, today's count in the summary, and the search before. */
export const MATCH_CACHE_FILTERS = 3;
/** A patch of more complaints than this (an import) drops the lists: walking again costs less than as many insertions. */
const MAX_PATCH = 256;

interface Held {
  filter: ComplaintFilter;
  words: string[];
  /** Every matching entry, in ascending id order (the slices' order). */
  matches: SearchEntry[];
}

/** A key that does not depend on the order the filter's fields were written in. */
function keyOf(filter: ComplaintFilter): string {
  const defined = Object.entries(filter).filter(([, v]) => v !== undefined);
  return JSON.stringify(defined.sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** First position in `list` whose id is ≥ `id`. */
function lowerBound(list: readonly SearchEntry[], id: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as SearchEntry).id < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class MatchCache {
  /** By filter key, least recently used first. */
  private held = new Map<string, Held>();
  /** The index revision every held list is exact at. */
  private revision = -1;

  constructor(private readonly limit = MATCH_CACHE_FILTERS) {}

  /** Every entry of `chunks` (the index at `revision`) matching `filter`, ascending: held, or walked and held. */
  matchesOf(chunks: readonly SearchEntry[][], revision: number, filter: ComplaintFilter): readonly SearchEntry[] {
    if (revision !== this.revision) this.clear();
    this.revision = revision;
    const key = keyOf(filter);
    let found = this.held.get(key);
    if (found) this.held.delete(key);
    else {
      found = { filter, words: searchWords(filter.text), matches: matchingEntries(chunks, filter) };
      for (const old of this.held.keys()) if (this.held.size >= this.limit) this.held.delete(old);
    }
    this.held.set(key, found);
    return found.matches;
  }

  /**
   * One page, newest first, of `chunks` filtered: from the list held for the copy `held` at
   * `revision` when `chunks` is that copy (else walked, not kept). The unfiltered log needs no list.
   */
  pageOf(
    chunks: readonly SearchEntry[][],
    held: readonly SearchEntry[][] | undefined,
    revision: number,
    filter: ComplaintFilter,
    offset: number,
    limit: number,
  ): EntryPage {
    if (chunks !== held || isEmptyFilter(filter)) return pageOf(chunks, filter, offset, limit);
    const matches = this.matchesOf(chunks, revision, filter);
    const entries: SearchEntry[] = [];
    for (let i = matches.length - 1 - offset; i >= 0 && entries.length < limit; i--)
      entries.push(matches[i] as SearchEntry);
    return { total: matches.length, entries };
  }

  /** How many entries of `chunks` match (`held` and `revision` as for `pageOf`). */
  count(
    chunks: readonly SearchEntry[][],
    held: readonly SearchEntry[][] | undefined,
    revision: number,
    filter: ComplaintFilter,
  ): number {
    if (chunks !== held || isEmptyFilter(filter)) return countOf(chunks, filter);
    return this.matchesOf(chunks, revision, filter).length;
  }

  /**
   * The index went from revision `from` to `to` by `changes`, giving `chunks`: each held list
   * follows, or all are dropped; the new slices' texts are made ahead.
   */
  patch(changes: readonly EntryChange[], from: number, to: number, chunks: readonly SearchEntry[][]): void {
    prepareTexts(chunks);
    if (this.held.size === 0 || from !== this.revision || changes.length > MAX_PATCH) {
      this.clear();
      this.revision = to;
      return;
    }
    this.revision = to;
    for (const held of this.held.values()) {
      // In order, so the last word about a complaint is the one kept (as patchSlices does).
      for (const [id, entry] of changes) {
        const at = lowerBound(held.matches, id);
        const there = held.matches[at]?.id === id;
        const keep = entry !== null && matchesFilter(entry, held.filter, held.words);
        if (keep && there) held.matches[at] = entry;
        else if (keep) held.matches.splice(at, 0, entry);
        else if (there) held.matches.splice(at, 1);
      }
    }
  }

  /** A copy of the index was loaded: nothing held is of it, and its slices' texts are made ahead (slice-text.ts). */
  loaded(chunks: readonly SearchEntry[][]): void {
    this.clear();
    prepareTexts(chunks);
  }

  /** The index was replaced (loaded, dropped): nothing held is known to be exact. */
  clear(): void {
    this.held.clear();
    this.revision = -1;
  }
}
