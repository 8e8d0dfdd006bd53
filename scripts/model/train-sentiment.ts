// Trains the Indonesian sentiment model: a multinomial logistic regression over the features in
// src/core/sentiment-features.ts, on SmSA train (a 'ship' set, Apache-2.0). Deterministic: a
// seeded shuffle, fixed epochs, so the same data gives the same model.
import {
  type FeatureSink,
  type FeatureToken,
  featureName,
  featureToken,
  sentimentFeatures,
} from '../../src/core/sentiment-features';
import type { SentimentLabel } from '../../src/core/types';

export const CLASSES: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** A feature seen in fewer training texts is dropped (it would only memorise). */
  minCount: number;
  /** A feature whose weights are all smaller than this is left out of what ships. */
  prune: number;
}

export const DEFAULTS: TrainOptions = { epochs: 12, learningRate: 0.15, l2: 2e-6, minCount: 2, prune: 0.05 };

export interface TrainedModel {
  classes: readonly SentimentLabel[];
  /** Feature names; feature i has weights[3i … 3i+2], one per class. Flat arrays parse fast. */
  features: string[];
  weights: number[];
}

type Doc = { features: Map<string, number>; y: number };

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

export function featurize(tokens: readonly string[], rules: Parameters<typeof sentimentFeatures>[1]): Map<string, number> {
  const f = new Map<string, number>();
  const add = (name: string, v: number) => f.set(name, (f.get(name) ?? 0) + v);
  const sink: FeatureSink<FeatureToken> = {
    word: (t, negated) => {
      for (const w of t.words) add(featureName.word(w, negated), 1);
    },
    pair: (a, b) => add(featureName.pair(a.word, b.word), 1),
    rule: add,
  };
  sentimentFeatures(tokens, rules, sink, featureToken);
  return f;
}

export function train(docs: Doc[], opts: TrainOptions = DEFAULTS): TrainedModel {
  const df = new Map<string, number>();
  for (const d of docs) for (const k of d.features.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [k, c] of df) if (c >= opts.minCount || k.startsWith('#')) index.set(k, index.size);
  const K = CLASSES.length;
  const W = new Float64Array(index.size * K);
  const G = new Float64Array(index.size * K).fill(1e-8);
  const Avg = new Float64Array(index.size * K);
  let averaged = 0;
  // Balanced class weights: the rare neutral class counts as much as the others in macro-F1.
  const counts = new Array<number>(K).fill(0);
  for (const d of docs) counts[d.y] = (counts[d.y] ?? 0) + 1;
  const classWeight = counts.map((c) => docs.length / (K * Math.max(1, c)));
  const rows = docs.map((d) => ({
    y: d.y,
    x: [...d.features].flatMap(([k, v]) => (index.has(k) ? [[index.get(k) as number, v] as const] : [])),
  }));
  const random = rng(20261125);
  const order = rows.map((_, i) => i);
  const logits = new Float64Array(K);
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
      const cw = classWeight[row.y] ?? 1;
      for (let c = 0; c < K; c++) {
        const p = Math.exp((logits[c] ?? 0) - max) / z;
        const g = (p - (c === row.y ? 1 : 0)) * cw;
        for (const [f, v] of row.x) {
          const at = f * K + c;
          const grad = g * v + opts.l2 * (W[at] ?? 0);
          G[at] = (G[at] ?? 0) + grad * grad;
          W[at] = (W[at] ?? 0) - (opts.learningRate * grad) / Math.sqrt(G[at] ?? 1);
        }
      }
    }
    // Averaged weights over the second half of training: the model then depends far less on
    // the order the shuffle happened to give the last examples.
    if (epoch >= Math.floor(opts.epochs / 2)) {
      for (let i = 0; i < W.length; i++) Avg[i] = (Avg[i] ?? 0) + (W[i] ?? 0);
      averaged++;
    }
  }
  for (let i = 0; i < W.length; i++) W[i] = (Avg[i] ?? 0) / averaged;
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
