// The trained post-kind and category models (scripts/model/train-post.ts writes them to
// model/post-kind.json): what a post does (complaint, inquiry, news, opinion, praise, other)
// with a calibrated probability, and which taxonomy categories it is about. Both read the
// features of post-features.ts; a word's feature number is kept by token id, and a post is
// scored into preallocated arrays: no allocation per post but the answer.
import type { Token } from '../text/token';
import { TokenTable } from '../text/token-table';
import type { KindLabel, Sentiment } from '../types';
import type { Phrase } from './phrase';
import { featureWord, type PostFeatureSink, type PostSignalsSeen, postFeatures } from './post-features';

export interface PostModelWeights {
  kinds: readonly KindLabel[];
  categories: readonly string[];
  features: readonly string[];
  /** Feature i has kind[K·i …] (K kinds) and category[C·i …] (C categories). */
  kind: readonly number[];
  category: readonly number[];
  /** Calibration on held-out posts: kind logits are divided by this before the softmax. */
  kindTemperature: number;
  /** A category's probability is σ(a·logit + b). */
  categoryScale: number;
  categoryShift: number;
  /** A category is asserted from this probability on (the first one from `firstFloor`). */
  categoryFloor: number;
  firstFloor: number;
}

export interface PostReading {
  kind: KindLabel;
  /** Each kind's probability, in the model's kind order. */
  kindProbabilities: readonly number[];
  /** The categories at or above the floor, most likely first, at most three. */
  categories: { id: string; probability: number }[];
  /** The words and keywords that weighed most for the complaint reading and the first category. */
  drivers: string[];
}

const MAX_CATEGORIES = 3;
const MAX_DRIVERS = 4;
const NO_FEATURE = 1;

export class PostModel {
  readonly kinds: readonly KindLabel[];
  private readonly K: number;
  private readonly C: number;
  private readonly kindW: Float64Array;
  private readonly catW: Float64Array;
  private readonly byName = new Map<string, number>();
  /** Phrase group → feature number; a group absent from the model has none. */
  private readonly byGroup = new Map<string, number>();
  /** Each token's word feature, as 2 + its number (1: none). */
  private readonly wordCodes: TokenTable;
  /** The post each feature was last counted in: a word counts once per post. */
  private readonly stamp: Int32Array;
  private post = 0;
  private readonly kindZ: Float64Array;
  private readonly catZ: Float64Array;
  /** The post's word features and the tokens they came from, for the drivers. */
  private readonly seenFeatures: Int32Array;
  private readonly seenTokens: Token[] = [];
  private seenCount = 0;
  private phrases: Phrase[] = [];
  private readonly sink: PostFeatureSink;

  constructor(private readonly w: PostModelWeights) {
    this.kinds = w.kinds;
    this.K = w.kinds.length;
    this.C = w.categories.length;
    this.kindW = Float64Array.from(w.kind);
    this.catW = Float64Array.from(w.category);
    for (const [i, f] of w.features.entries()) {
      this.byName.set(f, i);
      if (f.startsWith('g:')) this.byGroup.set(f.slice(2), i);
    }
    this.stamp = new Int32Array(w.features.length);
    this.seenFeatures = new Int32Array(256);
    this.kindZ = new Float64Array(this.K);
    this.catZ = new Float64Array(this.C);
    this.wordCodes = new TokenTable((t) => {
      const word = featureWord(t);
      const i = word === undefined ? undefined : this.byName.get(`w:${word}`);
      return i === undefined ? NO_FEATURE : i + 2;
    });
    this.sink = {
      word: (t) => {
        const code = this.wordCodes.of(t);
        if (code === NO_FEATURE) return;
        const i = code - 2;
        if (this.stamp[i] === this.post) return;
        this.stamp[i] = this.post;
        this.add(i, 1);
        if (this.seenCount < this.seenFeatures.length) {
          this.seenFeatures[this.seenCount] = i;
          this.seenTokens[this.seenCount] = t;
          this.seenCount++;
        }
      },
      phrase: (p) => {
        const i = this.byGroup.get(p.group);
        if (i !== undefined) this.add(i, 1);
        this.phrases.push(p);
      },
      signal: (name, v) => {
        const i = this.byName.get(name);
        if (i !== undefined) this.add(i, v);
      },
    };
  }

  read(
    tokens: readonly Token[],
    found: readonly Phrase[],
    seen: PostSignalsSeen,
    sentiment: Sentiment,
    categoryGroups: ReadonlyMap<string, string>,
    cueLogit: number,
  ): PostReading {
    this.wordCodes.forPost();
    this.post++;
    this.kindZ.fill(0);
    this.catZ.fill(0);
    this.seenCount = 0;
    this.phrases = [];
    postFeatures(tokens, found, seen, sentiment, (g) => categoryGroups.has(g), cueLogit, this.sink);
    const kindProbabilities = this.kindProbabilities();
    let best = 0;
    for (let k = 1; k < this.K; k++)
      if ((kindProbabilities[k] as number) > (kindProbabilities[best] as number)) best = k;
    const categories = this.categories(categoryGroups);
    return {
      kind: this.kinds[best] as KindLabel,
      kindProbabilities,
      categories,
      drivers: this.drivers(categories[0]?.id, categoryGroups),
    };
  }

  private add(i: number, v: number): void {
    const { K, C } = this;
    for (let k = 0; k < K; k++) this.kindZ[k] = (this.kindZ[k] as number) + (this.kindW[i * K + k] as number) * v;
    for (let c = 0; c < C; c++) this.catZ[c] = (this.catZ[c] as number) + (this.catW[i * C + c] as number) * v;
  }

  private kindProbabilities(): number[] {
    const t = this.w.kindTemperature;
    let max = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < this.K; k++) max = Math.max(max, (this.kindZ[k] as number) / t);
    const p = new Array<number>(this.K);
    let sum = 0;
    for (let k = 0; k < this.K; k++) {
      p[k] = Math.exp((this.kindZ[k] as number) / t - max);
      sum += p[k] as number;
    }
    for (let k = 0; k < this.K; k++) p[k] = (p[k] as number) / sum;
    return p;
  }

  /**
   * The model's categories at or above the floor, and any category of the user's own whose
   * keywords the post holds (the model has no weights for it: the keyword alone asserts it).
   */
  private categories(categoryGroups: ReadonlyMap<string, string>): { id: string; probability: number }[] {
    const out: { id: string; probability: number }[] = [];
    const { categoryScale: a, categoryShift: b, categoryFloor, firstFloor } = this.w;
    for (let c = 0; c < this.C; c++) {
      const id = this.w.categories[c] as string;
      const probability = round(1 / (1 + Math.exp(-(a * (this.catZ[c] as number) + b))));
      if (probability >= firstFloor) out.push({ id, probability });
    }
    for (const p of this.phrases) {
      const id = categoryGroups.get(p.group);
      if (id !== undefined && !this.w.categories.includes(id) && !out.some((c) => c.id === id)) {
        out.push({ id, probability: categoryFloor });
      }
    }
    out.sort((x, y) => y.probability - x.probability);
    // The first one from the lower floor; the others must be surer.
    let n = 0;
    while (n < out.length && n < MAX_CATEGORIES && (n === 0 || (out[n]?.probability ?? 0) >= categoryFloor)) n++;
    out.length = n;
    return out;
  }

  /** The words that weighed most towards a complaint, then the first category's keywords and words. */
  private drivers(category: string | undefined, categoryGroups: ReadonlyMap<string, string>): string[] {
    const out: string[] = [];
    const complaint = this.kinds.indexOf('complaint');
    const c = category === undefined ? -1 : this.w.categories.indexOf(category);
    for (const p of this.phrases)
      if (category !== undefined && categoryGroups.get(p.group) === category) push(out, p.text);
    const scored: [number, string][] = [];
    for (let s = 0; s < this.seenCount; s++) {
      const i = this.seenFeatures[s] as number;
      const toComplaint = complaint < 0 ? 0 : (this.kindW[i * this.K + complaint] as number);
      const toCategory = c < 0 ? 0 : (this.catW[i * this.C + c] as number);
      const weight = Math.max(toComplaint, toCategory);
      if (weight > 0.3) scored.push([weight, (this.seenTokens[s] as Token).word]);
    }
    scored.sort((x, y) => y[0] - x[0]);
    for (const [, word] of scored) push(out, word);
    return out.slice(0, MAX_DRIVERS);
  }
}

function push(out: string[], s: string): void {
  if (!out.includes(s)) out.push(s);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
