// Rule-based polarity over normalised tokens: a word list plus the three rules that word
// lists get wrong without them. Negation flips what follows ("tidak bagus", "gak jelek",
// "not good"), an intensifier strengthens ("bagus banget", "very slow"), and after a contrast
// the second clause outweighs the first ("bagus tapi lambat" is a complaint about speed).
import { CONTRASTS, INTENSIFIERS, NEGATORS } from './lexicon/polarity-id';
import { isPunct, valenceOf } from './normalize';

export type Lexicon = ReadonlyMap<string, number>;

export interface Polarity {
  /** Sum of positive valence after the rules (≥ 0). */
  pos: number;
  /** Sum of negative valence after the rules, as a positive number. */
  neg: number;
  /** Words (or phrases) that contributed, strongest first. */
  drivers: string[];
}

/** How many words a negator reaches. */
const NEGATION_SCOPE = 3;
/** Negated polarity is weaker than the plain opposite ("tidak jelek" is not "bagus"). */
const NEGATION_FACTOR = -0.6;
const INTENSIFIER_FACTOR = 1.4;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;

const phraseStarts = new WeakMap<Lexicon, Set<string>>();

/** True if some two-word entry of the lexicon starts with this word (saves building the pair). */
function startsPhrase(lexicon: Lexicon, word: string): boolean {
  let starts = phraseStarts.get(lexicon);
  if (!starts) {
    starts = new Set([...lexicon.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));
    phraseStarts.set(lexicon, starts);
  }
  return starts.has(word);
}

export function polarity(tokens: readonly string[], lexicon: Lexicon): Polarity {
  let pos = 0;
  let neg = 0;
  let negation = 0;
  let boost = 1;
  let weight = 1;
  const hits: { word: string; v: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (isPunct(t)) {
      negation = 0;
      boost = 1;
      continue;
    }
    if (CONTRASTS.has(t)) {
      pos *= BEFORE_CONTRAST;
      neg *= BEFORE_CONTRAST;
      weight = AFTER_CONTRAST;
      negation = 0;
      continue;
    }
    let v = valenceOf(t);
    let word = t;
    if (v === undefined) {
      const next = tokens[i + 1];
      const phrase = next === undefined || !startsPhrase(lexicon, t) ? undefined : lexicon.get(`${t} ${next}`);
      if (phrase !== undefined) {
        v = phrase;
        word = `${t} ${next}`;
        i++;
      } else if (NEGATORS.has(t)) {
        negation = NEGATION_SCOPE;
        continue;
      } else if (INTENSIFIERS.has(t)) {
        boost = INTENSIFIER_FACTOR;
        const last = hits[hits.length - 1];
        // "bagus banget": the intensifier follows the word it strengthens.
        if (last && last.word === tokens[i - 1]) {
          const extra = last.v * (INTENSIFIER_FACTOR - 1) * weight;
          if (extra > 0) pos += extra;
          else neg -= extra;
          boost = 1;
        }
        continue;
      } else {
        v = lexicon.get(t);
      }
    }
    if (v === undefined || v === 0) {
      if (negation > 0) negation--;
      continue;
    }
    let value = v * boost * weight;
    if (negation > 0) {
      value *= NEGATION_FACTOR;
      word = `tidak ${word}`;
      negation = 0;
    }
    boost = 1;
    if (value > 0) pos += value;
    else neg -= value;
    hits.push({ word, v: value });
  }
  hits.sort((a, b) => Math.abs(b.v) - Math.abs(a.v));
  return { pos, neg, drivers: [...new Set(hits.map((h) => h.word))].slice(0, 5) };
}
