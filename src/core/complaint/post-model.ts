// The trained post-kind and category models (scripts/model/train-post.ts writes them to
// model/post-kind.json): what a post does (complaint, inquiry, news, opinion, praise, other)
// with a calibrated probability, and which taxonomy categories it is about. Both read the
// features of post-features.ts; a word's feature number is kept by token id, and a post is
// scored into preallocated arrays: no allocation per post but the answer.
import { heaviestFirst } from '../heaviest-first';
import { round } from '../round';
import type { Token } from '../text/token';
import { TokenRows } from '../text/token-table';
import { type WordPair, WordPairs } from '../text/word-pairs';
import type { KindLabel, Sentiment } from '../types';
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

const MAX_CATEGORIES = 3;
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
const NO_CATEGORIES: { id: string; probability: number }[] = [];

export class PostModel {
  readonly kinds: readonly KindLabel[];
  private readonly K: number;
  private readonly C: number;
  // Single precision: the weights are stored to two decimals, and half the bytes stay in cache.
  private readonly kindW: Float32Array;
  private readonly catW: Float32Array;
  /** 1 for a feature with some weight for some category. */
  private readonly weighsForCategories: Uint8Array;
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
  /** The category logit from which a category reaches the first floor: a·z + b ≥ logit(floor). */
  private readonly firstLogit: number;
  private readonly floorLogit: number;
  private readonly actives = new WeakMap<ReadonlyMap<string, string>, Uint8Array>();
  private lastGroups: ReadonlyMap<string, string> | undefined;
  private lastActive: Uint8Array | undefined;
  /** The categories whose keywords the post holds. */
  private readonly hit: Uint8Array;
  /** The post each feature was last counted in: a word counts once per post. */
  private readonly stamp: Int32Array;
  private post = 0;
  private readonly kindZ: Float64Array;
  private readonly catZ: Float64Array;
  /** The post's word features and the tokens they came from, for the drivers. */
  private readonly seenFeatures: Int32Array;
  private readonly seenTokens: Token[] = [];
  private seenCount = 0;
  /** Every feature of the post (as where its category weights start) and its value, for the category logits. */
  private readonly keptFeatures = new Int32Array(512);
  private readonly keptValues = new Float64Array(512);
  private keptCount = 0;
  private phrases: readonly Phrase[] = [];
  private readonly sink: PostFeatureSink;

  constructor(private readonly w: PostModelWeights) {
    this.kinds = w.kinds;
    this.K = w.kinds.length;
    this.C = w.categories.length;
    this.kindW = new Float32Array(w.kind);
    this.catW = new Float32Array(w.category);
    this.weighsForCategories = new Uint8Array(w.features.length);
    for (let i = 0; i < w.features.length; i++) {
      for (let c = 0; c < this.C; c++) if (this.catW[i * this.C + c] !== 0) this.weighsForCategories[i] = 1;
    }
    for (const [i, f] of w.features.entries()) {
      this.byName.set(f, i);
      if (f.startsWith('g:')) this.byGroup.set(f.slice(2), i);
    }
    for (const name of Object.values(SIGNAL)) {
      const i = this.byName.get(name);
      if (i !== undefined) this.bySignal.set(name, i);
    }
    this.stamp = new Int32Array(w.features.length);
    this.seenFeatures = new Int32Array(256);
    this.kindZ = new Float64Array(this.K);
    this.kindP = new Float64Array(this.K);
    this.catZ = new Float64Array(this.C);
    this.hit = new Uint8Array(this.C);
    const logitOf = (p: number) => (Math.log(p / (1 - p)) - w.categoryShift) / w.categoryScale;
    this.firstLogit = logitOf(w.firstFloor);
    this.floorLogit = logitOf(w.categoryFloor);
    // Word pairs ("w:mau tanya"): found by their words' numbers, never by a joined string.
    const pairs: WordPair[] = [];
    for (const [i, f] of w.features.entries()) {
      const space = f.indexOf(' ');
      if (f.startsWith('w:') && space > 0) pairs.push([f.slice(2, space), f.slice(space + 1), i]);
    }
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
    this.seenCount = 0;
    this.keptCount = 0;
    this.phrases = found;
    postFeatures(tokens, found, seen, sentiment, (g) => categoryGroups.has(g), cueLogit, this.sink, this.classOf);
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
    this.addToKinds(i, v);
    // Half the features (most word pairs) weigh nothing for any category: not kept.
    if (this.weighsForCategories[i] === 1 && this.keptCount < this.keptFeatures.length) {
      this.keptFeatures[this.keptCount] = i * this.C;
      this.keptValues[this.keptCount] = v;
      this.keptCount++;
    }
  }

  private addToKinds(i: number, v: number): void {
    const { K, kindZ, kindW } = this;
    const at = i * K;
    for (let k = 0; k < K; k++) kindZ[k] = (kindZ[k] as number) + (kindW[at + k] as number) * v;
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
   * read: the model's, and any category of the user's own whose
   * keywords the post holds (the model has no weights for it: the keyword alone asserts it).
   * `firstFloor` false: the likeliest needs the floor as well (a post unlikely to be a complaint).
   */
  categories(categoryGroups: ReadonlyMap<string, string>, firstFloor = true): { id: string; probability: number }[] {
    let out = NO_CATEGORIES;
    const { categoryScale: a, categoryShift: b, categoryFloor } = this.w;
    const C = this.C;
    // Locals, not fields, in the inner loop: V8 then keeps the arrays in registers.
    const { catZ, catW, keptFeatures, keptValues } = this;
    // Category by category, each sum in a register rather than stored back at every feature: the
    // terms are added in the same order as feature by feature, so the sums are the same numbers.
    // Four categories a pass over the features: each feature's place and value read once for four.
    const kept = this.keptCount;
    let c = 0;
    for (; c + 4 <= C; c += 4) {
      let z0 = 0;
      let z1 = 0;
      let z2 = 0;
      let z3 = 0;
      for (let n = 0; n < kept; n++) {
        const at = (keptFeatures[n] as number) + c;
        const v = keptValues[n] as number;
        z0 += (catW[at] as number) * v;
        z1 += (catW[at + 1] as number) * v;
        z2 += (catW[at + 2] as number) * v;
        z3 += (catW[at + 3] as number) * v;
      }
      catZ[c] = z0;
      catZ[c + 1] = z1;
      catZ[c + 2] = z2;
      catZ[c + 3] = z3;
    }
    for (; c < C; c++) {
      let z = 0;
      for (let n = 0; n < kept; n++) z += (catW[(keptFeatures[n] as number) + c] as number) * (keptValues[n] as number);
      catZ[c] = z;
    }
    // Only the taxonomy's categories count (the user may have removed some); a category whose
    // keywords the post holds (the user's own, or the taxonomy's) is asserted at any probability,
    // after the likelier ones.
    const active = this.activeIn(categoryGroups);
    const hit = this.hit;
    hit.fill(0);
    for (const p of this.phrases) {
      const id = categoryGroups.get(p.group);
      const c = id === undefined ? -1 : this.w.categories.indexOf(id);
      if (c >= 0) hit[c] = 1;
    }
    // The likeliest from the first floor, the others from the floor: compared as logits, so only
    // the few asserted pay for an exp and an object.
    let best = -1;
    for (let c = 0; c < C; c++) {
      if (active[c] === 1 && (best < 0 || (catZ[c] as number) > (catZ[best] as number))) best = c;
    }
    for (let c = 0; c < C; c++) {
      if (active[c] !== 1) continue;
      const z = catZ[c] as number;
      if (hit[c] !== 1 && z < (c === best && firstFloor ? this.firstLogit : this.floorLogit)) continue;
      if (out === NO_CATEGORIES) out = [];
      out.push({ id: this.w.categories[c] as string, probability: round(1 / (1 + Math.exp(-(a * z + b)))) });
    }
    for (const p of this.phrases) {
      const id = categoryGroups.get(p.group);
      if (id !== undefined && !this.w.categories.includes(id) && !out.some((c) => c.id === id)) {
        if (out === NO_CATEGORIES) out = [];
        out.push({ id, probability: categoryFloor });
      }
    }
    if (out.length === 0) return out;
    heaviestFirst(out, (c) => c.probability);
    if (out.length > MAX_CATEGORIES) out.length = MAX_CATEGORIES;
    return out;
  }

  /** Which of the model's categories the taxonomy holds (1) or not (0), once per taxonomy. */
  private activeIn(categoryGroups: ReadonlyMap<string, string>): Uint8Array {
    // Posts come in a run under one taxonomy: the last one's answer is kept at hand.
    if (categoryGroups === this.lastGroups && this.lastActive !== undefined) return this.lastActive;
    let active = this.actives.get(categoryGroups);
    if (!active) {
      const ids = new Set(categoryGroups.values());
      active = Uint8Array.from(this.w.categories, (id) => (ids.has(id) ? 1 : 0));
      this.actives.set(categoryGroups, active);
    }
    this.lastGroups = categoryGroups;
    this.lastActive = active;
    return active;
  }

  /**
   * The words that weighed most towards a complaint, then the first category's keywords and
   * words, for the post just read: asked only of a complaint, so most posts pay nothing for it.
   */
  drivers(category: string | undefined, categoryGroups: ReadonlyMap<string, string>): string[] {
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
    heaviestFirst(scored, (x) => x[0]);
    for (const [, word] of scored) push(out, word);
    return out.slice(0, MAX_DRIVERS);
  }
}

function push(out: string[], s: string): void {
  if (!out.includes(s)) out.push(s);
}
