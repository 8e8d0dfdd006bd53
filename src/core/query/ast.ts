// Watch queries, the parsed form: the tree a query becomes, the anchors that let most posts be
// turned away unread, and the positioned, coded errors a malformed query comes back with
// (the popup and options page show them in the user's language by their code).

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

/** Thrown inside the lexer and parser only; parseQuery turns it into a ParseResult. */
export class QuerySyntaxError {
  constructor(readonly error: QueryError) {}
}

export function fail(position: number, code: QueryErrorCode, message: string): never {
  throw new QuerySyntaxError({ position, code, message });
}
