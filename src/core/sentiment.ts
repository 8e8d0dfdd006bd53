// Sentiment of one post. Indonesian (and any non-English text) goes through the trained model
// over words, word pairs and the rule-based sums; English goes through the rule-based scorer
// over AFINN + VADER, since there is no English training data we may ship.

import { stemmer } from '@orama/stemmers/indonesian';
import { LEXICON_EN, LEXICON_ID } from './lexicon';
import { type PolarityLanguage, polarity } from './polarity';
import { type FeatureSink, sentimentFeatures } from './sentiment-features';
import type { Sentiment, SentimentLabel } from './types';

/** The trained model as scripts/model writes it: feature i has weights[3i … 3i+2]. */
export interface ModelWeights {
  features: readonly string[];
  weights: readonly number[];
}

export const INDONESIAN: PolarityLanguage = { lexicon: LEXICON_ID, negationWord: 'tidak', stem: stemmer };
const ENGLISH: PolarityLanguage = { lexicon: LEXICON_EN, negationWord: 'not' };

const LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

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
  indonesian(tokens: readonly string[]): Sentiment;
  english(tokens: readonly string[]): Sentiment;
}

export function makeSentimentModel(weights: ModelWeights): SentimentModel {
  // Feature → offset of its three weights. Pairs sit in a map per first word, negated words in
  // their own map, so scoring a post builds no strings.
  const single = new Map<string, number>();
  const negated = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  for (const [i, f] of weights.features.entries()) {
    const space = f.indexOf(' ');
    if (space > 0) {
      const first = f.slice(0, space);
      const m = pairs.get(first) ?? new Map<string, number>();
      pairs.set(first, m);
      m.set(f.slice(space + 1), i * 3);
    } else if (f.charCodeAt(0) === 33 /* ! */) negated.set(f.slice(1), i * 3);
    else single.set(f, i * 3);
  }
  const values = Float64Array.from(weights.weights);
  // Three plain numbers, not an array: this runs for every word of every post.
  let negative = 0;
  let neutral = 0;
  let positive = 0;
  const add = (at: number | undefined, v: number) => {
    if (at === undefined) return;
    negative += (values[at] as number) * v;
    neutral += (values[at + 1] as number) * v;
    positive += (values[at + 2] as number) * v;
  };
  const sink: FeatureSink = {
    word: (w, neg) => add((neg ? negated : single).get(w), 1),
    pair: (a, b) => add(pairs.get(a)?.get(b), 1),
    rule: (name, v) => add(single.get(name), v),
  };
  return {
    knows: (w) => single.has(w) || LEXICON_ID.has(w) || LEXICON_EN.has(w),
    indonesian(tokens) {
      const rules = polarity(tokens, INDONESIAN);
      negative = neutral = positive = 0;
      sentimentFeatures(tokens, rules, sink);
      const p = softmax([negative, neutral, positive]);
      const best = argmax(p);
      return {
        label: LABELS[best] ?? 'neutral',
        score: round((p[2] ?? 0) - (p[0] ?? 0)),
        confidence: round(p[best] ?? 0),
        drivers: rules.drivers,
      };
    },
    english(tokens) {
      const rules = polarity(tokens, ENGLISH);
      let s = rules.pos - rules.neg;
      // A question asks more than it praises ("anyone going to the best show tonight?").
      if (s > 0 && tokens.includes('?')) s *= QUESTION_DAMPING;
      const compound = s / Math.sqrt(s * s + EN_ALPHA);
      const label: SentimentLabel = compound > EN_POSITIVE_FROM ? 'positive' : compound < -EN_NEUTRAL_BAND ? 'negative' : 'neutral';
      return {
        label,
        score: round(compound),
        confidence: round(label === 'neutral' ? 1 - Math.abs(compound) / EN_NEUTRAL_BAND / 2 : 0.5 + Math.abs(compound) / 2),
        drivers: rules.drivers,
      };
    },
  };
}

function softmax(x: readonly number[]): number[] {
  const max = Math.max(...x);
  const e = x.map((v) => Math.exp(v - max));
  const z = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / z);
}

function argmax(x: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < x.length; i++) if ((x[i] ?? 0) > (x[best] ?? 0)) best = i;
  return best;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
