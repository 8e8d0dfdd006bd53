// Watch queries, the parser: the keywords staff watch, written as boolean queries and matched
// against a post's normalised tokens (see text/normalize.ts and match.ts), so `"tidak bisa login"`
// also finds "gak bisa login".
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
import { foldRepeats, foldText, isPunct, type KnownWord, tokenize, valenceOf } from '../text/normalize';
import { spellingVariant } from '../text/variants';
import { type Anchors, fail, type ParseResult, type QueryNode, QuerySyntaxError, type TermWord } from './ast';
import { type Lexeme, lex } from './lex';

// Limits that keep a pasted wall of text or "((((…" from costing the worker anything.
const MAX_SOURCE = 2000;
const MAX_DEPTH = 64;
// Each NEAR pairs occurrences; capping their number keeps an adversarial chain
// ("a* NEAR/100 a* NEAR/100 …" over a long repetitive post) to about a millisecond.
const MAX_NEARS = 10;

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
  const prefix = spellingVariant(foldRepeats(folded, known));
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
