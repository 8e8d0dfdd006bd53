// The worker scores a post's sentiment features as its own walk finds them (sentiment.ts); the
// trainer names them through sentimentFeatures (sentiment-features.ts). Two walks of one
// definition can drift apart, so here every post of the project's corpus is read both ways: the
// trainer's walk, its named features' weights summed in the order it names them, must give the
// worker's reading to the last digit it reports.
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../scripts/model/train-post';
import { unpackWeights } from '../model/packed-weights';
import sentimentWeights from '../model/sentiment-id.json';
import { round } from '../round';
import { readTokens } from '../text/normalize';
import type { Token } from '../text/token';
import type { Sentiment } from '../types';
import { polarity } from './polarity';
import { INDONESIAN, makeSentimentModel, shippedSentimentModel } from './sentiment';
import { featureName, featureToken, sentimentFeatures } from './sentiment-features';

const model = makeSentimentModel(sentimentWeights);
const offsetOf = new Map(sentimentWeights.features.map((f, i) => [f, i * 3]));
const weights = unpackWeights(Float64Array, sentimentWeights.weights);
const LABELS = ['negative', 'neutral', 'positive'] as const;

/** The reading from the trainer's walk: each named feature's three weights added as it is named. */
function trainerReading(tokens: readonly Token[]): Sentiment {
  const z = [0, 0, 0];
  const add = (name: string, v: number) => {
    const at = offsetOf.get(name);
    if (at === undefined) return;
    z[0] = (z[0] as number) + (weights[at] as number) * v;
    z[1] = (z[1] as number) + (weights[at + 1] as number) * v;
    z[2] = (z[2] as number) + (weights[at + 2] as number) * v;
  };
  const rules = polarity(tokens, INDONESIAN);
  sentimentFeatures(
    tokens,
    rules,
    {
      word: (t, negated) => {
        for (const w of featureToken(t.text).words) add(featureName.word(w, negated), 1);
      },
      pair: (a, b) => add(featureName.pair(featureToken(a.text).word, featureToken(b.text).word), 1),
      rule: add,
    },
    (t) => featureToken(t.text),
  );
  // The softmax and the first most probable class, as the worker reports them.
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max)) as [number, number, number];
  const sum = e[0] + e[1] + e[2];
  const p = e.map((v) => v / sum) as [number, number, number];
  const best = p[1] > p[0] ? (p[2] > p[1] ? 2 : 1) : p[2] > p[0] ? 2 : 0;
  return { label: LABELS[best], score: round(p[2] - p[0]), confidence: round(p[best]), drivers: rules.drivers };
}

describe('the sentiment model reads what the trainer reads', () => {
  it('gives the trainer walk’s reading on every post of the corpus', () => {
    const texts = readCorpus().map((p) => p.text);
    expect(texts.length).toBeGreaterThan(7000);
    const differ: string[] = [];
    // A model with its weights of its own, and the shipped one, whose weights are its module's
    // constant: the two paths of the walk.
    const models = [model, shippedSentimentModel()];
    for (const text of texts) {
      const tokens = readTokens(text, model.knows);
      const want = trainerReading(tokens);
      for (const m of models) {
        const got = m.indonesian(tokens);
        if (got.label !== want.label || got.score !== want.score || got.confidence !== want.confidence)
          differ.push(text);
      }
    }
    expect(differ).toEqual([]);
  }, 60_000);

  it('reads negation, a contrast, a clause mark, a particle and a word pair alike', () => {
    // "tidak ramah" (negated), "tapi" (a contrast ends negation's reach), "?" and "!" (rules),
    // "pelayanannya" (a word and its base), "mau tanya" (a pair), an emoji between two words.
    const text = 'pelayanannya tidak ramah tapi cepat 😊 sekali, mau tanya kenapa lama? kecewa!';
    const tokens = readTokens(text, model.knows);
    expect(model.indonesian(tokens)).toEqual(trainerReading(tokens));
    expect(trainerReading(tokens).score).not.toBe(0);
  });
});
