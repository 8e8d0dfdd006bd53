// Logistic regression for the post-kind model (softmax over kinds) and the category model (one
// sigmoid per category, several may hold): AdaGrad, balanced class weights, weights averaged
// over the second half of each run and over several seeded shuffles. Deterministic: the same
// data gives the same model. Each feature has its own L2 and may be pulled towards a prior
// value instead of 0 (a category's own keywords start out as evidence for it).

export interface Doc {
  /** Feature name → value. */
  features: Map<string, number>;
  /** Softmax: the class index. Sigmoids: the indices of the classes that hold. */
  y: number | readonly number[];
}

export interface LogisticOptions {
  classes: number;
  /** One softmax over the classes, or an independent sigmoid per class. */
  link: 'softmax' | 'sigmoid';
  epochs: number;
  learningRate: number;
  seeds: readonly number[];
  /** A feature seen in fewer documents is dropped (it would only memorise). */
  minCount: number;
  /** The same for a word pair ("w:mau tanya"), rarer than words: more documents are needed. */
  minPairCount?: number;
  l2(feature: string): number;
  /** The value a feature's weight for a class is pulled towards (0 unless said). */
  prior?(feature: string, cls: number): number;
  /** Softmax: weigh each class as much as the others however few its examples (else as they come). */
  balanced?: boolean;
  /** Weights smaller than this everywhere are left out of what ships. */
  prune: number;
}

export interface Weights {
  features: string[];
  /** Feature i has weights[K·i … K·i + K − 1]. */
  weights: number[];
}

/** Mulberry32: a small seeded generator, for a reproducible shuffle. */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Row = { y: number | readonly number[]; x: (readonly [number, number])[]; weight: number };

export function trainLogistic(docs: readonly Doc[], o: LogisticOptions): Weights {
  const df = new Map<string, number>();
  for (const d of docs) for (const k of d.features.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const index = new Map<string, number>();
  const enough = (k: string, c: number) =>
    !k.startsWith('w:') || c >= (k.includes(' ') ? (o.minPairCount ?? o.minCount) : o.minCount);
  for (const [k, c] of df) if (enough(k, c)) index.set(k, index.size);
  const K = o.classes;
  const names = [...index.keys()];
  const l2 = Float64Array.from(names, (k) => o.l2(k));
  const prior = new Float64Array(names.length * K);
  names.forEach((k, f) => {
    for (let c = 0; c < K; c++) prior[f * K + c] = o.prior?.(k, c) ?? 0;
  });
  // Balanced weights (softmax): each class counts as much as the others, however few its examples.
  const counts = new Array<number>(K).fill(0);
  for (const d of docs) if (typeof d.y === 'number') counts[d.y] = (counts[d.y] ?? 0) + 1;
  const rows: Row[] = docs.map((d) => ({
    y: d.y,
    x: [...d.features].flatMap(([k, v]) => (index.has(k) ? [[index.get(k) as number, v] as const] : [])),
    weight: typeof d.y === 'number' && o.balanced ? docs.length / (K * Math.max(1, counts[d.y] ?? 1)) : 1,
  }));
  const sum = new Float64Array(names.length * K);
  let snapshots = 0;
  for (const seed of o.seeds) snapshots += run(rows, seed, o, { l2, prior }, sum);
  const features: string[] = [];
  const weights: number[] = [];
  names.forEach((k, f) => {
    const w = Array.from({ length: K }, (_, c) => Math.round(((sum[f * K + c] ?? 0) / snapshots) * 100) / 100);
    if (w.every((x) => Math.abs(x) < o.prune)) return;
    features.push(k);
    weights.push(...w);
  });
  return { features, weights };
}

function run(
  rows: readonly Row[],
  seed: number,
  o: LogisticOptions,
  reg: { l2: Float64Array; prior: Float64Array },
  sum: Float64Array,
): number {
  const K = o.classes;
  const W = Float64Array.from(reg.prior);
  const G = new Float64Array(sum.length).fill(1e-8);
  const random = rng(seed);
  const order = rows.map((_, i) => i);
  const z = new Float64Array(K);
  const g = new Float64Array(K);
  let snapshots = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const r of order) {
      const row = rows[r] as Row;
      z.fill(0);
      for (const [f, v] of row.x) for (let c = 0; c < K; c++) z[c] = (z[c] ?? 0) + (W[f * K + c] ?? 0) * v;
      gradient(z, row.y, o.link, g);
      for (let c = 0; c < K; c++) {
        const gc = (g[c] ?? 0) * row.weight;
        for (const [f, v] of row.x) {
          const at = f * K + c;
          const grad = gc * v + (reg.l2[f] ?? 0) * ((W[at] ?? 0) - (reg.prior[at] ?? 0));
          G[at] = (G[at] ?? 0) + grad * grad;
          W[at] = (W[at] ?? 0) - (o.learningRate * grad) / Math.sqrt(G[at] ?? 1);
        }
      }
    }
    if (epoch >= Math.floor(o.epochs / 2)) {
      for (let i = 0; i < W.length; i++) sum[i] = (sum[i] ?? 0) + (W[i] ?? 0);
      snapshots++;
    }
  }
  return snapshots;
}

/** The loss's gradient by each class's logit, into `g`. */
function gradient(z: Float64Array, y: number | readonly number[], link: 'softmax' | 'sigmoid', g: Float64Array): void {
  const K = z.length;
  if (link === 'softmax') {
    const p = softmax(z);
    for (let c = 0; c < K; c++) g[c] = (p[c] ?? 0) - (c === y ? 1 : 0);
  } else {
    const holds = y as readonly number[];
    for (let c = 0; c < K; c++) g[c] = sigmoid(z[c] ?? 0) - (holds.includes(c) ? 1 : 0);
  }
}

export function softmax(z: ArrayLike<number>): number[] {
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < z.length; c++) max = Math.max(max, z[c] as number);
  const e = Array.from(z, (v) => Math.exp(v - max));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The logits of a document under trained weights (the trainer's view: features by name). */
const indexes = new WeakMap<Weights, Map<string, number>>();
export function logitsOf(w: Weights, K: number, features: Map<string, number>): number[] {
  let at = indexes.get(w);
  if (!at) {
    at = new Map(w.features.map((f, i) => [f, i]));
    indexes.set(w, at);
  }
  const z = new Array<number>(K).fill(0);
  for (const [k, v] of features) {
    const i = at.get(k);
    if (i === undefined) continue;
    for (let c = 0; c < K; c++) z[c] = (z[c] ?? 0) + (w.weights[i * K + c] ?? 0) * v;
  }
  return z;
}
