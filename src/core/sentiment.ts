// Sentiment of one post. Indonesian (and any non-English text) goes through the trained model
// over words, word pairs and the rule-based sums; English goes through the rule-based scorer
// over AFINN + VADER, since there is no English training data we may ship.
import { LEXICON_EN, LEXICON_ID } from './lexicon';
import { polarity } from './polarity';
import { sentimentFeatures } from './sentiment-features';
import type { Sentiment, SentimentLabel } from './types';

/** The trained model as scripts/model writes it: feature i has weights[3i … 3i+2]. */
export interface ModelWeights {
  features: readonly string[];
  weights: readonly number[];
}

const LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

/** VADER's own neutral band on its compound score. */
const EN_NEUTRAL_BAND = 0.05;
/** VADER's normalisation constant: compound = s / √(s² + α). */
const EN_ALPHA = 15;

export interface SentimentModel {
  /** True for a word the model or the word lists know (used to fold "bagusss" → "bagus"). */
  knows(word: string): boolean;
  indonesian(tokens: readonly string[]): Sentiment;
  english(tokens: readonly string[]): Sentiment;
}

export function makeSentimentModel(weights: ModelWeights): SentimentModel {
  const W = new Map<string, number>();
  for (const [i, f] of weights.features.entries()) W.set(f, i * 3);
  const values = Float64Array.from(weights.weights);
  const logits = [0, 0, 0];
  const add = (feature: string, v: number) => {
    const at = W.get(feature);
    if (at === undefined) return;
    logits[0] = (logits[0] ?? 0) + (values[at] ?? 0) * v;
    logits[1] = (logits[1] ?? 0) + (values[at + 1] ?? 0) * v;
    logits[2] = (logits[2] ?? 0) + (values[at + 2] ?? 0) * v;
  };
  return {
    knows: (w) => W.has(w) || LEXICON_ID.has(w) || LEXICON_EN.has(w),
    indonesian(tokens) {
      const rules = polarity(tokens, LEXICON_ID);
      logits[0] = logits[1] = logits[2] = 0;
      sentimentFeatures(tokens, rules, add);
      const p = softmax(logits);
      const best = argmax(p);
      return {
        label: LABELS[best] ?? 'neutral',
        score: round((p[2] ?? 0) - (p[0] ?? 0)),
        confidence: round(p[best] ?? 0),
        drivers: rules.drivers,
      };
    },
    english(tokens) {
      const rules = polarity(tokens, LEXICON_EN);
      const s = rules.pos - rules.neg;
      const compound = s / Math.sqrt(s * s + EN_ALPHA);
      const label: SentimentLabel = compound > EN_NEUTRAL_BAND ? 'positive' : compound < -EN_NEUTRAL_BAND ? 'negative' : 'neutral';
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
