// Merges a batch of changed complaints into the search index's slices (complaint-index.ts), so
// complaints that arrive in bulk (a team sync's pull, an import) patch the saved index in the
// transaction that writes them instead of costing a rebuild from every complaint. Pure and
// deterministic: the same slices and changes always give the same result, so a worker that
// hears of a patch made elsewhere can repeat it on its copy in memory. (A slice whose texts did
// not change keeps the joined text made for the slice it replaces: a memo, slice-text.ts.)
import type { SearchEntry } from './schema';
import { carryText } from './slice-text';

/** One complaint's new search entry, or `null` when it left the log (deleted or merged away). */
export type EntryChange = readonly [id: string, entry: SearchEntry | null];

export const idsOf = (changes: readonly EntryChange[]): string[] => changes.map(([id]) => id);

export interface SlicePatch {
  /** Every slice after the patch, in ascending id order. */
  chunks: SearchEntry[][];
  /** Slice numbers whose entries changed and that kept their number (before `renumberFrom`). */
  changed: number[];
  /** Set when a slice was split or removed: every slice from this number on is saved again. */
  renumberFrom?: number;
}

/** Index of the last element of `list` whose key is ≤ `id` (−1 if none). */
export function lastAtOrBefore<T>(list: readonly T[], id: string, key: (t: T) => string): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid] as T) <= id) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Sorted entries merged with sorted changes: replaced, removed or inserted by id. */
function mergeSlice(slice: readonly SearchEntry[], changes: readonly EntryChange[]): SearchEntry[] {
  const out: SearchEntry[] = [];
  let i = 0;
  for (const [id, entry] of changes) {
    while (i < slice.length && (slice[i] as SearchEntry).id < id) out.push(slice[i++] as SearchEntry);
    if (i < slice.length && (slice[i] as SearchEntry).id === id) i++;
    if (entry) out.push(entry);
  }
  while (i < slice.length) out.push(slice[i++] as SearchEntry);
  return out;
}

/**
 * The slices with `changes` applied; the slices given are not modified (the caller's copy stays
 * valid if the transaction that saves the patch fails). The newest slice is kept to `chunkSize`
 * entries, new complaints opening new slices; an older slice may grow to twice that (a
 * complaint from another device filed among older ones) before it is split, so a pull rarely
 * renumbers the slices after it.
 */
export function patchSlices(
  chunks: readonly SearchEntry[][],
  changes: Iterable<EntryChange>,
  chunkSize: number,
): SlicePatch {
  // The last word for each id, in id order.
  const byId = new Map<string, SearchEntry | null>();
  for (const [id, entry] of changes) byId.set(id, entry);
  const sorted = [...byId].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const base = chunks.length > 0 ? chunks : [[]];
  // Each change goes to the last slice starting at or before its id (the first slice if none).
  const groups = new Map<number, EntryChange[]>();
  for (const change of sorted) {
    const at = Math.max(
      0,
      lastAtOrBefore(base, change[0], (c) => c[0]?.id ?? ''),
    );
    const group = groups.get(at);
    if (group) group.push(change);
    else groups.set(at, [change]);
  }
  const out: SearchEntry[][] = [];
  const changed: number[] = [];
  let renumberFrom: number | undefined;
  // Index loops here and below: a pull's every step patches the index, and `entries()` made a pair per slice.
  for (let at = 0; at < base.length; at++) {
    const slice = base[at] as SearchEntry[];
    const group = groups.get(at);
    if (!group) {
      out.push(slice);
      continue;
    }
    const merged = mergeSlice(slice, group);
    const last = at === base.length - 1;
    const limit = last ? chunkSize : chunkSize * 2;
    let pieces: SearchEntry[][];
    if (merged.length === 0) pieces = [];
    else if (merged.length <= limit) {
      pieces = [merged];
      carryText(slice, merged);
    } else {
      pieces = [];
      for (let from = 0; from < merged.length; from += chunkSize) pieces.push(merged.slice(from, from + chunkSize));
    }
    if (pieces.length !== 1) renumberFrom ??= out.length;
    if (renumberFrom === undefined) changed.push(out.length);
    out.push(...pieces);
  }
  return { chunks: out, changed, ...(renumberFrom === undefined ? {} : { renumberFrom }) };
}
