// The tokens the English rules read: the post's tokens with the words inside names read as none
// (what the capitals of the post's own text tell, english-names.ts), swearing before a word of
// feeling read as emphasis (english-swearing.ts) and negators that strengthen a comparison
// dropped (english-negation.ts).

import { type Token, tokenOf } from '../text/token';
import { wordsInNames } from './english-names';
import { strengtheningNegation } from './english-negation';
import { swearingAsEmphasis } from './english-swearing';
import { LEXICON_EN } from './lexicon';

/** Stands for a word read as part of a name: no list holds it, so it moves nothing. */
const NAME = '_';

export function englishTokens(tokens: readonly Token[], text: string): readonly Token[] {
  const named = inNames(tokens, text);
  const emphatic = swearingAsEmphasis(named, LEXICON_EN) ?? named;
  return strengtheningNegation(emphatic, LEXICON_EN) ?? emphatic;
}

function inNames(tokens: readonly Token[], text: string): readonly Token[] {
  const names = wordsInNames(text);
  if (names.size === 0) return tokens;
  let out: Token[] | undefined;
  const seen = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
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
