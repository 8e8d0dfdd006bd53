// How the complaint log's search index is saved (complaint-index.ts): a base in a few large
// parts, each the entries of up to 10,000 complaints in columns (every id in one string, every
// search text in another, the small fields as numbers into a dictionary), plus one small row
// per change made since the base was written. Chromium reads a value of a few megabytes holding
// a handful of strings in tens of milliseconds, where the same entries as 100,000 objects in
// 400 rows took a second or more: that is what lets a restarted worker search at once.
// The base is rewritten from memory once enough changes have piled up (`compact` in the index),
// so a bulk change only ever writes its own small row. Pure: no database access here.
import type { EntryChange } from './index-slices';
import type { SearchEntry } from './schema';

/** Row key of the base's description; parts are 0 … parts − 1; changes are DELTA_KEY + revision. */
export const META_KEY = -1;
/** Far above any part number; a log revision never gets near 2⁴⁰. */
export const DELTA_KEY = 2 ** 40;
/** Bumped when the layout changes: a base of another format is rebuilt. */
export const PARTS_FORMAT = 2;

export interface IndexMeta {
  chunk: typeof META_KEY;
  format: number;
  /** The log revision the base reflects. */
  revision: number;
  /** How many parts the base has. */
  parts: number;
}

/** Up to a part's worth of entries in columns; `codes` holds CODE_FIELDS numbers per entry. */
export interface IndexPart {
  chunk: number;
  ids: string;
  idLengths: Uint32Array;
  hay: string;
  hayLengths: Uint32Array;
  /** Every distinct small value (days, statuses, categories, sites, priorities, query lists, handlers). */
  dict: string[];
  codes: Uint32Array;
}

/**
 * The changes that took the log from revision `from` to `to` (one write, or one bulk write):
 * the new entries in columns too, which keeps a batch of 250 small enough for Chromium to store
 * inline rather than as a separate file, and quick to read back.
 */
export interface IndexDelta {
  chunk: number;
  from: number;
  to: number;
  /** Complaints that left the log. */
  removed: string[];
  /** The new entries of complaints added or changed. */
  put: IndexPart;
}

export type IndexRow = IndexMeta | IndexPart | IndexDelta;

const CODE_FIELDS = 7;
/** Assignee codes: the field absent (a complaint not shared), nobody yet, else dict index + 2. */
const NOT_SHARED = 0;
const NOBODY = 1;

export function deltaRow(from: number, to: number, changes: readonly EntryChange[]): IndexDelta {
  // The last word for each complaint: a change list may name one twice.
  const last = new Map<string, SearchEntry | null>();
  for (const [id, entry] of changes) last.set(id, entry);
  const removed: string[] = [];
  const put: SearchEntry[] = [];
  for (const [id, entry] of last) {
    if (entry) put.push(entry);
    else removed.push(id);
  }
  return { chunk: DELTA_KEY + to, from, to, removed, put: encodePart(0, put) };
}

/** A saved delta's changes, as `patchSlices` takes them. */
export function deltaChanges(delta: IndexDelta): EntryChange[] {
  return [
    ...delta.removed.map((id): EntryChange => [id, null]),
    ...decodePart(delta.put).map((e): EntryChange => [e.id, e]),
  ];
}

export function encodePart(chunk: number, entries: readonly SearchEntry[]): IndexPart {
  const dict: string[] = [];
  const codeOf = new Map<string, number>();
  const code = (value: string) => {
    let c = codeOf.get(value);
    if (c === undefined) {
      c = dict.push(value) - 1;
      codeOf.set(value, c);
    }
    return c;
  };
  const idLengths = new Uint32Array(entries.length);
  const hayLengths = new Uint32Array(entries.length);
  const codes = new Uint32Array(entries.length * CODE_FIELDS);
  const ids: string[] = [];
  const hay: string[] = [];
  for (const [i, e] of entries.entries()) {
    ids.push(e.id);
    hay.push(e.hay);
    idLengths[i] = e.id.length;
    hayLengths[i] = e.hay.length;
    const at = i * CODE_FIELDS;
    codes[at] = code(e.day);
    codes[at + 1] = code(e.status);
    codes[at + 2] = code(e.category);
    codes[at + 3] = code(e.site);
    codes[at + 4] = code(e.priority);
    codes[at + 5] = code(JSON.stringify(e.queries));
    codes[at + 6] = e.assignee === undefined ? NOT_SHARED : e.assignee === null ? NOBODY : code(e.assignee) + 2;
  }
  return { chunk, ids: ids.join(''), idLengths, hay: hay.join(''), hayLengths, dict, codes };
}

/** The entries of a part, in the order saved. Entries with the same watch queries share one (read-only) list. */
export function decodePart(part: IndexPart): SearchEntry[] {
  const { dict, codes } = part;
  const queries = new Map<number, string[]>();
  const queriesOf = (c: number) => {
    let list = queries.get(c);
    if (!list) {
      list = JSON.parse(dict[c] as string) as string[];
      queries.set(c, list);
    }
    return list;
  };
  const out: SearchEntry[] = new Array(part.idLengths.length);
  let idAt = 0;
  let hayAt = 0;
  for (let i = 0; i < out.length; i++) {
    const idEnd = idAt + (part.idLengths[i] as number);
    const hayEnd = hayAt + (part.hayLengths[i] as number);
    const at = i * CODE_FIELDS;
    const assignee = codes[at + 6] as number;
    const entry: SearchEntry = {
      id: part.ids.slice(idAt, idEnd),
      day: dict[codes[at] as number] as string,
      status: dict[codes[at + 1] as number] as SearchEntry['status'],
      category: dict[codes[at + 2] as number] as string,
      site: dict[codes[at + 3] as number] as SearchEntry['site'],
      priority: dict[codes[at + 4] as number] as SearchEntry['priority'],
      queries: queriesOf(codes[at + 5] as number),
      hay: part.hay.slice(hayAt, hayEnd),
    };
    if (assignee !== NOT_SHARED) entry.assignee = assignee === NOBODY ? null : (dict[assignee - 2] as string);
    out[i] = entry;
    idAt = idEnd;
    hayAt = hayEnd;
  }
  return out;
}

/** The entries of the in-memory slices (id order) cut into the base's parts of `partSize`. */
export function partsOf(chunks: readonly SearchEntry[][], partSize: number): SearchEntry[][] {
  return toSlices(chunks.flat(), partSize);
}

/** Entries (ascending id order) cut into in-memory slices of `chunkSize`. */
export function toSlices(entries: readonly SearchEntry[], chunkSize: number): SearchEntry[][] {
  const out: SearchEntry[][] = [];
  for (let from = 0; from < entries.length; from += chunkSize) out.push(entries.slice(from, from + chunkSize));
  return out;
}

/**
 * The deltas that lead from the base's revision to `revision`, in order, or `undefined` when one
 * is missing (a write that left no delta: the index must be rebuilt).
 */
export function chainOf(deltas: readonly IndexDelta[], base: number, revision: number): IndexDelta[] | undefined {
  const byFrom = new Map(deltas.map((d) => [d.from, d]));
  const chain: IndexDelta[] = [];
  for (let at = base; at !== revision; ) {
    const next = byFrom.get(at);
    if (!next || next.to <= at || next.to > revision) return undefined;
    chain.push(next);
    at = next.to;
  }
  return chain;
}
