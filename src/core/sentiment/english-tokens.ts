// The tokens the English rules read: the post's tokens with the words inside names read as none
// (what the capitals of the post's own text tell, english-names.ts), swearing before a word of
// feeling read as emphasis (english-swearing.ts) and negators that strengthen a comparison
// dropped (english-negation.ts).

import { type Token, tokenOf } from '../text/token';
import { anyEnglishMarks } from '../token-clues';
import { MAY_EMPHASISE, NEGATOR } from './english-marks';
import { wordsInNames } from './english-names';
import { strengtheningNegation } from './english-negation';
import { swearingAsEmphasis } from './english-swearing';
import { LEXICON_EN } from './lexicon';

/** Stands for a word read as part of a name: no list holds it, so it moves nothing. */
const NAME = '_';

export function englishTokens(tokens: readonly Token[], text: string): readonly Token[] {
  // Most posts hold no swear word and no negator: those rules are not walked for them. Read on
  // the post's tokens, which hold every swear word and negator the rules may find (a name's
  // words become "_", swearing adds "very": neither is one).
  const marks = anyEnglishMarks(tokens);
  const named = inNames(tokens, text);
  const emphatic = (marks & MAY_EMPHASISE ? swearingAsEmphasis(named, LEXICON_EN) : undefined) ?? named;
  return (marks & NEGATOR ? strengtheningNegation(emphatic, LEXICON_EN) : undefined) ?? emphatic;
}

function inNames(tokens: readonly Token[], text: string): readonly Token[] {
  const names = wordsInNames(text);
  if (names.size === 0) return tokens;
  // Only a token of a named word's length can be one: the others ask the map nothing.
  let lengths = 0;
  for (const word of names.keys()) lengths |= lengthBit(word.length);
  let out: Token[] | undefined;
  const seen = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ((lengths & lengthBit(t.text.length)) === 0) continue;
    const flags = names.get(t.text);
    if (flags === undefined) continue;
    const n = seen.get(t.text) ?? 0;
    seen.set(t.text, n + 1);
    if (flags[n] !== true) continue;
    out ??= tokens.slice();
    out[i] = tokenOf(NAME);
  }
  return out ?? tokens;
}

/** A bit for a length (any past 31 share one). */
const lengthBit = (length: number) => 1 << Math.min(31, length);
