// Watch queries, matching one query on a post's token stream: word and phrase positions,
// prefixes, AND/OR/NOT, and NEAR/n, which pairs occurrences within n words of each other.
import { isPunct, valenceOf } from '../text/normalize';
import { tagWords } from '../text/tag-words';
import type { ParsedQuery, QueryNode, TermWord } from './ast';

// Bounds on one NEAR's work, reached only by adversarial posts and queries; past them some
// occurrences go unexamined.
const MAX_SPANS = 1000;
const MAX_PAIRS = 4 * MAX_SPANS;

/** A post's tokens, indexed once so each watch query costs a few map look-ups. */
export interface TokenIndex {
  /** The token at each word position (punctuation and emoji do not take a position). */
  readonly words: readonly string[];
  /** Each token's word positions, ascending (a watch list's index keeps only the tokens its queries name). */
  readonly positions: ReadonlyMap<string, number[]>;
}

/** Punctuation and emoji take no word position: in "gagal... 😡 login" the two words stand side by side. */
export const takesPosition = (token: string) => !isPunct(token) && valenceOf(token) === undefined;

export function indexTokens(tokens: readonly string[]): TokenIndex {
  const words: string[] = [];
  const positions = new Map<string, number[]>();
  for (const token of tokens) {
    if (!takesPosition(token)) continue;
    addPosition(positions, token, words.length);
    // A mention's or hashtag's words take its position ("@bpjskesehatanri": "bpjs", "kesehatan").
    const c = token.charCodeAt(0);
    if (c === 64 /* @ */ || c === 35 /* # */)
      for (const w of tagWords(token, noWords)) addPosition(positions, w, words.length);
    words.push(token);
  }
  return { words, positions };
}

const noWords = () => false;

export function addPosition(positions: Map<string, number[]>, token: string, at: number): void {
  const list = positions.get(token);
  if (list) list.push(at);
  else positions.set(token, [at]);
}

const NONE: readonly number[] = [];

function mergeSorted(a: readonly number[], b: readonly number[]): readonly number[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Number.POSITIVE_INFINITY;
    const y = b[j] ?? Number.POSITIVE_INFINITY;
    if (x <= y) {
      out.push(x);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

function wordPositions(word: TermWord, index: TokenIndex): readonly number[] {
  let out = NONE;
  for (const key of word.keys) out = mergeSorted(out, index.positions.get(key) ?? NONE);
  return out;
}

function firstPositions(word: TermWord, index: TokenIndex, hits: number[]): boolean {
  let found = false;
  for (const key of word.keys) {
    const first = index.positions.get(key)?.[0];
    if (first === undefined) continue;
    hits.push(first);
    found = true;
  }
  return found;
}

/** Start positions of a term (a word, or a phrase of several). */
function termStarts(words: readonly TermWord[], index: TokenIndex): readonly number[] {
  const [first, ...rest] = words;
  if (first === undefined) return NONE;
  const starts = wordPositions(first, index);
  if (rest.length === 0) return starts;
  return starts.filter((p) => rest.every((w, k) => w.keys.includes(index.words[p + k + 1] ?? '')));
}

/** Positions of the tokens that start with one of `starts`: all of them, or only each one's first. */
function prefixPositions(starts: readonly string[], index: TokenIndex, firstOnly = false): readonly number[] {
  const out: number[] = [];
  for (const [token, list] of index.positions) {
    if (!starts.some((s) => token.startsWith(s))) continue;
    if (firstOnly) out.push(list[0] ?? 0);
    else out.push(...list);
  }
  return out.sort((a, b) => a - b);
}

/**
 * An occurrence of a positional node: the extent it covers, and either the word positions it
 * matched or the two spans a NEAR paired (kept as a tree so pairing costs O(1), not a copy).
 */
interface Span {
  start: number;
  end: number;
  parts?: readonly number[];
  pair?: readonly [Span, Span];
}

function collectParts(span: Span, out: number[]): void {
  if (span.parts) out.push(...span.parts);
  if (span.pair) {
    collectParts(span.pair[0], out);
    collectParts(span.pair[1], out);
  }
}

function spansOf(node: QueryNode, index: TokenIndex): Span[] {
  switch (node.type) {
    case 'term': {
      const last = node.words.length - 1;
      return termStarts(node.words, index).map((p) => ({ start: p, end: p + last, parts: range(p, p + last) }));
    }
    case 'prefix':
      return prefixPositions(node.starts, index).map((p) => ({ start: p, end: p, parts: [p] }));
    case 'or':
      return [...spansOf(node.left, index), ...spansOf(node.right, index)].sort((a, b) => a.start - b.start);
    case 'near':
      return nearSpans(spansOf(node.left, index), spansOf(node.right, index), node.distance);
    default:
      return []; // the parser keeps AND and NOT out of positional contexts
  }
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let p = from; p <= to; p++) out.push(p);
  return out;
}

/** Pairs of non-overlapping spans, either order, with at most `distance` words between them. */
function nearSpans(left: readonly Span[], right: readonly Span[], distance: number): Span[] {
  if (left.length === 0 || right.length === 0) return [];
  let longest = 0;
  for (const r of right) longest = Math.max(longest, r.end - r.start);
  const out: Span[] = [];
  for (const a of left) {
    // right is sorted by start: scan only the starts that can end just before a or begin just
    // after it, never the ones inside a long span a.
    pairWithin(a, right, a.start - distance - 1 - longest, a.start - 1, distance, out);
    pairWithin(a, right, a.end + 1, a.end + distance + 1, distance, out);
    if (out.length >= MAX_PAIRS) break;
  }
  return distinctSpans(out);
}

/** Pairs a with each span of `sorted` starting in [from, to] that lies within `distance` of it. */
function pairWithin(a: Span, sorted: readonly Span[], from: number, to: number, distance: number, out: Span[]): void {
  for (let k = firstStartAtLeast(sorted, from); k < sorted.length; k++) {
    const b = sorted[k];
    if (b === undefined || b.start > to) return;
    const gap = b.start > a.end ? b.start - a.end - 1 : a.start - b.end - 1;
    if (gap >= 0 && gap <= distance) {
      out.push({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end), pair: [a, b] });
    }
  }
}

/**
 * Sorted, one span per (start, end), at most MAX_SPANS. Chained NEARs over a repetitive post
 * ("a NEAR/1 a NEAR/1 a …") would otherwise multiply pairs level by level; one witness per
 * extent is all a further NEAR needs.
 */
function distinctSpans(spans: Span[]): Span[] {
  spans.sort((x, y) => x.start - y.start || x.end - y.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last !== undefined && last.start === s.start && last.end === s.end) continue;
    out.push(s);
    if (out.length === MAX_SPANS) break;
  }
  return out;
}

function firstStartAtLeast(spans: readonly Span[], start: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * True if the node matches; the word positions that made it match are appended to `hits`.
 * A failed branch truncates what it appended, so one buffer serves the whole tree. The caller
 * reports each word once, at its first position, so a word or prefix adds only each matched
 * token's first position.
 */
function evaluate(node: QueryNode, index: TokenIndex, hits: number[]): boolean {
  const mark = hits.length;
  switch (node.type) {
    case 'term': {
      const [only, ...rest] = node.words;
      if (only !== undefined && rest.length === 0) return firstPositions(only, index, hits);
      const starts = termStarts(node.words, index);
      for (const p of starts) for (let k = 0; k < node.words.length; k++) hits.push(p + k);
      return starts.length > 0;
    }
    case 'prefix': {
      const found = prefixPositions(node.starts, index, true);
      hits.push(...found);
      return found.length > 0;
    }
    case 'near': {
      const spans = spansOf(node, index);
      for (const span of spans) collectParts(span, hits);
      return spans.length > 0;
    }
    case 'and': {
      const both = evaluate(node.left, index, hits) && evaluate(node.right, index, hits);
      if (!both) hits.length = mark;
      return both;
    }
    case 'or': {
      const left = evaluate(node.left, index, hits);
      return evaluate(node.right, index, hits) || left;
    }
    case 'not': {
      const present = evaluate(node.operand, index, hits);
      hits.length = mark;
      return !present;
    }
  }
}

/**
 * The words (as they appear in the normalised post, e.g. "#bpjs", "antrian") that made the query
 * match, unique and in text order; null if it does not match. Pass an index from `indexTokens`
 * when matching many queries against one post.
 */
export function matchQuery(query: ParsedQuery, tokens: readonly string[] | TokenIndex): string[] | null {
  const index = isIndex(tokens) ? tokens : indexTokens(tokens);
  const hits: number[] = [];
  if (!evaluate(query.root, index, hits)) return null;
  const seen = new Set<string>();
  for (const p of hits.sort((a, b) => a - b)) {
    const w = index.words[p];
    if (w !== undefined) seen.add(w);
  }
  return [...seen];
}

export function isIndex<T>(tokens: readonly T[] | TokenIndex): tokens is TokenIndex {
  return !Array.isArray(tokens);
}
