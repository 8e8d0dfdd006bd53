// Watch queries, the room's one way in: parse.ts reads a query (lexer lex.ts, tree and errors
// ast.ts), match.ts matches one on a post's tokens, list.ts compiles and matches a user's list.
export type { Anchors, ParsedQuery, ParseResult, QueryError, QueryErrorCode, QueryNode, TermWord } from './ast';
export { type CompiledWatchQuery, compileWatchQueries, matchWatchQueries, type WatchQuery } from './list';
export { indexTokens, matchQuery, type TokenIndex } from './match';
export { parseQuery } from './parse';
