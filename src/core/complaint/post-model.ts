// The trained post-kind and category models (scripts/model/train-post.ts writes them to
// model/post-kind.json): what a post does (complaint, inquiry, news, opinion, praise, other)
// with a calibrated probability, and which taxonomy categories it is about. Both read the
// features of post-features.ts, found by a walk of this file's own (see read); a word's feature
// number is kept by token id, and a post is scored into preallocated arrays: no allocation per
// post but the answer.

import { KINDS } from '../kinds';
import { unpackHundredths } from '../model/packed-weights';
import shipped from '../model/post-kind.json';
import { residentArray } from '../model/resident-array';
import type { Token } from '../text/token';
import { RECORD_SHIFT, RECORDS, ROW_FILLED, TokenRows } from '../text/token-table';
import { pairValueIn, residentPairTable, WordPairs, WordPairsBuilder } from '../text/word-pairs';
import type { KindLabel, Sentiment } from '../types';
import { CategoryLogits, NOT_A_CATEGORY, OWN_CATEGORY, SHIPPED_CATEGORY_WEIGHTS } from './category-logits';
import type { Phrase } from './phrase';
import { pushOnce, SeenWords } from './post-drivers';
import {
  featureStem,
  featureWord,
  type PostSignalsSeen,
  SIGNAL,
  stemFeature,
  TOKEN_CLASS,
  tokenClass,
} from './post-features';

export interface PostModelWeights {
  kinds: readonly KindLabel[];
  categories: readonly string[];
  features: readonly string[];
  /** Feature i has kind[6·i …] (the six kinds) and category[C·i …] (C categories), packed (packed-weights.ts). */
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

/** Each signal's feature number in the model. */
type SignalNumbers = { -readonly [name in keyof typeof SIGNAL]: number };
// A token's row in `codes` (int 0 is the table's own mark, see TokenRows):
/** Its token class (post-features.ts) below WORD, else WORD + 1 + its word's feature number… */
const CODE_WORD = 1;
/** …its stem's feature number (-1: no stem, or one the model does not weigh)… */
const CODE_STEM = 2;
/** …and its word's number among the pairs' first and second words (-1: none). */
const CODE_FIRST = 3;
const CODE_SECOND = 4;
const ROW_INTS = 5;
/** The codes' place in the token records: one model's at a time (a test makes others). */
const CODES_PLACE = TokenRows.place(ROW_INTS, 0);
// The walk's constants as this module's own (see RECORDS; an import is read from its module's
// cell, with a check): the token records, a record's size as a shift, the codes' place in it.
const records = RECORDS;
const recordShift = RECORD_SHIFT;
const codesOffset = CODES_PLACE.offset;
const filled = ROW_FILLED;
/** The walk over the tokens returns the classes seen, a bit each, and the number of words from here. */
const WORDS_SHIFT = 8;
const WORD = TOKEN_CLASS.word;
/** Room for a post's features (past it, as for a 20,000-character post, the kinds hear the rest at once). */
const FEATURE_ROOM = 512;
/**
 * The kinds the model reads: the six of kinds.ts, in that order (the trainer writes no other).
 * A constant, so that the sums below keep each kind's in a register; a model of other kinds is
 * refused at start.
 */
const KIND_COUNT = 6;
/** Room for the walk's features (past it, as for a long post, those so far are taken in at once). */
const WALK_ROOM = 512;
/** A phrase group's code (see groupCode): its feature from this bit, its category below. */
const FEATURE_SHIFT = 8;
const CATEGORY_MASK = (1 << FEATURE_SHIFT) - 1;
const CATEGORY_BIAS = 2;
/** The most signals a post lists after its phrases (all of SIGNAL but the bias). */
const SIGNAL_ROOM = 16;

/** The length signal (post-features.ts: log(1 + words) / 4) of the posts with fewer words than this, worked out once. */
const LENGTHS_KEPT = 256;
const LENGTHS = Float64Array.from({ length: LENGTHS_KEPT }, (_, words) => Math.log1p(words) / 4);

// The shipped model's arrays (model/post-kind.json: the worker's one model, see shippedPostModel)
// are this module's own constants, never replaced: V8's optimizing compiler then writes their
// addresses and lengths into the code of the loops that read them, where an array read through a
// field (or a local holding one) is checked, and its address and length loaded, at every element,
// about five instructions an element (callgrind). A model of other weights (tests) keeps its own
// arrays in fields: each loop reads `this.resident ? CONSTANT : this.field`, and in a process that
// runs the shipped model alone the compiler, having seen no other, keeps the constant alone.
const RESIDENT_KIND_W = residentArray(Float32Array, shipped.features.length * KIND_COUNT);
const RESIDENT_KIND_Z = residentArray(Float64Array, KIND_COUNT);
const RESIDENT_KIND_P = residentArray(Float64Array, KIND_COUNT);
const RESIDENT_WALKED = residentArray(Int32Array, WALK_ROOM);
const RESIDENT_KIND_FEATURES = residentArray(Int32Array, FEATURE_ROOM);
const RESIDENT_KIND_VALUES = residentArray(Float64Array, FEATURE_ROOM);
const RESIDENT_SIGNAL_FEATURES = residentArray(Int32Array, SIGNAL_ROOM);
const RESIDENT_SIGNAL_VALUES = residentArray(Float64Array, SIGNAL_ROOM);
const RESIDENT_STAMP = residentArray(Int32Array, shipped.features.length);
/** The word pairs' table, probed by the walk itself (residentPairTable, pairValueIn). */
const RESIDENT_PAIRS = residentPairTable(shipped.features.length);
const RESIDENT_PAIR_SLOTS = RESIDENT_PAIRS.slots;
const RESIDENT_PAIR_FILTER = RESIDENT_PAIRS.filter;
/** pairValueIn as this module's own constant: an imported function is read through its cell and checked at each call. */
const pairValue = pairValueIn;
/** The category half's weights (an imported binding is read through its cell, with a check; this copy is folded). */
const RESIDENT_CAT_W = SHIPPED_CATEGORY_WEIGHTS;
let residentTaken = false;
let residentModel: PostModel | undefined;

/** The shipped model, made at the first call: the one model whose arrays are the module's constants. */
export function shippedPostModel(): PostModel {
  residentModel ??= new PostModel(shipped as PostModelWeights, true);
  return residentModel;
}

/** A softmax term: the likeliest kind's is e⁰, 1 exactly, with no call into the C library for it. */
function softmaxTerm(d: number): number {
  return d === 0 ? 1 : Math.exp(d);
}

/** The length signal of a post with this many words: the very number Math.log1p(words) / 4 gives, from a table for most posts. */
function lengthSignal(words: number): number {
  return words < LENGTHS_KEPT ? (LENGTHS[words] as number) : Math.log1p(words) / 4;
}

export class PostModel {
  readonly kinds: readonly KindLabel[];
  private readonly C: number;
  // Single precision: the weights are stored to two decimals, and half the bytes stay in cache.
  /** Feature i's kind weights at 6·i: made at the feature's first post (see makeKindWeights), 0 until then. */
  private readonly kindW: Float32Array;
  /** Whether this is the shipped model, whose arrays are the module's RESIDENT_ constants. */
  private readonly resident: boolean;
  /** The packed kind weights as counts of hundredths. */
  private readonly kindHundredths: Int16Array;
  private readonly catW: Float32Array;
  private readonly categoryModel: CategoryLogits;
  /** The number of the kind "complaint" (-1 if the model has none). */
  readonly complaintKind: number;
  /** Feature name → number, but for the word pairs, which `pairs` finds by their words' numbers. */
  private readonly byName = new Map<string, number>();
  /** Phrase group → feature number; a group absent from the model has none. */
  private readonly byGroup = new Map<string, number>();
  /**
   * What each token is to the model, in one row by token id (see the CODE_ fields): the walk
   * reads a word's class, word, stem and pair numbers from one place, one look-up a token.
   */
  private readonly codes: TokenRows;
  private readonly pairs: WordPairs;
  private readonly kindP: Float64Array;
  /** The post each feature was last counted in: a word counts once per post. */
  private readonly stamp: Int32Array;
  private post = 0;
  private readonly kindZ: Float64Array;
  /**
   * The post's features for the kinds (as where their weights start) and their values, in the
   * order they come: summed once all are in, each kind's sum in a register.
   */
  private readonly kindFeatures: Int32Array;
  private readonly kindValues: Float64Array;
  private kindCount = 0;
  /**
   * The walk's features (each a word, stem or pair of value 1), in the order they come: listed
   * by the walk alone, then taken in for the kinds and the categories in one tight loop each
   * (see takeWalked), rather than two lists written through two objects' fields a feature.
   */
  private readonly walked: Int32Array;
  /** The post's word features and where their tokens are, for the drivers. */
  private readonly seenWords = new SeenWords();
  private phrases: readonly Phrase[] = [];
  /** Each phrase's category, by its place in `phrases`: the model's number, OWN_CATEGORY or NOT_A_CATEGORY. */
  private phraseCategory = new Int32Array(16);
  /** Whether the post just read holds a category's keyword. */
  namesCategory = false;
  /** Each taxonomy's table of what a phrase group is to the model (see groupCode), made as groups come. */
  private readonly groupCodes = new WeakMap<ReadonlyMap<string, string>, Map<string, number>>();
  private lastGroups: ReadonlyMap<string, string> | undefined;
  private lastCodes: Map<string, number> | undefined;
  /** The tokens of the post just read (the drivers' words are found among them by position). */
  private tokens: readonly Token[] = [];
  /** The signals' feature numbers (-1: a signal the model lacks), read by name once at start-up. */
  private readonly signals: SignalNumbers;
  /** The post's signals after its phrases, listed for takeSignals: their features and values. */
  private readonly signalFeatures: Int32Array;
  private readonly signalValues: Float64Array;

  /** `resident`: shippedPostModel's alone (the module's arrays are one model's). */
  constructor(
    private readonly w: PostModelWeights,
    resident = false,
  ) {
    this.kinds = w.kinds;
    if (w.kinds.length !== KIND_COUNT || w.kinds.some((k, i) => k !== KINDS[i]))
      throw new Error(`the post model reads the kinds ${KINDS.join(', ')}; this one has ${w.kinds.join(', ')}`);
    this.C = w.categories.length;
    // The kind weights of a feature are made at its first post, as its category weights are
    // (category-logits.ts tells of it): not 130,000 at start-up.
    this.kindHundredths = unpackHundredths(w.kind);
    if (resident) {
      if (residentTaken || this.kindHundredths.length !== RESIDENT_KIND_W.length)
        throw new Error('only the shipped post model holds the resident arrays');
      residentTaken = true;
    }
    this.resident = resident;
    this.kindW = resident ? RESIDENT_KIND_W : new Float32Array(this.kindHundredths.length);
    this.walked = resident ? RESIDENT_WALKED : new Int32Array(WALK_ROOM);
    this.kindFeatures = resident ? RESIDENT_KIND_FEATURES : new Int32Array(FEATURE_ROOM);
    this.kindValues = resident ? RESIDENT_KIND_VALUES : new Float64Array(FEATURE_ROOM);
    this.signalFeatures = resident ? RESIDENT_SIGNAL_FEATURES : new Int32Array(SIGNAL_ROOM);
    this.signalValues = resident ? RESIDENT_SIGNAL_VALUES : new Float64Array(SIGNAL_ROOM);
    this.categoryModel = new CategoryLogits(w, (i) => this.makeKindWeights(i), resident);
    this.catW = this.categoryModel.catW;
    this.complaintKind = w.kinds.indexOf('complaint');
    if (this.C + CATEGORY_BIAS > CATEGORY_MASK || w.features.length >= 2 ** (31 - FEATURE_SHIFT))
      throw new Error('too many categories or features for a phrase group code');
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
    const signals = {} as SignalNumbers;
    for (const name of Object.keys(SIGNAL) as (keyof typeof SIGNAL)[]) signals[name] = byName.get(SIGNAL[name]) ?? -1;
    this.signals = signals;
    if (resident && w.features.length !== RESIDENT_STAMP.length)
      throw new Error('only the shipped post model holds the resident arrays');
    this.stamp = resident ? RESIDENT_STAMP : new Int32Array(w.features.length);
    this.kindZ = resident ? RESIDENT_KIND_Z : new Float64Array(KIND_COUNT);
    this.kindP = resident ? RESIDENT_KIND_P : new Float64Array(KIND_COUNT);
    this.pairs = new WordPairs(pairs, resident ? RESIDENT_PAIRS : undefined);
    this.codes = new TokenRows(CODES_PLACE, (t, at, rows) => {
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
  }

  /**
   * Reads a post: each kind's probability, in the model's kind order (the model's own array:
   * read it before the next post). Then `categories` and `drivers` may be asked of it.
   *
   * The features are those postFeatures (post-features.ts) emits for the trainer, in the same
   * order, but scored as they are found: each token's class and numbers come from its row, a
   * feature's weights are taken in where the trainer's walk would name it, with no call through
   * a sink a feature (post-walk.test.ts holds the two walks to the same logits).
   */
  read(
    tokens: readonly Token[],
    found: readonly Phrase[],
    seen: PostSignalsSeen,
    sentiment: Sentiment,
    categoryGroups: ReadonlyMap<string, string>,
    cueLogit: number,
  ): Float64Array {
    this.post++;
    // A loop, not fill(): TypedArray.prototype.fill is a call into the runtime.
    const kindZ = this.resident ? RESIDENT_KIND_Z : this.kindZ;
    for (let k = 0; k < KIND_COUNT; k++) kindZ[k] = 0;
    this.kindCount = 0;
    this.seenWords.clear();
    this.categoryModel.reset();
    this.phrases = found;
    const s = this.signals;
    this.tokens = tokens;
    this.signal(s.bias, 1);
    const walked = this.walkTokens(tokens);
    let anyCategory = false;
    // Each phrase's group looked up once, in the taxonomy's own table of what a group is to the
    // model (its feature and its category, see groupCode): the categories and the drivers then
    // read the category by the phrase's place.
    const codes = this.groupCodesOf(categoryGroups);
    let phraseCategory = this.phraseCategory;
    if (phraseCategory.length < found.length) phraseCategory = this.phraseCategory = new Int32Array(found.length * 2);
    for (let j = 0; j < found.length; j++) {
      const group = (found[j] as Phrase).group;
      const code = codes.get(group) ?? this.groupCode(codes, group, categoryGroups);
      const category = (code & CATEGORY_MASK) - CATEGORY_BIAS;
      phraseCategory[j] = category;
      if (category !== NOT_A_CATEGORY) anyCategory = true;
      const i = (code >> FEATURE_SHIFT) - 1;
      if (i >= 0) this.phrase(i);
    }
    this.namesCategory = anyCategory;
    // The signals listed in order, then taken in in one loop (takeSignals): a call each cost
    // more than its sums.
    const f = this.resident ? RESIDENT_SIGNAL_FEATURES : this.signalFeatures;
    const v = this.resident ? RESIDENT_SIGNAL_VALUES : this.signalValues;
    let n = 0;
    if (seen.hasQuestion) {
      f[n] = s.question;
      v[n++] = 1;
    }
    if (walked & (1 << TOKEN_CLASS.exclamation)) {
      f[n] = s.exclamation;
      v[n++] = 1;
    }
    if (seen.mentionsCare) {
      f[n] = s.care;
      v[n++] = 1;
    } else if (walked & (1 << TOKEN_CLASS.mention)) {
      f[n] = s.mention;
      v[n++] = 1;
    }
    if (walked & (1 << TOKEN_CLASS.url)) {
      f[n] = s.url;
      v[n++] = 1;
    }
    if (walked & (1 << TOKEN_CLASS.emojiNegative)) {
      f[n] = s.emojiNegative;
      v[n++] = 1;
    }
    if (walked & (1 << TOKEN_CLASS.emojiPositive)) {
      f[n] = s.emojiPositive;
      v[n++] = 1;
    }
    if (anyCategory) {
      f[n] = s.anyCategory;
      v[n++] = 1;
    }
    const score = sentiment.score;
    if (score < 0) {
      f[n] = s.negative;
      v[n++] = -score;
    } else if (score > 0) {
      f[n] = s.positive;
      v[n++] = score;
    }
    if (sentiment.label === 'neutral') {
      f[n] = s.neutral;
      v[n++] = 1;
    }
    f[n] = s.length;
    v[n++] = lengthSignal(walked >>> WORDS_SHIFT);
    f[n] = s.cues;
    v[n++] = cueLogit;
    this.takeSignals(n);
    return this.kindProbabilities();
  }

  /**
   * The tokens' features (a word, its stem, its pair with the word before; each once per post):
   * returns the classes seen, a bit each, and the number of words from WORDS_SHIFT.
   *
   * The walk only lists them (and the words, with their places, for the drivers), in locals; the
   * kinds and the categories take them in after it (takeWalked), each in a loop of its own:
   * inlined here, their two lists and their counts were written through fields at every feature,
   * and a stem's or a pair's went through a call.
   */
  private walkTokens(tokens: readonly Token[]): number {
    const { codes, pairs, post, seenWords, resident } = this;
    // The shipped model's stamps and list as the module's constants (see RESIDENT_KIND_W): read
    // through the fields, each of the three or so reads a feature loaded the array's address and
    // length again.
    const stamp = resident ? RESIDENT_STAMP : this.stamp;
    const walked = resident ? RESIDENT_WALKED : this.walked;
    // The pairs' table too (pairValueIn), its numbers in untagged locals.
    const pairSlots = resident ? RESIDENT_PAIR_SLOTS : pairs.slots;
    const pairFilter = resident ? RESIDENT_PAIR_FILTER : pairs.filter;
    const secondCount = pairs.secondCount | 0;
    const pairShift = pairs.shift | 0;
    const filterShift = pairs.filterShift | 0;
    const pairMask = pairs.slotMask | 0;
    // Each token's row found here, by its id, in the records: no call and no chain of fields a
    // token (see ByTokenId.forPost).
    codes.forPost();
    const seenFeatures = seenWords.features;
    const seenAt = seenWords.positions;
    const seenRoom = seenFeatures.length | 0;
    let seen = 0;
    const ints = records;
    let classes = 0;
    let words = 0;
    let count = 0;
    /** The word before's number among the pairs' first words; -1 after anything but a word. */
    let before = -1;
    for (let n = 0; n < tokens.length; n++) {
      const t = tokens[n] as Token;
      let at = (t.id << recordShift) + codesOffset;
      // `| 0`: the place stays an untagged whole number through the loop.
      if (ints[at] !== filled) at = codes.fillAt(t, at) | 0;
      const code = ints[at + CODE_WORD] as number;
      if (code < WORD) {
        classes |= 1 << code;
        before = -1;
        continue;
      }
      words++;
      // Room for this token's three.
      if (count > WALK_ROOM - 3) {
        this.takeWalked(count);
        count = 0;
      }
      if (code > WORD) {
        const i = code - WORD - 1;
        if (stamp[i] !== post) {
          stamp[i] = post;
          walked[count++] = i;
          if (seen < seenRoom) {
            seenFeatures[seen] = i;
            seenAt[seen] = n;
            seen++;
          }
        }
      }
      const stem = ints[at + CODE_STEM] as number;
      if (stem >= 0 && stamp[stem] !== post) {
        stamp[stem] = post;
        walked[count++] = stem;
      }
      const pairSecond = before >= 0 ? (ints[at + CODE_SECOND] as number) : -1;
      if (pairSecond >= 0) {
        const pair = pairValue(
          pairSlots,
          pairFilter,
          before * secondCount + pairSecond,
          pairShift,
          filterShift,
          pairMask,
        );
        if (pair >= 0 && stamp[pair] !== post) {
          stamp[pair] = post;
          walked[count++] = pair;
        }
      }
      before = ints[at + CODE_FIRST] as number;
    }
    seenWords.count = seen;
    this.takeWalked(count);
    return classes | (words << WORDS_SHIFT);
  }

  /**
   * Takes in the walk's first `count` features (each of value 1) after those before them: the
   * categories keep the ones that weigh (asking each at its first post, which makes its kind
   * weights: see makeKindWeights), then the kinds add them, six sums in registers, in the order
   * they came, so the sums are the same numbers as feature by feature.
   */
  private takeWalked(count: number): void {
    const resident = this.resident;
    const walked = resident ? RESIDENT_WALKED : this.walked;
    this.categoryModel.keepOnes(walked, count);
    // The features before the walk's (the bias) first.
    this.kindSums();
    const kindZ = resident ? RESIDENT_KIND_Z : this.kindZ;
    const kindW = resident ? RESIDENT_KIND_W : this.kindW;
    let z0 = kindZ[0] as number;
    let z1 = kindZ[1] as number;
    let z2 = kindZ[2] as number;
    let z3 = kindZ[3] as number;
    let z4 = kindZ[4] as number;
    let z5 = kindZ[5] as number;
    // `| 0`: whole numbers that cannot overflow, so the compiler checks none.
    for (let f = 0; f < count; f++) {
      const at = ((walked[f] as number) * 6) | 0;
      z0 += kindW[at] as number;
      z1 += kindW[(at + 1) | 0] as number;
      z2 += kindW[(at + 2) | 0] as number;
      z3 += kindW[(at + 3) | 0] as number;
      z4 += kindW[(at + 4) | 0] as number;
      z5 += kindW[(at + 5) | 0] as number;
    }
    kindZ[0] = z0;
    kindZ[1] = z1;
    kindZ[2] = z2;
    kindZ[3] = z3;
    kindZ[4] = z4;
    kindZ[5] = z5;
  }

  /**
   * Takes in the signals listed (signalFeatures, signalValues; a feature -1 is one the model
   * lacks) after the features before them, as `add` one by one would: the categories keep the
   * ones that weigh, the kinds add them in order, six sums in registers (the same numbers).
   */
  private takeSignals(count: number): void {
    // The features before the signals (the phrases) first.
    this.kindSums();
    const { categoryModel, resident } = this;
    const kindZ = resident ? RESIDENT_KIND_Z : this.kindZ;
    const kindW = resident ? RESIDENT_KIND_W : this.kindW;
    const signalFeatures = resident ? RESIDENT_SIGNAL_FEATURES : this.signalFeatures;
    const signalValues = resident ? RESIDENT_SIGNAL_VALUES : this.signalValues;
    let z0 = kindZ[0] as number;
    let z1 = kindZ[1] as number;
    let z2 = kindZ[2] as number;
    let z3 = kindZ[3] as number;
    let z4 = kindZ[4] as number;
    let z5 = kindZ[5] as number;
    for (let f = 0; f < count; f++) {
      const i = signalFeatures[f] as number;
      if (i < 0) continue;
      const v = signalValues[f] as number;
      // Asked first: at a feature's first post, that makes its kind weights (see makeKindWeights).
      categoryModel.keep(i, v);
      const at = (i * 6) | 0;
      z0 += (kindW[at] as number) * v;
      z1 += (kindW[(at + 1) | 0] as number) * v;
      z2 += (kindW[(at + 2) | 0] as number) * v;
      z3 += (kindW[(at + 3) | 0] as number) * v;
      z4 += (kindW[(at + 4) | 0] as number) * v;
      z5 += (kindW[(at + 5) | 0] as number) * v;
    }
    kindZ[0] = z0;
    kindZ[1] = z1;
    kindZ[2] = z2;
    kindZ[3] = z3;
    kindZ[4] = z4;
    kindZ[5] = z5;
  }

  /**
   * A phrase group reaches the categories once per post, as the trainer counts it; the kinds
   * hear each phrase, as they did before (which of the two suits the kinds is theirs to settle).
   */
  private phrase(i: number): void {
    const stamp = this.resident ? RESIDENT_STAMP : this.stamp;
    if (stamp[i] === this.post) this.addToKinds(i, 1);
    else {
      stamp[i] = this.post;
      this.add(i, 1);
    }
  }

  /** A signal's feature (its number, -1 for one the model lacks) with value v. */
  private signal(i: number, v: number): void {
    if (i >= 0) this.add(i, v);
  }

  /**
   * Adds a feature to the kind logits, and keeps it for the category logits, which only some
   * posts need (see categories).
   */
  private add(i: number, v: number): void {
    // Half the features (most word pairs) weigh nothing for any category: not kept. Asked first:
    // at a feature's first post, that makes its kind weights (see makeKindWeights).
    this.categoryModel.keep(i, v);
    this.addToKinds(i, v);
  }

  /**
   * Makes feature i's kind weights (n / 100, the very numbers the packed form holds), at its
   * first post: every feature reaches the kinds through `add` or `takeWalked`, which ask the
   * categories about it first (categoryModel.keep, keepOnes), before a kind sum or the drivers read
   * a weight (a phrase said twice is added once, then taken in again).
   */
  private makeKindWeights(i: number): void {
    const { kindW, kindHundredths } = this;
    for (let at = i * KIND_COUNT, k = 0; k < KIND_COUNT; k++) kindW[at + k] = (kindHundredths[at + k] as number) / 100;
  }

  /** Takes the feature in for the kinds: summed in kindSums, in the order they came. */
  private addToKinds(i: number, v: number): void {
    if (this.kindCount === FEATURE_ROOM) this.kindSums();
    const n = this.kindCount;
    (this.resident ? RESIDENT_KIND_FEATURES : this.kindFeatures)[n] = i * KIND_COUNT;
    (this.resident ? RESIDENT_KIND_VALUES : this.kindValues)[n] = v;
    this.kindCount = n + 1;
  }

  /**
   * Adds the features taken in to the kind logits, feature by feature as before, so the sums are
   * the same numbers; six kinds (the model's) each in a register through the loop.
   */
  private kindSums(): void {
    const resident = this.resident;
    const kindZ = resident ? RESIDENT_KIND_Z : this.kindZ;
    const kindW = resident ? RESIDENT_KIND_W : this.kindW;
    const kindFeatures = resident ? RESIDENT_KIND_FEATURES : this.kindFeatures;
    const kindValues = resident ? RESIDENT_KIND_VALUES : this.kindValues;
    const n = this.kindCount;
    this.kindCount = 0;
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

  /** A taxonomy's group table (posts come in a run under one taxonomy: the last one is kept at hand). */
  private groupCodesOf(categoryGroups: ReadonlyMap<string, string>): Map<string, number> {
    if (categoryGroups === this.lastGroups && this.lastCodes !== undefined) return this.lastCodes;
    let codes = this.groupCodes.get(categoryGroups);
    if (codes === undefined) {
      codes = new Map();
      this.groupCodes.set(categoryGroups, codes);
    }
    this.lastGroups = categoryGroups;
    this.lastCodes = codes;
    return codes;
  }

  /**
   * What a phrase group is to the model, as one whole number, worked out at its first post under
   * a taxonomy and kept in its table: 1 + its feature's number (0: none) from FEATURE_SHIFT, and
   * CATEGORY_BIAS + its category (the model's number, OWN_CATEGORY for a category of the user's
   * own, NOT_A_CATEGORY for a cue group) below.
   */
  private groupCode(codes: Map<string, number>, group: string, categoryGroups: ReadonlyMap<string, string>): number {
    const id = categoryGroups.get(group);
    const category = id === undefined ? NOT_A_CATEGORY : this.w.categories.indexOf(id);
    const code = ((this.byGroup.get(group) ?? -1) + 1) * (1 << FEATURE_SHIFT) + category + CATEGORY_BIAS;
    codes.set(group, code);
    return code;
  }

  private kindProbabilities(): Float64Array {
    const t = this.w.kindTemperature;
    const p = this.resident ? RESIDENT_KIND_P : this.kindP;
    const z = this.resident ? RESIDENT_KIND_Z : this.kindZ;
    // The six kinds in locals, with no array read back at each step.
    const a0 = (z[0] as number) / t;
    const a1 = (z[1] as number) / t;
    const a2 = (z[2] as number) / t;
    const a3 = (z[3] as number) / t;
    const a4 = (z[4] as number) / t;
    const a5 = (z[5] as number) / t;
    const max = Math.max(a0, a1, a2, a3, a4, a5);
    const e0 = softmaxTerm(a0 - max);
    const e1 = softmaxTerm(a1 - max);
    const e2 = softmaxTerm(a2 - max);
    const e3 = softmaxTerm(a3 - max);
    const e4 = softmaxTerm(a4 - max);
    const e5 = softmaxTerm(a5 - max);
    const sum = e0 + e1 + e2 + e3 + e4 + e5;
    p[0] = e0 / sum;
    p[1] = e1 / sum;
    p[2] = e2 / sum;
    p[3] = e3 / sum;
    p[4] = e4 / sum;
    p[5] = e5 / sum;
    return p;
  }

  /**
   * The likeliest kind but "complaint" of the post just read (the first of equals), -1 if none:
   * read from the kind probabilities as the shipped model's constant (see RESIDENT_KIND_P).
   */
  likeliestOtherKind(): number {
    const p = this.resident ? RESIDENT_KIND_P : this.kindP;
    const complaint = this.complaintKind;
    let best = -1;
    for (let k = 0; k < KIND_COUNT; k++) {
      if (k === complaint) continue;
      if (best < 0 || (p[k] as number) > (p[best] as number)) best = k;
    }
    return best;
  }

  /** The kind logits of the post just read, before the temperature, in the model's kind order (its own array). */
  get kindLogits(): Float64Array {
    return this.kindZ;
  }

  /** The category logits of the post just read, in the model's category order (its own array). */
  categoryLogits(): Float64Array {
    return this.categoryModel.logits();
  }

  /**
   * The categories at or above the floor, most likely first, at most three, of the post just
   * read (see CategoryLogits). `firstFloor` false: the likeliest needs the floor as well (a post
   * unlikely to be a complaint).
   */
  categories(categoryGroups: ReadonlyMap<string, string>, firstFloor = true): { id: string; probability: number }[] {
    return this.categoryModel.categories(this.phrases, categoryGroups, firstFloor, this.phraseCategory);
  }

  /** The ids of the categories `categories` gives, in its order (what the analysis reports). */
  categoryIds(categoryGroups: ReadonlyMap<string, string>, firstFloor = true): string[] {
    return this.categoryModel.categoryIds(this.phrases, categoryGroups, firstFloor, this.phraseCategory);
  }

  /**
   * The words that weighed most towards a complaint, then the first category's keywords and
   * words, for the post just read: asked only of a complaint, so most posts pay nothing for it.
   */
  drivers(category: string | undefined, categoryGroups: ReadonlyMap<string, string>): string[] {
    const out: string[] = [];
    const complaint = this.complaintKind;
    const c = category === undefined ? -1 : this.w.categories.indexOf(category);
    // The category's phrases: by the category's number when the model has it, else (the user's
    // own category) by its id.
    const { phrases, phraseCategory } = this;
    if (category !== undefined)
      for (let j = 0; j < phrases.length; j++) {
        const p = phrases[j] as Phrase;
        const own = c < 0 && phraseCategory[j] === OWN_CATEGORY && categoryGroups.get(p.group) === category;
        if (own || (c >= 0 && phraseCategory[j] === c)) pushOnce(out, p.text);
      }
    // Fields in locals: a loop reading them through `this` reads them again at every word.
    const seen = this.seenWords;
    const { features, weights } = seen;
    const C = this.C;
    const catW = this.resident ? RESIDENT_CAT_W : this.catW;
    const kindW = this.resident ? RESIDENT_KIND_W : this.kindW;
    const count = seen.count;
    for (let s = 0; s < count; s++) {
      const i = features[s] as number;
      const toComplaint = complaint < 0 ? 0 : (kindW[i * KIND_COUNT + complaint] as number);
      const toCategory = c < 0 ? 0 : (catW[i * C + c] as number);
      weights[s] = Math.max(toComplaint, toCategory);
    }
    return seen.drivers(out, this.tokens);
  }
}
