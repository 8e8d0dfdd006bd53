// What the English reading asks of a token by its text alone, as bits: a question or
// exclamation mark, a swear word that may be emphasis, a negator that may strengthen. The English
// rules walk every token of a post several times, and most posts hold nothing those rules change:
// one walk over the marks tells which of them a post needs, and no walk asks a Set by the token's
// text (callgrind: those look-ups cost more than the rest of the two rules together). The bits
// are kept in the token's clue code, on its record (token-clues.ts: englishMarks, anyEnglishMarks).
import { EMPHATIC } from './english-swearing';
import { NEGATORS } from './polarity-id';

export const QUESTION_MARK = 1;
export const EXCLAMATION_MARK = 2;
/** A swear word that may work as emphasis, or the "as" of "as hell" (english-swearing.ts). */
export const MAY_EMPHASISE = 4;
/** A negator, which may strengthen a comparison (english-negation.ts). */
export const NEGATOR = 8;
/** How many bits the marks take. */
export const ENGLISH_MARK_BITS = 4;

/** The marks of a token's text. */
export function englishMarksOf(text: string): number {
  return (
    (text === '?' ? QUESTION_MARK : 0) |
    (text === '!' ? EXCLAMATION_MARK : 0) |
    (EMPHATIC.has(text) || text === 'as' ? MAY_EMPHASISE : 0) |
    (NEGATORS.has(text) ? NEGATOR : 0)
  );
}
