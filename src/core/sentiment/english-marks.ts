// What the English reading asks of a token by its text alone, as bits kept on the token's record
// (token.ts: `english`), worked out the first time an English post holds the token. The English
// rules walk every token of a post several times (its "?" and "!", a swear word that may be
// emphasis, a negator that may strengthen), and most posts hold nothing those rules change: one
// walk over the marks tells which of them a post needs, and no walk asks a Set by the token's
// text (callgrind: those look-ups cost more than the rest of the two rules together).
import type { Token } from '../text/token';
import { EMPHATIC } from './english-swearing';
import { NEGATORS } from './polarity-id';

/** Set on every token's marks once worked out, so that none is 0 (not asked yet). */
const ASKED = 1;
export const QUESTION_MARK = 2;
export const EXCLAMATION_MARK = 4;
/** A swear word that may work as emphasis, or the "as" of "as hell" (english-swearing.ts). */
export const MAY_EMPHASISE = 8;
/** A negator, which may strengthen a comparison (english-negation.ts). */
export const NEGATOR = 16;

function marksOf(text: string): number {
  return (
    ASKED |
    (text === '?' ? QUESTION_MARK : 0) |
    (text === '!' ? EXCLAMATION_MARK : 0) |
    (EMPHATIC.has(text) || text === 'as' ? MAY_EMPHASISE : 0) |
    (NEGATORS.has(text) ? NEGATOR : 0)
  );
}

/** The token's marks, worked out at its first English post and kept on its record. */
export function englishMarks(token: Token): number {
  let marks = token.english;
  if (marks === 0) {
    marks = marksOf(token.text);
    token.english = marks;
  }
  return marks;
}

/** The marks of any of the tokens. */
export function anyMarks(tokens: readonly Token[]): number {
  let marks = 0;
  for (let i = 0; i < tokens.length; i++) marks |= englishMarks(tokens[i] as Token);
  return marks;
}
