// The trained post-kind and category models (scripts/model/train-post.ts writes them to
// model/post-kind.json): what a post does (complaint, inquiry, news, opinion, praise, other)
// with a calibrated probability, and which taxonomy categories it is about. Both read the
// features of post-features.ts; a word's feature number is kept by token id, and a post is
// scored into preallocated arrays: no allocation per post but the answer.
import { unpackHundredths } from '../model/packed-weights';
import type { Token } from '../text/token';
import { TokenRows } from '../text/token-table';
import { WordPairs, WordPairsBuilder } from '../text/word-pairs';
import type { KindLabel, Sentiment } from '../types';
import { CategoryLogits } from './category-logits';
import type { Phrase } from './phrase';
import {
  featureStem,
  featureWord,
  type PostFeatureSink,
  type PostSignalsSeen,
  postFeatures,
  SIGNAL,
  stemFeature,
  TOKEN_CLASS,
  tokenClass,
} from './post-features';

export interface PostModelWeights {
  kinds: readonly KindLabel[];
  categories: readonly string[];
  features: readonly string[];
  /** Feature i has kind[K·i …] (K kinds) and category[C·i …] (C categories), packed (packed-weights.ts). */
  kind: string;
  category: string;
  /** Calibration on held-out posts: kind logits are divided by this before the softmax. */
  kindTemperature: number;
  /** A category's probability is σ(a·logit + b). */
  categoryScale: number;
  categoryShift: number;
  /** A category is asserted from this probability on (the first one from `firstFloor`). */
  categoryFloor: number;
  firstFloor: number;
}

const MAX_DRIVERS = 4;
// A token's row in `codes` (int 0 is the table's own mark, see TokenRows):
/** Its token class (post-features.ts) below WORD, else WORD + 1 + its word's feature number… */
const CODE_WORD = 1;
/** …its stem's feature number (-1: no stem, or one the model does not weigh)… */
const CODE_STEM = 2;
/** …and its word's number among the pairs' first and second words (-1: none). */
const CODE_FIRST = 3;
const CODE_SECOND = 4;
const ROW_INTS = 5;
const WORD = TOKEN_CLASS.word;
/** Room for a post's features (past it, as for a 20,000-character post, the kinds hear the rest at once). */
const FEATURE_ROOM = 512;

export class PostModel {
  readonly kinds: readonly KindLabel[];
  private readonly K: number;
  private readonly C: number;
  // Single precision: the weights are stored to two decimals, and half the bytes stay in cache.
  /** Feature i's kind weights at K·i: made at the feature's first post (see makeKindWeights), 0 until then. */
  private readonly kindW: Float32Array;
  /** The packed kind weights as counts of hundredths. */
  private readonly kindHundredths: Int16Array;
  private readonly catW: Float32Array;
  private readonly categoryLogits: CategoryLogits;
  /** The number of the kind "complaint" (-1 if the model has none). */
  readonly complaintKind: number;
  /** Feature name → number, but for the word pairs, which `pairs` finds by their words' numbers. */
  private readonly byName = new Map<string, number>();
  /**
   * The signals' feature numbers, by the very strings post-features.ts emits: a dozen a post,
   * each found in this small table at the first compare, where the table of every feature name
   * would hash into thousands.
   */
  private readonly bySignal = new Map<string, number>();
  /** Phrase group → feature number; a group absent from the model has none. */
  private readonly byGroup = new Map<string, number>();
  /**
   * What each token is to the model, in one row by token id (see the CODE_ fields): the walk
   * reads a word's class, word, stem and pair numbers from one place, one look-up a token.
   */
  private readonly codes: TokenRows;
  private readonly pairs: WordPairs;
  /**
   * The walk asks a token's class, then (for a word) gives the word, its stem and its pair with
   * the token before at once: the rows of the token just classed and of the one before are kept.
   */
  private readonly classOf = (t: Token) => {
    const at = this.codes.row(t);
    this.prevToken = this.lastToken;
    this.prevAt = this.lastAt;
    this.lastToken = t;
    this.lastAt = at;
    return Math.min(WORD, this.codes.ints[at + CODE_WORD] as number);
  };
  private lastToken: Token | undefined;
  private lastAt = 0;
  private prevToken: Token | undefined;
  private prevAt = 0;
  private readonly kindP: Float64Array;
  /** The post each feature was last counted in: a word counts once per post. */
  private readonly stamp: Int32Array;
  private post = 0;
  private readonly kindZ: Float64Array;
  /**
   * The post's features for the kinds (as where their weights start) and their values, in the
   * order they come: summed once all are in, each kind's sum in a register.
   */
  private readonly kindFeatures = new Int32Array(FEATURE_ROOM);
  private readonly kindValues = new Float64Array(FEATURE_ROOM);
  private kindCount = 0;
  /** The post's word features and the tokens they came from, for the drivers. */
  private readonly seenFeatures: Int32Array;
  private readonly seenTokens: Token[] = [];
  /** The drivers' scratch: the weights of the words that weigh, and where they are among the seen. */
  private readonly driverWeights = new Float64Array(256);
  private readonly driverSeen = new Int32Array(256);
  private seenCount = 0;
  private phrases: readonly Phrase[] = [];
  private readonly sink: PostFeatureSink;

  constructor(private readonly w: PostModelWeights) {
    this.kinds = w.kinds;
    this.K = w.kinds.length;
    this.C = w.categories.length;
    // The kind weights of a feature are made at its first post, as its category weights are
    // (category-logits.ts tells of it): not 130,000 at start-up.
    this.kindHundredths = unpackHundredths(w.kind);
    this.kindW = new Float32Array(this.kindHundredths.length);
    this.categoryLogits = new CategoryLogits(w, (i) => this.makeKindWeights(i));
    this.catW = this.categoryLogits.catW;
    this.complaintKind = w.kinds.indexOf('complaint');
    // Word pairs ("w:mau tanya"): found by their words' numbers, never by a joined string.
    const { features } = w;
    const pairs = new WordPairsBuilder(features.length);
    // One index loop over the 21,000 features, not `entries()` with destructuring, and the
    // prefixes told by their char codes: it runs once, in the interpreter, where an iterator, an
    // array per feature or a call per test cost several times the work.
    const { byName, byGroup } = this;
    for (let i = 0; i < features.length; i++) {
      const f = features[i] as string;
      const kind = f.charCodeAt(0);
      const colon = f.charCodeAt(1) === 58; /* : */
      if (colon && kind === 119 /* w */) {
        const space = f.indexOf(' ', 2);
        if (space > 0) {
          pairs.add(f.slice(2, space), f.slice(space + 1), i);
          continue;
        }
      }
      byName.set(f, i);
      if (colon && kind === 103 /* g */) byGroup.set(f.slice(2), i);
    }
    for (const name of Object.values(SIGNAL)) {
      const i = this.byName.get(name);
      if (i !== undefined) this.bySignal.set(name, i);
    }
    this.stamp = new Int32Array(w.features.length);
    this.seenFeatures = new Int32Array(256);
    this.kindZ = new Float64Array(this.K);
    this.kindP = new Float64Array(this.K);
    this.pairs = new WordPairs(pairs);
    this.codes = new TokenRows(ROW_INTS, 0, (t, at, rows) => {
      const c = tokenClass(t.text);
      // Only words have a feature, a stem and pairs: the walk asks them of words alone.
      const word = c === WORD ? featureWord(t) : undefined;
      const i = word === undefined ? undefined : this.byName.get(`w:${word}`);
      rows.ints[at + CODE_WORD] = c !== WORD ? c : i === undefined ? WORD : WORD + 1 + i;
      const stem = c === WORD ? featureStem(t) : undefined;
      rows.ints[at + CODE_STEM] = (stem === undefined ? undefined : this.byName.get(stemFeature(stem))) ?? -1;
      rows.ints[at + CODE_FIRST] = word === undefined ? -1 : this.pairs.firstNumber(word);
      rows.ints[at + CODE_SECOND] = word === undefined ? -1 : this.pairs.secondNumber(word);
    });
    this.sink = {
      word: (t) => {
        const code = this.codeOf(t, CODE_WORD);
        if (code <= WORD) return;
        const i = code - WORD - 1;
        if (this.stamp[i] === this.post) return;
        this.stamp[i] = this.post;
        this.add(i, 1);
        if (this.seenCount < this.seenFeatures.length) {
          this.seenFeatures[this.seenCount] = i;
          this.seenTokens[this.seenCount] = t;
          this.seenCount++;
        }
      },
      stem: (t) => {
        const i = this.codeOf(t, CODE_STEM);
        if (i < 0 || this.stamp[i] === this.post) return;
        this.stamp[i] = this.post;
        this.add(i, 1);
      },
      pair: (a, b) => {
        const first = this.codeOf(a, CODE_FIRST);
        if (first < 0) return;
        const i = this.pairs.value(first, this.codeOf(b, CODE_SECOND));
        if (i < 0 || this.stamp[i] === this.post) return;
        this.stamp[i] = this.post;
        this.add(i, 1);
      },
      // A phrase group reaches the categories once per post, as the trainer counts it; the kinds
      // hear each phrase, as they did before (which of the two suits the kinds is theirs to settle).
      phrase: (p) => {
        const i = this.byGroup.get(p.group);
        if (i === undefined) return;
        if (this.stamp[i] === this.post) this.addToKinds(i, 1);
        else {
          this.stamp[i] = this.post;
          this.add(i, 1);
        }
      },
      signal: (name, v) => {
        const i = this.bySignal.get(name);
        if (i !== undefined) this.add(i, v);
      },
    };
  }

  /**
   * Reads a post: each kind's probability, in the model's kind order (the model's own array:
   * read it before the next post). Then `categories` and `drivers` may be asked of it.
   */
  read(
    tokens: readonly Token[],
    found: readonly Phrase[],
    seen: PostSignalsSeen,
    sentiment: Sentiment,
    categoryGroups: ReadonlyMap<string, string>,
    cueLogit: number,
  ): Float64Array {
    this.codes.forPost();
    this.lastToken = this.prevToken = undefined;
    this.post++;
    this.kindZ.fill(0);
    this.kindCount = 0;
    this.seenCount = 0;
    this.categoryLogits.reset();
    this.phrases = found;
    postFeatures(tokens, found, seen, sentiment, (g) => categoryGroups.has(g), cueLogit, this.sink, this.classOf);
    this.kindSums();
    return this.kindProbabilities();
  }

  /** A field of the token's row: the row of the token just classed, or of the one before, is at hand. */
  private codeOf(t: Token, field: number): number {
    const at = t === this.lastToken ? this.lastAt : t === this.prevToken ? this.prevAt : this.codes.row(t);
    return this.codes.ints[at + field] as number;
  }

  /**
   * Adds a feature to the kind logits, and keeps it for the category logits, which only some
   * posts need (see categories).
   */
  private add(i: number, v: number): void {
    // Half the features (most word pairs) weigh nothing for any category: not kept. Asked first:
    // at a feature's first post, that makes its kind weights (see makeKindWeights).
    this.categoryLogits.keep(i, v);
    this.addToKinds(i, v);
  }

  /**
   * Makes feature i's kind weights (n / 100, the very numbers the packed form holds), at its
   * first post: every feature reaches the kinds through `add`, which asks the categories about it
   * first (categoryLogits.keep), before kindSums or drivers read a weight (a phrase said twice is
   * added once, then taken in again).
   */
  private makeKindWeights(i: number): void {
    const { K, kindW, kindHundredths } = this;
    for (let at = i * K, k = 0; k < K; k++) kindW[at + k] = (kindHundredths[at + k] as number) / 100;
  }

  /** Takes the feature in for the kinds: summed in kindSums, in the order they came. */
  private addToKinds(i: number, v: number): void {
    if (this.kindCount === FEATURE_ROOM) this.kindSums();
    this.kindFeatures[this.kindCount] = i * this.K;
    this.kindValues[this.kindCount] = v;
    this.kindCount++;
  }

  /**
   * Adds the features taken in to the kind logits, feature by feature as before, so the sums are
   * the same numbers; six kinds (the model's) each in a register through the loop.
   */
  private kindSums(): void {
    const { K, kindZ, kindW, kindFeatures, kindValues } = this;
    const n = this.kindCount;
    this.kindCount = 0;
    if (K !== 6) {
      for (let f = 0; f < n; f++) {
        const at = kindFeatures[f] as number;
        const v = kindValues[f] as number;
        for (let k = 0; k < K; k++) kindZ[k] = (kindZ[k] as number) + (kindW[at + k] as number) * v;
      }
      return;
    }
    let z0 = kindZ[0] as number;
    let z1 = kindZ[1] as number;
    let z2 = kindZ[2] as number;
    let z3 = kindZ[3] as number;
    let z4 = kindZ[4] as number;
    let z5 = kindZ[5] as number;
    for (let f = 0; f < n; f++) {
      const at = kindFeatures[f] as number;
      const v = kindValues[f] as number;
      z0 += (kindW[at] as number) * v;
      z1 += (kindW[at + 1] as number) * v;
      z2 += (kindW[at + 2] as number) * v;
      z3 += (kindW[at + 3] as number) * v;
      z4 += (kindW[at + 4] as number) * v;
      z5 += (kindW[at + 5] as number) * v;
    }
    kindZ[0] = z0;
    kindZ[1] = z1;
    kindZ[2] = z2;
    kindZ[3] = z3;
    kindZ[4] = z4;
    kindZ[5] = z5;
  }

  private kindProbabilities(): Float64Array {
    const t = this.w.kindTemperature;
    let max = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < this.K; k++) max = Math.max(max, (this.kindZ[k] as number) / t);
    const p = this.kindP;
    let sum = 0;
    for (let k = 0; k < this.K; k++) {
      p[k] = Math.exp((this.kindZ[k] as number) / t - max);
      sum += p[k] as number;
    }
    for (let k = 0; k < this.K; k++) p[k] = (p[k] as number) / sum;
    return p;
  }

  /**
   * The categories at or above the floor, most likely first, at most three, of the post just
   * read (see CategoryLogits). `firstFloor` false: the likeliest needs the floor as well (a post
   * unlikely to be a complaint).
   */
  categories(categoryGroups: ReadonlyMap<string, string>, firstFloor = true): { id: string; probability: number }[] {
    return this.categoryLogits.categories(this.phrases, categoryGroups, firstFloor);
  }

  /**
   * The words that weighed most towards a complaint, then the first category's keywords and
   * words, for the post just read: asked only of a complaint, so most posts pay nothing for it.
   */
  drivers(category: string | undefined, categoryGroups: ReadonlyMap<string, string>): string[] {
    const out: string[] = [];
    const complaint = this.complaintKind;
    const c = category === undefined ? -1 : this.w.categories.indexOf(category);
    for (const p of this.phrases)
      if (category !== undefined && categoryGroups.get(p.group) === category) push(out, p.text);
    // The words that weigh, heaviest first, the earlier first among equals (an insertion sort
    // into two reused arrays: a third of the posts are complaints, and this made an array a word).
    const { driverWeights: weights, driverSeen: seen } = this;
    let n = 0;
    for (let s = 0; s < this.seenCount; s++) {
      const i = this.seenFeatures[s] as number;
      const toComplaint = complaint < 0 ? 0 : (this.kindW[i * this.K + complaint] as number);
      const toCategory = c < 0 ? 0 : (this.catW[i * this.C + c] as number);
      const weight = Math.max(toComplaint, toCategory);
      if (!(weight > 0.3)) continue;
      let j = n++;
      for (; j > 0 && (weights[j - 1] as number) < weight; j--) {
        weights[j] = weights[j - 1] as number;
        seen[j] = seen[j - 1] as number;
      }
      weights[j] = weight;
      seen[j] = s;
    }
    for (let k = 0; k < n && out.length < MAX_DRIVERS; k++)
      push(out, (this.seenTokens[seen[k] as number] as Token).word);
    if (out.length > MAX_DRIVERS) out.length = MAX_DRIVERS;
    return out;
  }
}

function push(out: string[], s: string): void {
  if (!out.includes(s)) out.push(s);
}
