// Trains the Indonesian sentiment model: a multinomial logistic regression over the features in
// src/core/sentiment/sentiment-features.ts, on SmSA train (a 'ship' set, Apache-2.0). Deterministic: a
// seeded shuffle, fixed epochs, so the same data gives the same model. As a build tool it imports
// the sentiment room directly: the model it writes is what that room loads.
import {
  type FeatureSink,
  featureName,
  featureToken,
  sentimentFeatures,
} from '../../src/core/sentiment/sentiment-features';
import type { Token } from '../../src/core/text/token';
import type { SentimentLabel } from '../../src/core/types';

export const CLASSES: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /**
   * L2 for a word the project's polarity list does not hold (and for word pairs). SmSA's other
   * words speak for its register — reviews and news — as much as for sentiment ("kamu", "sih",
   * "itu" lean negative there and mean nothing in a tweet), so they are held to a strong prior
   * and the listed words and rules carry the model. The value is the strongest on a decade grid
   * that keeps SmSA valid at its unregularised score (docs/model.md has the grid).
   */
  unlistedL2: number;
  /** One training run per seed (each a different shuffle); their weights are averaged. */
  seeds: readonly number[];
  /** A feature seen in fewer training texts is dropped (it would only memorise). */
  minCount: number;
  /** A feature whose weights are all smaller than this is left out of what ships. */
  prune: number;
}

export const DEFAULTS: TrainOptions = {
  epochs: 20,
  learningRate: 0.15,
  l2: 2e-6,
  unlistedL2: 2e-2,
  seeds: [20261125, 1, 2],
  minCount: 2,
  prune: 0.05,
};

export interface TrainedModel {
  classes: readonly SentimentLabel[];
  /** Feature names; feature i has weights[3i … 3i+2], one per class. Flat arrays parse fast. */
  features: string[];
  weights: number[];
}

/** `weight`: how much the text counts (1 unless said: the corpus's posts count more than SmSA's). */
type Doc = { features: Map<string, number>; y: number; weight?: number };

/** Mulberry32: a small seeded generator, for a reproducible shuffle. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function featurize(
  tokens: readonly Token[],
  rules: Parameters<typeof sentimentFeatures>[1],
): Map<string, number> {
  const f = new Map<string, number>();
  const add = (name: string, v: number) => f.set(name, (f.get(name) ?? 0) + v);
  const sink: FeatureSink = {
    word: (t, negated) => {
      for (const w of featureToken(t.text).words) add(featureName.word(w, negated), 1);
    },
    pair: (a, b) => add(featureName.pair(featureToken(a.text).word, featureToken(b.text).word), 1),
    rule: add,
  };
  sentimentFeatures(tokens, rules, sink, (t) => featureToken(t.text));
  return f;
}

/** `listed` tells a feature the project's lists vouch for (a listed word, negated or not, or a rule). */
export function train(docs: Doc[], listed: (feature: string) => boolean, opts: TrainOptions = DEFAULTS): TrainedModel {
  const df = new Map<string, number>();
  for (const d of docs) for (const k of d.features.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [k, c] of df) if (c >= opts.minCount || k.startsWith('#')) index.set(k, index.size);
  const K = CLASSES.length;
  // Balanced class weights: the rare neutral class counts as much as the others in macro-F1.
  const counts = new Array<number>(K).fill(0);
  for (const d of docs) counts[d.y] = (counts[d.y] ?? 0) + (d.weight ?? 1);
  const l2 = new Float64Array(index.size);
  for (const [k, f] of index) l2[f] = listed(k) ? opts.l2 : opts.unlistedL2;
  const total = docs.reduce((s, d) => s + (d.weight ?? 1), 0);
  const classWeight = counts.map((c) => total / (K * Math.max(1, c)));
  const rows: Row[] = docs.map((d) => ({
    y: d.y,
    weight: d.weight ?? 1,
    x: [...d.features].flatMap(([k, v]) => (index.has(k) ? [[index.get(k) as number, v] as const] : [])),
  }));
  // Several runs over differently shuffled data, their weights averaged: one run's result moved
  // by ±0.01 macro-F1 with the shuffle alone, mostly on the small neutral class.
  const sum = new Float64Array(index.size * K);
  let averaged = 0;
  for (const seed of opts.seeds) averaged += run(rows, seed, { classWeight, l2, opts }, sum);
  const W = sum.map((x) => x / averaged);
  const features: string[] = [];
  const weights: number[] = [];
  for (const [k, f] of index) {
    const w = [0, 1, 2].map((c) => Math.round((W[f * K + c] ?? 0) * 100) / 100);
    if (w.every((x) => Math.abs(x) < opts.prune)) continue;
    features.push(k);
    weights.push(...w);
  }
  return { classes: CLASSES, features, weights };
}

type Row = { y: number; x: (readonly [number, number])[]; weight: number };

/**
 * One AdaGrad run over the rows in the order one seed shuffles them; adds its weights, averaged
 * over the second half of the epochs, into `sum` and returns how many snapshots it added.
 */
function run(
  rows: readonly Row[],
  seed: number,
  { classWeight, l2, opts }: { classWeight: readonly number[]; l2: Float64Array; opts: TrainOptions },
  sum: Float64Array,
): number {
  const K = CLASSES.length;
  const W = new Float64Array(sum.length);
  const G = new Float64Array(sum.length).fill(1e-8);
  const random = rng(seed);
  const order = rows.map((_, i) => i);
  const logits = new Float64Array(K);
  let snapshots = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const r of order) {
      const row = rows[r];
      if (!row) continue;
      logits.fill(0);
      for (const [f, v] of row.x) for (let c = 0; c < K; c++) logits[c] = (logits[c] ?? 0) + (W[f * K + c] ?? 0) * v;
      const max = Math.max(...logits);
      let z = 0;
      for (let c = 0; c < K; c++) z += Math.exp((logits[c] ?? 0) - max);
      const cw = (classWeight[row.y] ?? 1) * row.weight;
      for (let c = 0; c < K; c++) {
        const p = Math.exp((logits[c] ?? 0) - max) / z;
        const g = (p - (c === row.y ? 1 : 0)) * cw;
        for (const [f, v] of row.x) {
          const at = f * K + c;
          const grad = g * v + (l2[f] ?? 0) * (W[at] ?? 0);
          G[at] = (G[at] ?? 0) + grad * grad;
          W[at] = (W[at] ?? 0) - (opts.learningRate * grad) / Math.sqrt(G[at] ?? 1);
        }
      }
    }
    // Averaged weights over the second half of training: the model then depends far less on
    // the order the shuffle happened to give the last examples.
    if (epoch >= Math.floor(opts.epochs / 2)) {
      for (let i = 0; i < W.length; i++) sum[i] = (sum[i] ?? 0) + (W[i] ?? 0);
      snapshots++;
    }
  }
  return snapshots;
}
