// Walks the search index's slices (complaint-index.ts): newest first for one page of a list
// (the entries to show and how many match), or whole for counts and the filter menus. Pure and synchronous, so a search reads one consistent
// copy of the index, whatever changes arrive while it runs. Words are found a slice at a time
// in its joined text (slice-text.ts); the other fields are tested on the entries holding them.
import { type ComplaintFilter, isEmptyFilter, matchesFilter, type SearchEntry, searchWords } from './complaint-filter';
import { markWords } from './slice-text';

const NO_WORDS: string[] = [];
/** Scratch marks for `markWords`, grown as needed (an older slice may hold twice the slice size). */
let marks = new Uint16Array(512);

/** Calls `visit` with each entry of `slice` matching `filter` (`words`: its folded words), last to first when `backwards`. */
/**
 * The search's words, longest first (a longer word is rarer and found faster, and a slice none
 * of whose texts hold it is left at once), and whether the filter asks for more than words.
 */
function termsOf(filter: ComplaintFilter): { words: string[]; fields: boolean } {
  const words = [...new Set(searchWords(filter.text))].sort((a, b) => b.length - a.length);
  return { words, fields: !isEmptyFilter({ ...filter, text: undefined }) };
}

function eachMatch(
  slice: readonly SearchEntry[],
  filter: ComplaintFilter,
  { words, fields }: { words: readonly string[]; fields: boolean },
  backwards: boolean,
  visit: (e: SearchEntry) => void,
): void {
  const n = slice.length;
  if (words.length > 0) {
    if (marks.length < n) marks = new Uint16Array(n * 2);
    if (markWords(slice, words, marks) === 0) return;
  }
  const need = words.length;
  for (let j = 0; j < n; j++) {
    const i = backwards ? n - 1 - j : j;
    if (need > 0 && marks[i] !== need) continue;
    const e = slice[i] as SearchEntry;
    if (!fields || matchesFilter(e, filter, NO_WORDS)) visit(e);
  }
}

/**
 * Where `matchingEntries` gathers a walk's matches before copying them out at their exact size:
 * an array grown by `push` to a search's 16,000 matches left twice that in young heap behind it,
 * and the worker walks anew for each new search typed, a pull's changes arriving meanwhile.
 */
const gathered: SearchEntry[] = [];

/** Every entry matching `filter`, in ascending id order (the slices' order). */
export function matchingEntries(chunks: readonly SearchEntry[][], filter: ComplaintFilter): SearchEntry[] {
  const terms = termsOf(filter);
  const into = gathered;
  let count = 0;
  const visit = (e: SearchEntry) => {
    into[count++] = e;
  };
  for (const chunk of chunks) eachMatch(chunk, filter, terms, false, visit);
  const out = into.slice(0, count);
  // Held no longer than the walk: entries the index drops must not stay alive here.
  into.fill(undefined as unknown as SearchEntry, 0, count);
  return out;
}

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
  const terms = termsOf(filter);
  const entries: SearchEntry[] = [];
  let total = 0;
  const visit = (e: SearchEntry) => {
    if (total >= offset && entries.length < limit) entries.push(e);
    total++;
  };
  for (let c = chunks.length - 1; c >= 0; c--) eachMatch(chunks[c] as SearchEntry[], filter, terms, true, visit);
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
  const terms = termsOf(filter);
  let total = 0;
  const visit = () => {
    total++;
  };
  for (const chunk of chunks) eachMatch(chunk, filter, terms, false, visit);
  return total;
}

export function countByCategoryOf(chunks: readonly SearchEntry[][], filter: ComplaintFilter): Record<string, number> {
  const terms = termsOf(filter);
  const counts: Record<string, number> = {};
  const visit = (e: SearchEntry) => {
    counts[e.category] = (counts[e.category] ?? 0) + 1;
  };
  for (const chunk of chunks) eachMatch(chunk, filter, terms, false, visit);
  return counts;
}

export function facetsOf(chunks: readonly SearchEntry[][]): { categories: string[]; queries: string[] } {
  const categories = new Set<string>();
  const queries = new Set<string>();
  // Index loops: asked for rarely, this stays in the interpreter, where every `for…of` makes an
  // iterator; over each entry's query list that was 100,000 iterators, 4 MB of young heap per call.
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c] as SearchEntry[];
    for (let i = 0; i < chunk.length; i++) {
      const e = chunk[i] as SearchEntry;
      categories.add(e.category);
      for (let q = 0; q < e.queries.length; q++) queries.add(e.queries[q] as string);
    }
  }
  return { categories: [...categories].sort(), queries: [...queries].sort() };
}

/** Complaints not shared with a team: their entries hold no handler, not even "nobody" (toSearchEntry). */
export function unsharedOf(chunks: readonly (readonly SearchEntry[])[]): number {
  let count = 0;
  for (const chunk of chunks) for (const e of chunk) if (e.assignee === undefined) count++;
  return count;
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
