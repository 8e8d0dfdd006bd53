// Walks the search index's slices (complaint-index.ts): newest first for one page of a list
// (the entries to show and how many match), or whole for counts and the filter menus. Pure and synchronous, so a search reads one consistent
// copy of the index, whatever changes arrive while it runs.
import { type ComplaintFilter, isEmptyFilter, matchesFilter, type SearchEntry, searchWords } from './complaint-filter';

export interface EntryPage {
  total: number;
  /** The page's entries, newest first. */
  entries: SearchEntry[];
}

export function pageOf(
  chunks: readonly SearchEntry[][],
  filter: ComplaintFilter,
  offset: number,
  limit: number,
): EntryPage {
  if (isEmptyFilter(filter)) return unfiltered(chunks, offset, limit);
  const words = searchWords(filter.text);
  const entries: SearchEntry[] = [];
  let total = 0;
  for (let c = chunks.length - 1; c >= 0; c--) {
    const chunk = chunks[c] as SearchEntry[];
    for (let i = chunk.length - 1; i >= 0; i--) {
      const e = chunk[i] as SearchEntry;
      if (!matchesFilter(e, filter, words)) continue;
      if (total >= offset && entries.length < limit) entries.push(e);
      total++;
    }
  }
  return { total, entries };
}

/** The whole log, newest first: counted by slice, only the rows asked for are walked. */
function unfiltered(chunks: readonly SearchEntry[][], offset: number, limit: number): EntryPage {
  let total = 0;
  for (const chunk of chunks) total += chunk.length;
  const entries: SearchEntry[] = [];
  let skip = offset;
  for (let c = chunks.length - 1; c >= 0 && entries.length < limit; c--) {
    const chunk = chunks[c] as SearchEntry[];
    if (skip >= chunk.length) {
      skip -= chunk.length;
      continue;
    }
    for (let i = chunk.length - 1 - skip; i >= 0 && entries.length < limit; i--) entries.push(chunk[i] as SearchEntry);
    skip = 0;
  }
  return { total, entries };
}

export function countOf(chunks: readonly SearchEntry[][], filter: ComplaintFilter): number {
  const words = searchWords(filter.text);
  let total = 0;
  for (const chunk of chunks) for (const e of chunk) if (matchesFilter(e, filter, words)) total++;
  return total;
}

export function countByCategoryOf(chunks: readonly SearchEntry[][], filter: ComplaintFilter): Record<string, number> {
  const words = searchWords(filter.text);
  const counts: Record<string, number> = {};
  for (const chunk of chunks) {
    for (const e of chunk) if (matchesFilter(e, filter, words)) counts[e.category] = (counts[e.category] ?? 0) + 1;
  }
  return counts;
}

export function facetsOf(chunks: readonly SearchEntry[][]): { categories: string[]; queries: string[] } {
  const categories = new Set<string>();
  const queries = new Set<string>();
  for (const chunk of chunks) {
    for (const e of chunk) {
      categories.add(e.category);
      for (const q of e.queries) queries.add(q);
    }
  }
  return { categories: [...categories].sort(), queries: [...queries].sort() };
}

/** True when a complaint as read now still has the entry the index holds for it (the index is not behind on it). */
export function sameEntry(now: SearchEntry, held: SearchEntry | undefined): boolean {
  return (
    held !== undefined &&
    now.id === held.id &&
    now.day === held.day &&
    now.status === held.status &&
    now.category === held.category &&
    now.site === held.site &&
    now.priority === held.priority &&
    now.hay === held.hay &&
    (now.assignee ?? null) === (held.assignee ?? null) &&
    now.queries.join('\n') === held.queries.join('\n')
  );
}
