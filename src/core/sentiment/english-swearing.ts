// Swearing as emphasis. In English posts a swear word is as often a mere intensifier as a curse:
// "so fucking good", "damn fine", "bloody brilliant", "funny as hell" praise, while the word
// lists read each of them as negative (AFINN and VADER rate "fucking", "damn", "bloody", "hell"
// from −1.2 to −2). VADER itself lists "fucking", "frickin", "effing", "hella" among its boosters
// (Hutto & Gilbert 2014; vader-sentiment, Apache-2.0): before a word that carries a sentiment
// they strengthen it and say nothing themselves. Before any other word ("this fucking train")
// they stay the curse they are. Set phrases ("hell yeah", "holy shit") are the word list's
// two-word entries (scripts/model/lexicon-en.ts).

import { type Token, tokenOf } from '../text/token';
import type { Lexicon } from './lexicon';

/** Swear words and slang that work as degree adverbs before a word of feeling or judgement. */
export const EMPHATIC = new Set([
  'fucking',
  'fuckin',
  'freaking',
  'freakin',
  'frickin',
  'fricking',
  'friggin',
  'frigging',
  'effing',
  'bloody',
  'damn',
  'goddamn',
  'hella',
  'crazy',
  'insanely',
]);
/** The words of "as hell", read after a word as emphasis (see swearingAsEmphasis). */
const AS = 'as';
const HELL = 'hell';
/** The same, for the English names' shortcut (english-tokens.ts): the words this rule reads. */
export const AS_HELL = [AS, HELL];
/** What an emphatic swear word reads as: an intensifier of the polarity rules. */
const INTENSIFIER = 'very';

/**
 * The tokens with each emphatic swear word before a listed word read as "very", and "as hell"
 * after a word ("tired as hell") as a "very" that follows it; undefined if nothing changed.
 */
export function swearingAsEmphasis(tokens: readonly Token[], lexicon: Lexicon): Token[] | undefined {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1]?.word;
    const emphatic = EMPHATIC.has(token.text) && next !== undefined && (lexicon.get(next) ?? 0) !== 0;
    const asHell = token.text === AS && next === HELL && i > 0;
    // Most posts swear at nothing: the copy is made at the first change only.
    if ((emphatic || asHell) && out === undefined) out = tokens.slice(0, i);
    if (emphatic) out?.push(tokenOf(INTENSIFIER));
    else if (asHell) {
      // "as" goes: the "very" then follows the word it strengthens, as in "bagus banget".
      out?.push(tokenOf(INTENSIFIER));
      i++;
    } else out?.push(token);
  }
  return out;
}
