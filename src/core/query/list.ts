// Watch queries, the user's compiled watch list: parsed once, and read as one table of what each
// token is to the list (takes no position, anchors these queries, named by a query, or none), so
// a post holding no query's anchor (most posts) is turned away before its tokens are indexed.
import type { KnownWord } from '../text/normalize';
import { tagWords } from '../text/tag-words';
import type { Token } from '../text/token';
import { Numbering, RECORD_SHIFT, RECORDS, TokenTable, UNKNOWN } from '../text/token-table';
import type { WatchMatch } from '../types';
import type { ParsedQuery, QueryError, QueryNode } from './ast';
import { addPosition, isIndex, matchQuery, type TokenIndex, takesPosition } from './match';
import { parseQuery } from './parse';

/** No queries anchored by a token. */
const NONE: readonly number[] = [];

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
  known: KnownWord = () => false,
): WatchMatch[] {
  if (isIndex(tokens)) return matchEach(compiled, tokens);
  // Most posts hold no query's anchor: they are turned away before their tokens are indexed.
  const list = listTokensOf(compiled, known);
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
/** A token that is not a tag, or whose words no query names. */
const NO_PARTS = 1;
/** The two tables' places in the token records: one list's at a time (the worker holds the one in force). */
const CODES_PLACE = TokenTable.place();
const PARTS_PLACE = TokenTable.place();
// The walk's constants as this module's own (see RECORDS; an import is read from its module's
// cell, with a check): the token records, a record's size as a shift, the codes' place in it.
const records = RECORDS;
const recordShift = RECORD_SHIFT;
const codesOffset = CODES_PLACE.offset;
const unknown = UNKNOWN;

/** What each token is to a watch list, in one table, so that a token is looked up once for all queries. */
class ListTokens {
  /** Anchor token → the positions in the list of the queries it anchors. */
  private readonly anchors = new Map<string, number[]>();
  private readonly anchorPrefixes: { start: string; query: number }[] = [];
  /** Every token a query of the list looks up, and the starts its prefixes look for. */
  private readonly named = new Set<string>();
  private readonly namedStarts: string[] = [];
  /** Each token's code (see FIRST_QUERIES). */
  private readonly codes = new TokenTable(CODES_PLACE, (t) => this.codeOf(t));
  private readonly queryLists = new Numbering<readonly number[]>();
  /**
   * A mention's or hashtag's words that the list's queries name ("@bpjskesehatanri" → "bpjs"),
   * as 1 + their number in `partLists` (1: none). They take the tag's position.
   */
  private readonly parts = new TokenTable(PARTS_PLACE, (t) => this.partsOf(t));
  private readonly partLists = new Numbering<readonly string[]>();

  constructor(
    compiled: readonly CompiledWatchQuery[],
    private readonly known: KnownWord,
  ) {
    for (const [query, { query: parsed }] of compiled.entries()) {
      for (const t of parsed.anchors.tokens) this.anchors.set(t, [...(this.anchors.get(t) ?? []), query]);
      for (const start of parsed.anchors.prefixes) this.anchorPrefixes.push({ start, query });
      this.name(parsed.root);
    }
  }

  /** Which positions of the list hold a query with an anchor in the post; undefined for none (most posts). */
  anchoredIn(post: readonly Token[]): boolean[] | undefined {
    const { codes } = this;
    // Each token's code found here, by its id, in the records: no call and no chain of fields a
    // token (see ByTokenId.forPost). Whole numbers in locals (`| 0`: the compiler then keeps
    // them untagged), the imported constant too.
    codes.forPost();
    // A word's code asks the parts of a tag (codeOf): they too are this list's from here on.
    this.parts.forPost();
    const ints = records;
    let anchored: boolean[] | undefined;
    for (let i = 0; i < post.length; i++) {
      const t = post[i] as Token;
      const at = (t.id << recordShift) + codesOffset;
      // `| 0`: a token past the kept records reads as undefined (see TokenTable.codeAt).
      let code = (ints[at] as number) | 0;
      if (code === unknown) code = codes.codeAt(t, at) | 0;
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
    const parts = this.parts.forPost();
    // The codes read from the records as anchoredIn reads them (`codes.of` a token read the
    // table's place and the records through fields).
    const ints = records;
    for (let i = 0; i < post.length; i++) {
      const t = post[i] as Token;
      const at = (t.id << recordShift) + codesOffset;
      let code = (ints[at] as number) | 0;
      if (code === unknown) code = codes.codeAt(t, at) | 0;
      if (code === NOT_A_POSITION) continue;
      if (code >= NAMED) {
        addPosition(positions, t.text, words.length);
        const p = parts.of(t);
        if (p > NO_PARTS)
          for (const w of this.partLists.valueOf(p - NO_PARTS - 1)) addPosition(positions, w, words.length);
      }
      words.push(t.text);
    }
    return { words, positions };
  }

  /** The words inside a tag that some query names or a prefix starts. */
  private partsOf(token: Token): number {
    const t = token.text;
    const c = t.charCodeAt(0);
    if (c !== 64 /* @ */ && c !== 35 /* # */) return NO_PARTS;
    const named = tagWords(t, this.known, (w) => this.named.has(w)).filter(
      (w) => this.named.has(w) || this.namedStarts.some((s) => w.startsWith(s)),
    );
    if (named.length === 0) return NO_PARTS;
    return NO_PARTS + 1 + this.partLists.numberOf(named.join(' '), () => named);
  }

  private codeOf(token: Token): number {
    const t = token.text;
    // Before the anchors: a match always holds an anchor at a word position, so a token at none
    // (the emoji "e+2😀", which the prefix "e*" starts) cannot bring a query to match.
    if (!takesPosition(t)) return NOT_A_POSITION;
    const queries = [...(this.anchors.get(t) ?? NONE)];
    for (const p of this.anchorPrefixes) if (t.startsWith(p.start)) queries.push(p.query);
    const parts = this.parts.of(token);
    if (parts > NO_PARTS) {
      for (const w of this.partLists.valueOf(parts - NO_PARTS - 1)) {
        for (const q of this.anchors.get(w) ?? NONE) if (!queries.includes(q)) queries.push(q);
        for (const p of this.anchorPrefixes)
          if (w.startsWith(p.start) && !queries.includes(p.query)) queries.push(p.query);
      }
      if (queries.length === 0) return NAMED;
    }
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

/** Posts come in a run under one watch list: the last one's table is kept at hand. */
let lastCompiled: readonly CompiledWatchQuery[] | undefined;
let lastList: ListTokens | undefined;

function listTokensOf(compiled: readonly CompiledWatchQuery[], known: KnownWord): ListTokens {
  if (compiled === lastCompiled && lastList !== undefined) return lastList;
  let list = listTokens.get(compiled);
  if (list === undefined) {
    list = new ListTokens(compiled, known);
    listTokens.set(compiled, list);
  }
  lastCompiled = compiled;
  lastList = list;
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
