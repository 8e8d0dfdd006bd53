// Sentiment of one post. Indonesian (and any non-English text) goes through the trained model
// over words, word pairs and the rule-based sums; English goes through the rule-based scorer
// over AFINN + VADER, since there is no English training data we may ship.

import { stemmer } from '@orama/stemmers/indonesian';
import { LEXICON_EN, LEXICON_ID } from './lexicon';
import { type PolarityLanguage, polarity } from './polarity';
import { type FeatureSink, type FeatureToken, featureToken, sentimentFeatures } from './sentiment-features';
import { type Token, TokenFact } from './token';
import type { Sentiment, SentimentLabel } from './types';

/** The trained model as scripts/model writes it: feature i has weights[3i … 3i+2]. */
export interface ModelWeights {
  features: readonly string[];
  weights: readonly number[];
}

export const INDONESIAN: PolarityLanguage = { lexicon: LEXICON_ID, negationWord: 'tidak', stem: stemmer };
const ENGLISH: PolarityLanguage = { lexicon: LEXICON_EN, negationWord: 'not' };

const LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];
const NO_WEIGHTS: readonly number[] = [];

/** VADER's own neutral band on its compound score, kept for the negative side. */
const EN_NEUTRAL_BAND = 0.05;
/**
 * Positive needs more than negative: mild positive words ("hope", "best", "fun") run through
 * posts that take no stance, while a negative word is rarer and tells more.
 */
const EN_POSITIVE_FROM = 0.2;
const QUESTION_DAMPING = 0.5;
/** VADER's normalisation constant: compound = s / √(s² + α). */
const EN_ALPHA = 15;

export interface SentimentModel {
  /** True for a word the model or the word lists know (used to fold "bagusss" → "bagus"). */
  knows(word: string): boolean;
  indonesian(tokens: readonly Token[]): Sentiment;
  english(tokens: readonly Token[]): Sentiment;
}

export function makeSentimentModel(weights: ModelWeights): SentimentModel {
  // Feature → offset of its three weights. Negated words sit in their own map. A pair is found
  // by its words' numbers, in a map per first word: number keys cost no string comparison.
  const single = new Map<string, number>();
  const negated = new Map<string, number>();
  const pairWords = new Map<string, number>();
  const pairs = new Map<number, Map<number, number>>();
  const pairWord = (w: string) => {
    const n = pairWords.get(w) ?? pairWords.size;
    pairWords.set(w, n);
    return n;
  };
  for (const [i, f] of weights.features.entries()) {
    const space = f.indexOf(' ');
    if (space > 0) {
      const first = pairWord(f.slice(0, space));
      const m = pairs.get(first) ?? new Map<number, number>();
      pairs.set(first, m);
      m.set(pairWord(f.slice(space + 1)), i * 3);
    } else if (f.charCodeAt(0) === 33 /* ! */) negated.set(f.slice(1), i * 3);
    else single.set(f, i * 3);
  }
  const values = Float64Array.from(weights.weights);
  /** The three weights of each of the words' features in `table`, one after the other. */
  const weightsOf = (words: readonly string[], table: ReadonlyMap<string, number>): readonly number[] => {
    const out: number[] = [];
    for (const w of words) {
      const at = table.get(w);
      if (at !== undefined) out.push(values[at] as number, values[at + 1] as number, values[at + 2] as number);
    }
    // Most words have no feature: they share one empty list rather than keep one each.
    return out.length === 0 ? NO_WEIGHTS : out;
  };
  const scored = new TokenFact((token): ScoredToken => {
    const t = featureToken(token.text);
    return {
      kind: t.kind,
      rule: t.rule,
      word: t.word,
      words: t.words,
      negator: t.negator,
      plain: weightsOf(t.words, single),
      negated: weightsOf(t.words, negated),
      pairWord: pairWords.get(t.word) ?? -1,
      pairsAfter: pairs.get(pairWords.get(t.word) ?? -1),
    };
  });
  const scoredToken = (t: Token) => scored.of(t);
  const logits = new Logits(values, single);
  return {
    knows: (w) => single.has(w) || LEXICON_ID.has(w) || LEXICON_EN.has(w),
    indonesian(tokens) {
      const rules = polarity(tokens, INDONESIAN);
      logits.reset();
      sentimentFeatures(tokens, rules, logits, scoredToken);
      return logits.sentiment(rules.drivers);
    },
    english(tokens) {
      const rules = polarity(tokens, ENGLISH);
      let s = rules.pos - rules.neg;
      // A question asks more than it praises ("anyone going to the best show tonight?").
      if (s > 0 && tokens.some((t) => t.text === '?')) s *= QUESTION_DAMPING;
      const compound = s / Math.sqrt(s * s + EN_ALPHA);
      const label: SentimentLabel = compound > EN_POSITIVE_FROM ? 'positive' : compound < -EN_NEUTRAL_BAND ? 'negative' : 'neutral';
      return {
        label,
        score: round(compound),
        // Neutral is surest at 0 and half sure at the edge of its band, which is wider on the
        // positive side.
        confidence: round(
          label === 'neutral'
            ? 1 - Math.abs(compound) / (compound > 0 ? EN_POSITIVE_FROM : EN_NEUTRAL_BAND) / 2
            : 0.5 + Math.abs(compound) / 2,
        ),
        drivers: rules.drivers,
      };
    },
  };
}

/** A token as the model scores it: what the feature walk needs, and where its weights are. */
interface ScoredToken extends FeatureToken {
  /**
   * The weights of the features of `words`, plain and negated, three by three (features the
   * model lacks left out): kept with the token, they are read without a jump into the model.
   */
  plain: readonly number[];
  negated: readonly number[];
  /** The word's number among the words of the model's pairs; -1 if it is in none. */
  pairWord: number;
  /** Offsets of the word pairs this word starts, by the second word's number. */
  pairsAfter: ReadonlyMap<number, number> | undefined;
}

/** The model's three logits for one post, summed feature by feature as the walk emits them. */
class Logits implements FeatureSink<ScoredToken> {
  // Three plain numbers, not an array: this runs for every word of every post.
  private negative = 0;
  private neutral = 0;
  private positive = 0;

  constructor(
    private readonly values: Float64Array,
    private readonly rules: ReadonlyMap<string, number>,
  ) {}

  reset(): void {
    this.negative = this.neutral = this.positive = 0;
  }

  word(t: ScoredToken, negated: boolean): void {
    const w = negated ? t.negated : t.plain;
    for (let k = 0; k < w.length; k += 3) this.add(w, k, 1);
  }

  pair(first: ScoredToken, second: ScoredToken): void {
    const at = first.pairsAfter?.get(second.pairWord);
    if (at !== undefined) this.add(this.values, at, 1);
  }

  rule(name: string, value: number): void {
    const at = this.rules.get(name);
    if (at !== undefined) this.add(this.values, at, value);
  }

  /** Adds v times the three weights at `at` in `w`. */
  private add(w: ArrayLike<number>, at: number, v: number): void {
    this.negative += (w[at] as number) * v;
    this.neutral += (w[at + 1] as number) * v;
    this.positive += (w[at + 2] as number) * v;
  }

  /** The label, score and confidence from the softmax of the logits. */
  sentiment(drivers: string[]): Sentiment {
    const max = Math.max(this.negative, this.neutral, this.positive);
    const negative = Math.exp(this.negative - max);
    const neutral = Math.exp(this.neutral - max);
    const positive = Math.exp(this.positive - max);
    const z = negative + neutral + positive;
    const p = [negative / z, neutral / z, positive / z] as const;
    // The first most probable class, in the order negative, neutral, positive.
    const best = p[1] > p[0] ? (p[2] > p[1] ? 2 : 1) : p[2] > p[0] ? 2 : 0;
    return {
      label: LABELS[best] ?? 'neutral',
      score: round(p[2] - p[0]),
      confidence: round(p[best]),
      drivers,
    };
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;
