// The tokens the English rules read: the post's tokens with the words inside names read as none
// (what the capitals of the post's own text tell, english-names.ts), swearing before a word of
// feeling read as emphasis (english-swearing.ts) and negators that strengthen a comparison
// dropped (english-negation.ts).

import { type Token, tokenOf } from '../text/token';
import { anyEnglishMarks } from '../token-clues';
import { MAY_EMPHASISE, NEGATOR } from './english-marks';
import { capitalisedAsked, wordsInNames } from './english-names';
import { BEING, MORE_OR_ANY, strengtheningNegation } from './english-negation';
import { AS_HELL, EMPHATIC, swearingAsEmphasis } from './english-swearing';
import { LEXICON_EN } from './lexicon';
import { CONTRASTS, INTENSIFIERS, NEGATORS } from './polarity-id';

/** Stands for a word read as part of a name: no list holds it, so it moves nothing. */
const NAME = '_';

export function englishTokens(tokens: readonly Token[], text: string, findAllNames = false): readonly Token[] {
  // Most posts hold no swear word and no negator: those rules are not walked for them. Read on
  // the post's tokens, which hold every swear word and negator the rules may find (a name's
  // words become "_", swearing adds "very": neither is one).
  const marks = anyEnglishMarks(tokens);
  const named = findAllNames || capitalisedAsked(text, askedWords()) ? inNames(tokens, text) : tokens;
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

/**
 * Every word whose reading a name could change: a word the rules below or the polarity rules
 * read (the word list's words, those of its two-word entries, negators, intensifiers, contrasts,
 * swear words, "as hell", the verbs and "more"/"any" of a strengthening negation). Any other word
 * plays the part "_" plays: none, a step of a negation's reach. A name's words are capitalised
 * words and small linking words between them; the linking words some two-word entry holds
 * ("on hold", "to win", "the killers") sit beside a capitalised word of the name, and their
 * partner in the entry is no linking word: when that changes, the entry's other word is the
 * capitalised one, and that one is asked for. So when no capitalised word of the post is one of
 * these, the names are not looked for (english-tokens.test.ts holds the readings with and without
 * the search equal on the project's English posts). Made at the first post that needs it.
 */
let asked: Set<string> | undefined;

function askedWords(): ReadonlySet<string> {
  if (asked !== undefined) return asked;
  const words = new Set<string>([
    ...NEGATORS,
    ...INTENSIFIERS,
    ...CONTRASTS,
    ...EMPHATIC,
    ...AS_HELL,
    ...BEING,
    ...MORE_OR_ANY,
  ]);
  for (const entry of LEXICON_EN.keys()) {
    const space = entry.indexOf(' ');
    if (space < 0) words.add(entry);
    else {
      words.add(entry.slice(0, space));
      words.add(entry.slice(space + 1));
    }
  }
  // The text's own apostrophe may be curly: capitalisedAsked does not make it straight.
  for (const w of [...words]) if (w.includes("'")) words.add(w.replace("'", '\u2019'));
  // And capitalised, as capitalisedAsked looks up a word with one capital.
  for (const w of [...words]) words.add(w.charAt(0).toUpperCase() + w.slice(1));
  asked = words;
  return words;
}
