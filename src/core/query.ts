// Watch queries: the keywords staff watch, written as boolean queries and matched against a
// post's normalised tokens (see normalize.ts), so `"tidak bisa login"` also finds "gak bisa login".
//
// Syntax
//   antrean              a word; also matches the hashtag #antrean
//   "tidak bisa login"   an exact phrase (also “…”; inside quotes there are no operators or *)
//   antri*               a prefix; also matches hashtags that start with it (#antrian)
//   #lapor  @bpjs_ri     exactly that hashtag or mention
//   a AND b, a b         both (adjacent terms are joined by AND)
//   a OR b               either
//   NOT a, -a            a is absent
//   a NEAR/n b           both, in either order, with at most n other words between them
//   ( … )                grouping
// Operators are upper case only, so "and", "or", "near" stay ordinary words. Precedence, tightest
// first: NOT, NEAR, AND, OR.
//
// Every query term goes through the same `tokenize` as the posts, so case, accents, repeated
// letters and slang fold alike on both sides. A term that tokenizes into several words ("rs" →
// "rumah sakit", "covid-19" → "covid 19") is matched as a phrase. Punctuation and emoji tokens
// do not count as word positions, for phrases and for NEAR alike.
//
// A query that only excludes ("NOT dokter", "a OR NOT b") is rejected: as a watch it would fire
// on almost every post, which is never what a user watching keywords means. So every match has
// at least one matched word.
import { foldRepeats, foldText, isPunct, type KnownWord, tokenize, valenceOf } from './text/normalize';
import type { Token } from './text/token';
import { Numbering, TokenTable } from './text/token-table';
import type { WatchMatch } from './types';

export type QueryErrorCode =
  | 'empty-query'
  | 'unclosed-quote'
  | 'empty-phrase'
  | 'unclosed-paren'
  | 'unmatched-paren'
  | 'missing-operand'
  | 'near-distance'
  | 'near-operand'
  | 'bare-wildcard'
  | 'wildcard-position'
  | 'bad-prefix'
  | 'empty-term'
  | 'only-negative'
  | 'too-long'
  | 'too-deep'
  | 'too-many-near'
  | 'internal';

/** `position` is a 0-based offset into the source, in UTF-16 code units (JS string indices). */
export type QueryError = { position: number; message: string; code: QueryErrorCode };

/** One word of a term. */
export interface TermWord {
  token: string;
  /** The post tokens it matches: a plain word w matches [w, "#w"], a hashtag or mention only itself. */
  keys: readonly string[];
}

export type QueryNode =
  | { type: 'term'; at: number; words: readonly TermWord[] }
  | { type: 'prefix'; at: number; prefix: string; starts: readonly string[] }
  | { type: 'and' | 'or'; at: number; left: QueryNode; right: QueryNode }
  | { type: 'not'; at: number; operand: QueryNode }
  | { type: 'near'; at: number; distance: number; left: QueryNode; right: QueryNode };

export type ParsedQuery = { source: string; root: QueryNode; anchors: Anchors };

/**
 * The post tokens a match needs at least one of: every term's keys and every prefix's starts.
 * Most posts hold none, and are turned away without indexing their tokens.
 */
export interface Anchors {
  tokens: ReadonlySet<string>;
  prefixes: readonly string[];
}

export type ParseResult = { ok: true; query: ParsedQuery } | { ok: false; error: QueryError };

// Limits that keep a pasted wall of text or "((((…" from costing the worker anything.
const MAX_SOURCE = 2000;
const MAX_DEPTH = 64;
const MAX_NEAR = 100;
// Each NEAR pairs occurrences; capping their number keeps an adversarial chain
// ("a* NEAR/100 a* NEAR/100 …" over a long repetitive post) to about a millisecond.
const MAX_NEARS = 10;
// Bounds on one NEAR's work, reached only by adversarial posts and queries; past them some
// occurrences go unexamined.
const MAX_SPANS = 1000;
const MAX_PAIRS = 4 * MAX_SPANS;

// ---------------------------------------------------------------------------------------------
// Lexing

type Lexeme =
  | { kind: 'open' | 'close' | 'and' | 'or' | 'not'; at: number }
  | { kind: 'near'; at: number; distance: number }
  | { kind: 'word'; at: number; text: string }
  | { kind: 'phrase'; at: number; text: string };

class QuerySyntaxError {
  constructor(readonly error: QueryError) {}
}

function fail(position: number, code: QueryErrorCode, message: string): never {
  throw new QuerySyntaxError({ position, code, message });
}

// Phones turn " into “ ” or „ as the user types, so those quote a phrase too.
const QUOTE = /["“”„]/u;
const BARE_END = /[\s()"“”„]/u;
const NEAR_OP = /^NEAR\/(\d+)$/;

function lex(source: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] ?? '';
    if (/\s/u.test(c)) i++;
    else if (c === '(') out.push({ kind: 'open', at: i++ });
    else if (c === ')') out.push({ kind: 'close', at: i++ });
    else if (QUOTE.test(c)) i = lexPhrase(source, i, out);
    else i = lexBare(source, i, out);
  }
  return out;
}

function lexPhrase(source: string, at: number, out: Lexeme[]): number {
  const rest = source.slice(at + 1).search(QUOTE);
  const close = rest < 0 ? -1 : at + 1 + rest;
  if (close < 0) fail(at, 'unclosed-quote', `The quote opened at ${at} is never closed.`);
  out.push({ kind: 'phrase', at, text: source.slice(at + 1, close) });
  return close + 1;
}

function lexBare(source: string, at: number, out: Lexeme[]): number {
  let end = at;
  while (end < source.length && !BARE_END.test(source[end] ?? ' ')) end++;
  let text = source.slice(at, end);
  let start = at;
  // A leading "-" is NOT ("-dokter"); inside a word it is part of it ("covid-19").
  if (text.startsWith('-')) {
    out.push({ kind: 'not', at });
    text = text.slice(1);
    start++;
    if (text === '') return end;
  }
  out.push(operatorOrWord(text, start));
  return end;
}

function operatorOrWord(text: string, at: number): Lexeme {
  if (text === 'AND') return { kind: 'and', at };
  if (text === 'OR') return { kind: 'or', at };
  if (text === 'NOT') return { kind: 'not', at };
  if (text === 'NEAR' || text.startsWith('NEAR/')) {
    const m = NEAR_OP.exec(text);
    const distance = m ? Number(m[1]) : Number.NaN;
    if (!(distance <= MAX_NEAR)) {
      fail(at, 'near-distance', `NEAR needs a distance from 0 to ${MAX_NEAR}, written like NEAR/3.`);
    }
    return { kind: 'near', at, distance };
  }
  return { kind: 'word', at, text };
}

// ---------------------------------------------------------------------------------------------
// Terms: query text → the normalised tokens it must match

const SEARCHABLE_SIGIL = /^[#@]/;
const PREFIX_BODY = /^[\p{L}\p{N}]+$/u;
const SIGIL_PREFIX_BODY = /^[#@][\p{L}\p{N}_]+$/u;

/** Tokens a query can name: words, hashtags and mentions (not punctuation, emoji or "<url>"). */
function isSearchable(token: string): boolean {
  return !isPunct(token) && valenceOf(token) === undefined && token !== '<url>';
}

function termWord(token: string): TermWord {
  return { token, keys: SEARCHABLE_SIGIL.test(token) ? [token] : [token, `#${token}`] };
}

function termOf(text: string, at: number, known: KnownWord, quoted: boolean): QueryNode {
  const tokens = tokenize(text, known).filter(isSearchable);
  if (tokens.length === 0) {
    if (quoted) fail(at, 'empty-phrase', 'The phrase has no words to search for.');
    fail(at, 'empty-term', `"${text}" has no letters or digits to search for.`);
  }
  return { type: 'term', at, words: tokens.map(termWord) };
}

function prefixOf(text: string, at: number, known: KnownWord): QueryNode {
  const body = text.slice(0, -1);
  if (body === '' || /^\*+$/.test(text)) fail(at, 'bare-wildcard', '* must follow the start of a word, like antri*.');
  const folded = foldText(body);
  if (SEARCHABLE_SIGIL.test(folded)) {
    if (!SIGIL_PREFIX_BODY.test(folded)) fail(at, 'bad-prefix', `"${text}" is not a hashtag or mention prefix.`);
    return { type: 'prefix', at, prefix: folded, starts: [folded] };
  }
  if (!PREFIX_BODY.test(folded)) fail(at, 'bad-prefix', 'A prefix is letters or digits followed by *, like antri*.');
  // Fold repeats like the posts do ("antriii*" → "antri*"), but do not expand slang: a prefix
  // is the start of many words, not an abbreviation of one.
  const prefix = foldRepeats(folded, known);
  return { type: 'prefix', at, prefix, starts: [prefix, `#${prefix}`] };
}

function wordTerm(text: string, at: number, known: KnownWord): QueryNode {
  const star = text.indexOf('*');
  if (star < 0) return termOf(text, at, known, false);
  if (star === text.length - 1 || /^\*+$/.test(text)) return prefixOf(text, at, known);
  return fail(at + star, 'wildcard-position', '* can only end a word, like antri*.');
}

// ---------------------------------------------------------------------------------------------
// Parsing: recursive descent, precedence OR < AND < NEAR < NOT

class Parser {
  private i = 0;
  private depth = 0;
  private nears = 0;

  constructor(
    private readonly lexemes: readonly Lexeme[],
    private readonly sourceLength: number,
    private readonly known: KnownWord,
  ) {}

  parse(): QueryNode {
    if (this.lexemes.length === 0) fail(0, 'empty-query', 'The query is empty.');
    const root = this.or();
    const rest = this.peek();
    if (rest?.kind === 'close') fail(rest.at, 'unmatched-paren', 'This ) has no matching (.');
    return root;
  }

  private peek(): Lexeme | undefined {
    return this.lexemes[this.i];
  }

  private or(): QueryNode {
    let left = this.and();
    for (let op = this.peek(); op?.kind === 'or'; op = this.peek()) {
      this.i++;
      left = { type: 'or', at: op.at, left, right: this.operand(op, 'OR', () => this.and()) };
    }
    return left;
  }

  private and(): QueryNode {
    let left = this.near();
    for (let op = this.peek(); op !== undefined && startsAnd(op); op = this.peek()) {
      if (op.kind === 'and') this.i++;
      left = { type: 'and', at: op.at, left, right: this.operand(op, 'AND', () => this.near()) };
    }
    return left;
  }

  private near(): QueryNode {
    let left = this.unary();
    for (let op = this.peek(); op?.kind === 'near'; op = this.peek()) {
      this.i++;
      if (++this.nears > MAX_NEARS) fail(op.at, 'too-many-near', `A query can use NEAR at most ${MAX_NEARS} times.`);
      const right = this.operand(op, `NEAR/${op.distance}`, () => this.unary());
      if (!isPositional(left) || !isPositional(right)) {
        fail(op.at, 'near-operand', 'NEAR joins words, phrases, prefixes or OR-groups of them, not AND or NOT.');
      }
      left = { type: 'near', at: op.at, distance: op.distance, left, right };
    }
    return left;
  }

  private unary(): QueryNode {
    const lx = this.peek();
    if (lx?.kind !== 'not') return this.primary();
    this.i++;
    return this.nested(lx.at, () => ({ type: 'not', at: lx.at, operand: this.operand(lx, 'NOT', () => this.unary()) }));
  }

  private primary(): QueryNode {
    const lx = this.peek();
    if (lx === undefined)
      return fail(this.sourceLength, 'missing-operand', 'The query ends where a word was expected.');
    this.i++;
    switch (lx.kind) {
      case 'word':
        return wordTerm(lx.text, lx.at, this.known);
      case 'phrase':
        return termOf(lx.text, lx.at, this.known, true);
      case 'open':
        return this.nested(lx.at, () => this.group(lx.at));
      case 'close': // operand() and group() catch a ")" after an operator or "("
        return fail(lx.at, 'unmatched-paren', 'This ) has no matching (.');
      default:
        return fail(lx.at, 'missing-operand', `${operatorName(lx)} needs a word on its left.`);
    }
  }

  private group(open: number): QueryNode {
    if (this.peek()?.kind === 'close') fail(open, 'missing-operand', 'The parentheses are empty.');
    const inner = this.or();
    if (this.peek()?.kind !== 'close') fail(open, 'unclosed-paren', `The ( at ${open} is never closed.`);
    this.i++;
    return inner;
  }

  /** Parses the right-hand operand of `op`, reporting a missing one at the operator. */
  private operand(op: Lexeme, name: string, next: () => QueryNode): QueryNode {
    const lx = this.peek();
    if (lx === undefined || lx.kind === 'close' || lx.kind === 'and' || lx.kind === 'or' || lx.kind === 'near') {
      fail(op.at, 'missing-operand', `${name} needs a word on its right.`);
    }
    return next();
  }

  private nested(at: number, parse: () => QueryNode): QueryNode {
    if (++this.depth > MAX_DEPTH) fail(at, 'too-deep', `The query nests deeper than ${MAX_DEPTH} levels.`);
    const node = parse();
    this.depth--;
    return node;
  }
}

/** True if the lexeme continues an AND chain: an explicit AND, or a term after a term. */
function startsAnd(lx: Lexeme): boolean {
  return lx.kind === 'and' || lx.kind === 'word' || lx.kind === 'phrase' || lx.kind === 'open' || lx.kind === 'not';
}

function operatorName(lx: Lexeme): string {
  if (lx.kind === 'near') return `NEAR/${lx.distance}`;
  return lx.kind.toUpperCase();
}

/** Nodes that stand at word positions, so distances to them mean something. */
function isPositional(node: QueryNode): boolean {
  if (node.type === 'term' || node.type === 'prefix' || node.type === 'near') return true;
  if (node.type === 'or') return isPositional(node.left) && isPositional(node.right);
  return false;
}

/** Where the part that matches without any word starts: the NOT that the user should pair. */
function onlyNegativeAt(node: QueryNode): number {
  if (node.type === 'and') return onlyNegativeAt(node.left);
  if (node.type === 'or') return onlyNegativeAt(anchorsOf(node.left) ? node.right : node.left);
  return node.at;
}

/**
 * Tokens one of which every match of the node holds; undefined for a node that can match
 * without any word (NOT). Both sides of an AND or a NEAR must match, so one side's anchors are
 * enough: the fewer, the fewer posts go on to be indexed.
 */
function anchorsOf(node: QueryNode): Anchors | undefined {
  switch (node.type) {
    case 'term': {
      // A phrase needs all its words: its longest, likely the rarest, stands for it.
      let longest = node.words[0];
      for (const w of node.words) if (w.token.length > (longest?.token.length ?? 0)) longest = w;
      return { tokens: new Set(longest?.keys), prefixes: [] };
    }
    case 'prefix':
      return { tokens: new Set(), prefixes: node.starts };
    case 'not':
      return undefined;
    case 'or': {
      const left = anchorsOf(node.left);
      const right = anchorsOf(node.right);
      if (left === undefined || right === undefined) return undefined;
      return { tokens: new Set([...left.tokens, ...right.tokens]), prefixes: [...left.prefixes, ...right.prefixes] };
    }
    default: {
      const left = anchorsOf(node.left);
      const right = anchorsOf(node.right);
      if (left === undefined || right === undefined) return left ?? right;
      return cost(left) <= cost(right) ? left : right;
    }
  }
}

/** A prefix costs a string comparison per token, a token one set look-up for all. */
const cost = (a: Anchors) => a.tokens.size + 4 * a.prefixes.length;

/**
 * Parses a watch query. Never throws: a malformed query comes back as an error with the offset
 * and reason. Pass the same `known` as the posts are tokenized with, so repeated letters fold alike.
 */
export function parseQuery(source: string, known?: KnownWord): ParseResult {
  try {
    if (source.length > MAX_SOURCE) fail(MAX_SOURCE, 'too-long', `A query can be at most ${MAX_SOURCE} characters.`);
    const root = new Parser(lex(source), source.length, known ?? (() => false)).parse();
    const anchors = anchorsOf(root);
    if (anchors === undefined) {
      fail(onlyNegativeAt(root), 'only-negative', 'The query only excludes words; add a word that must be present.');
    }
    return { ok: true, query: { source, root, anchors } };
  } catch (e) {
    if (e instanceof QuerySyntaxError) return { ok: false, error: e.error };
    // A bug here must not take down the scoring of a feed; report it as a query error instead.
    return {
      ok: false,
      error: { position: 0, code: 'internal', message: `The query could not be read (${String(e)}).` },
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Matching

/** A post's tokens, indexed once so each watch query costs a few map look-ups. */
export interface TokenIndex {
  /** The token at each word position (punctuation and emoji do not take a position). */
  readonly words: readonly string[];
  /** Each token's word positions, ascending (a watch list's index keeps only the tokens its queries name). */
  readonly positions: ReadonlyMap<string, number[]>;
}

/** Punctuation and emoji take no word position: in "gagal... 😡 login" the two words stand side by side. */
const takesPosition = (token: string) => !isPunct(token) && valenceOf(token) === undefined;

export function indexTokens(tokens: readonly string[]): TokenIndex {
  const words: string[] = [];
  const positions = new Map<string, number[]>();
  for (const token of tokens) {
    if (!takesPosition(token)) continue;
    addPosition(positions, token, words.length);
    words.push(token);
  }
  return { words, positions };
}

function addPosition(positions: Map<string, number[]>, token: string, at: number): void {
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

function isIndex<T>(tokens: readonly T[] | TokenIndex): tokens is TokenIndex {
  return !Array.isArray(tokens);
}

export interface WatchQuery {
  id: string;
  source: string;
}

export interface CompiledWatchQuery {
  id: string;
  query: ParsedQuery;
}

/** Parses a user's watch list once; the bad ones come back with their errors, the rest compiled. */
export function compileWatchQueries(
  list: readonly WatchQuery[],
  known?: KnownWord,
): {
  compiled: CompiledWatchQuery[];
  errors: { id: string; error: QueryError }[];
} {
  const compiled: CompiledWatchQuery[] = [];
  const errors: { id: string; error: QueryError }[] = [];
  for (const { id, source } of list) {
    const parsed = parseQuery(source, known);
    if (parsed.ok) compiled.push({ id, query: parsed.query });
    else errors.push({ id, error: parsed.error });
  }
  return { compiled, errors };
}

/** Which watch queries a post matches, and on which words, in the order of the watch list. */
export function matchWatchQueries(
  compiled: readonly CompiledWatchQuery[],
  tokens: readonly Token[] | TokenIndex,
): WatchMatch[] {
  if (isIndex(tokens)) return matchEach(compiled, tokens);
  // Most posts hold no query's anchor: they are turned away before their tokens are indexed.
  const list = listTokensOf(compiled);
  const anchored = list.anchoredIn(tokens);
  return anchored === undefined
    ? []
    : matchEach(
        compiled.filter((_, i) => anchored[i]),
        list.index(tokens),
      );
}

// A token's code in a list's table (0 is the table's own "not yet asked").
/** Punctuation or an emoji: no word position (see takesPosition). */
const NOT_A_POSITION = 1;
/** A word no query of the list names: it only takes a position. */
const UNNAMED = 2;
/** A word a query names (a word of a term, even under NOT, or one a prefix starts) but anchors none. */
const NAMED = 3;
/** From here on, a code is this plus the number of the list of queries the word anchors. */
const FIRST_QUERIES = 4;

/** What each token is to a watch list, in one table, so that a token is looked up once for all queries. */
class ListTokens {
  /** Anchor token → the positions in the list of the queries it anchors. */
  private readonly anchors = new Map<string, number[]>();
  private readonly anchorPrefixes: { start: string; query: number }[] = [];
  /** Every token a query of the list looks up, and the starts its prefixes look for. */
  private readonly named = new Set<string>();
  private readonly namedStarts: string[] = [];
  /** Each token's code (see FIRST_QUERIES). */
  private readonly codes = new TokenTable((t) => this.codeOf(t));
  private readonly queryLists = new Numbering<readonly number[]>();

  constructor(compiled: readonly CompiledWatchQuery[]) {
    for (const [query, { query: parsed }] of compiled.entries()) {
      for (const t of parsed.anchors.tokens) this.anchors.set(t, [...(this.anchors.get(t) ?? []), query]);
      for (const start of parsed.anchors.prefixes) this.anchorPrefixes.push({ start, query });
      this.name(parsed.root);
    }
  }

  /** Which positions of the list hold a query with an anchor in the post; undefined for none (most posts). */
  anchoredIn(post: readonly Token[]): boolean[] | undefined {
    const codes = this.codes.forPost();
    let anchored: boolean[] | undefined;
    for (const t of post) {
      const code = codes.of(t);
      if (code < FIRST_QUERIES) continue;
      anchored ??= [];
      for (const q of this.queryLists.valueOf(code - FIRST_QUERIES)) anchored[q] = true;
    }
    return anchored;
  }

  /**
   * The post indexed for the list's queries alone: every word takes its position, but only the
   * words they name are kept by token (a handful), since no query looks any other up.
   */
  index(post: readonly Token[]): TokenIndex {
    const codes = this.codes.forPost();
    const words: string[] = [];
    const positions = new Map<string, number[]>();
    for (const t of post) {
      const code = codes.of(t);
      if (code === NOT_A_POSITION) continue;
      if (code >= NAMED) addPosition(positions, t.text, words.length);
      words.push(t.text);
    }
    return { words, positions };
  }

  private codeOf(token: Token): number {
    const t = token.text;
    // Before the anchors: a match always holds an anchor at a word position, so a token at none
    // (the emoji "e+2😀", which the prefix "e*" starts) cannot bring a query to match.
    if (!takesPosition(t)) return NOT_A_POSITION;
    const queries = [...(this.anchors.get(t) ?? NONE)];
    for (const p of this.anchorPrefixes) if (t.startsWith(p.start)) queries.push(p.query);
    if (queries.length > 0) return FIRST_QUERIES + this.queryLists.numberOf(queries.join(','), () => queries);
    return this.named.has(t) || this.namedStarts.some((s) => t.startsWith(s)) ? NAMED : UNNAMED;
  }

  /** Takes in the tokens a query's terms and prefixes look up. */
  private name(node: QueryNode): void {
    switch (node.type) {
      case 'term':
        for (const w of node.words) for (const k of w.keys) this.named.add(k);
        return;
      case 'prefix':
        this.namedStarts.push(...node.starts);
        return;
      case 'not':
        this.name(node.operand);
        return;
      default:
        this.name(node.left);
        this.name(node.right);
    }
  }
}

const listTokens = new WeakMap<readonly CompiledWatchQuery[], ListTokens>();

function listTokensOf(compiled: readonly CompiledWatchQuery[]): ListTokens {
  let list = listTokens.get(compiled);
  if (list === undefined) {
    list = new ListTokens(compiled);
    listTokens.set(compiled, list);
  }
  return list;
}

function matchEach(compiled: readonly CompiledWatchQuery[], index: TokenIndex): WatchMatch[] {
  const out: WatchMatch[] = [];
  for (const { id, query } of compiled) {
    const words = matchQuery(query, index);
    if (words !== null) out.push({ queryId: id, words });
  }
  return out;
}
