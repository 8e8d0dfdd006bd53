// Negation that strengthens. "Couldn't be happier", "never been better", "could not be more
// excited", "has never been worse": a negator, a verb of being or feeling, then a comparison
// says the author is at the top (or the bottom) of the scale, the opposite of what flipping the
// word would say. The negator is dropped there; the comparison keeps its own sign.

import { type Token, tokenOf } from '../text/token';
import type { Lexicon } from './lexicon';
import { NEGATORS } from './polarity-id';

/** Verbs between the negator and the comparison: "couldn't be", "never been", "never felt". */
export const BEING = new Set(['be', 'been', 'feel', 'felt', 'get', 'got', 'look', 'looked', 'sound', 'sounded']);
/** The words that lead to a comparison's word (see comparison). */
const MORE = 'more';
const ANY = 'any';
/** The same, for the English names' shortcut (english-tokens.ts): the words this rule reads. */
export const MORE_OR_ANY = [MORE, ANY];
/** Stands for the dropped negator: no list holds it. */
const NOTHING = '_';

/** Comparatives and superlatives that do not end in -er or -est. */
const IRREGULAR = new Set(['better', 'best', 'worse', 'worst']);

/** A comparison that carries a sentiment: "happier", "better", "worst", "more excited", "any better". */
function comparison(tokens: readonly Token[], at: number, lexicon: Lexicon, more = false): boolean {
  const word = tokens[at]?.word;
  if (word === undefined) return false;
  if (!more && (word === MORE || word === ANY)) return comparison(tokens, at + 1, lexicon, word === MORE);
  if ((lexicon.get(word) ?? 0) === 0) return false;
  return more || IRREGULAR.has(word) || word.endsWith('er') || word.endsWith('est');
}

/** The tokens with each strengthening negator dropped; undefined if there is none. */
export function strengtheningNegation(tokens: readonly Token[], lexicon: Lexicon): Token[] | undefined {
  let out: Token[] | undefined;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!NEGATORS.has((tokens[i] as Token).text)) continue;
    // "couldn't be", "could not be", "never been", "has never been".
    const verb = BEING.has((tokens[i + 1] as Token).text) ? i + 1 : -1;
    if (verb < 0 || !comparison(tokens, verb + 1, lexicon)) continue;
    out ??= tokens.slice();
    out[i] = tokenOf(NOTHING);
  }
  return out;
}
