// Sentiment of one post. Indonesian (and any non-English text) goes through the trained model
// over words, word pairs and the rule-based sums; English goes through the rule-based scorer
// over AFINN + VADER (english.ts), since there is no English training data that carries over.

import { stemmer } from '@orama/stemmers/indonesian';
import { unpackWeights } from '../model/packed-weights';
import { residentArray } from '../model/resident-array';
import shipped from '../model/sentiment-id.json';
import { round } from '../round';
import type { Token } from '../text/token';
import { RECORD_SHIFT, RECORDS, ROW_FILLED, TokenRows } from '../text/token-table';
import { pairValueIn, residentPairTable, WordPairs, WordPairsBuilder } from '../text/word-pairs';
import type { Sentiment, SentimentLabel } from '../types';
import { englishSentiment } from './english';
import { withEagerness } from './english-eagerness';
import { englishTokens } from './english-tokens';
import { LEXICON_EN, LEXICON_ID } from './lexicon';
import { type Polarity, type PolarityLanguage, polarity, prepareLanguage } from './polarity';
import { type FeatureStep, featureToken, NEGATION_SCOPE, RULE } from './sentiment-features';

/** The trained model as scripts/model writes it: feature i has weights[3i … 3i+2]. */
export interface ModelWeights {
  features: readonly string[];
  /** Three per feature (packed-weights.ts). */
  weights: string;
}

export const INDONESIAN: PolarityLanguage = { lexicon: LEXICON_ID, negationWord: 'tidak', stem: stemmer };
export const ENGLISH: PolarityLanguage = { lexicon: LEXICON_EN, negationWord: 'not' };

const LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

export interface SentimentModel {
  /** True for a word the model or the word lists know (used to fold "bagusss" → "bagus"). */
  knows(word: string): boolean;
  indonesian(tokens: readonly Token[]): Sentiment;
  /**
   * `text`, the post as written, tells names by their capitals (english-tokens.ts) and eager
   * cues (english-eagerness.ts), which a post to a customer-care account (`mentionsCare`) never has.
   */
  english(tokens: readonly Token[], text?: string, mentionsCare?: boolean): Sentiment;
}

/**
 * The shipped model's weights (model/sentiment-id.json: the worker's model, see
 * shippedSentimentModel) as this module's own constant, never replaced: the walk reads them at an
 * address and length the compiler writes into its code, where an array read through a field is
 * checked, and its address and length loaded, at every weight (see post-model.ts's RESIDENT_
 * constants). A model of other weights keeps its own in a field.
 */
const RESIDENT_VALUES = residentArray(Float64Array, shipped.features.length * 3);
/** The shipped model's word pairs' table as this module's own constants too (residentPairTable). */
const RESIDENT_PAIRS = residentPairTable(shipped.features.length);
const RESIDENT_PAIR_SLOTS = RESIDENT_PAIRS.slots;
const RESIDENT_PAIR_FILTER = RESIDENT_PAIRS.filter;
/** pairValueIn as this module's own constant: an imported function is read through its cell and checked at each call. */
const pairValue = pairValueIn;
let residentModel: SentimentModel | undefined;

/** The shipped model, made at the first call: the one whose weights are RESIDENT_VALUES. */
export function shippedSentimentModel(): SentimentModel {
  residentModel ??= makeModel(shipped, true);
  return residentModel;
}

/** A model of these weights, with arrays of its own (the worker's is shippedSentimentModel). */
export function makeSentimentModel(weights: ModelWeights): SentimentModel {
  return makeModel(weights, false);
}

function makeModel(weights: ModelWeights, resident: boolean): SentimentModel {
  // Feature → offset of its three weights. Negated words sit in their own map.
  const single = new Map<string, number>();
  const negated = new Map<string, number>();
  const { features } = weights;
  const pairs = new WordPairsBuilder(features.length);
  // An index loop, not `entries()` with destructuring: this runs once, in the interpreter, over
  // 28,000 features, where an iterator and an array per feature cost several times the work.
  for (let i = 0; i < features.length; i++) {
    const f = features[i] as string;
    const space = f.indexOf(' ');
    if (space > 0) pairs.add(f.slice(0, space), f.slice(space + 1), i * 3);
    else if (f.charCodeAt(0) === 33 /* ! */) negated.set(f.slice(1), i * 3);
    else single.set(f, i * 3);
  }
  const values = unpackWeights(Float64Array, weights.weights, resident ? RESIDENT_VALUES : undefined);
  const wordPairs = new WordPairs(pairs, resident ? RESIDENT_PAIRS : undefined);
  const scored = new ScoredTokens(single, negated, wordPairs);
  // The rules' offsets by the very strings the walk emits: a few a post, found in a table of
  // six rather than hashed into the table of every word.
  const rules = new Map<string, number>();
  for (const name of Object.values(RULE)) {
    const at = single.get(name);
    if (at !== undefined) rules.set(name, at);
  }
  const logits = new Logits(values, rules, scored, resident);
  prepareLanguage(INDONESIAN);
  prepareLanguage(ENGLISH);
  return {
    knows: (w) => single.has(w) || LEXICON_ID.has(w) || LEXICON_EN.has(w),
    indonesian(tokens) {
      const rules = polarity(tokens, INDONESIAN);
      logits.reset();
      logits.walk(tokens, rules);
      return logits.sentiment(rules.drivers);
    },
    english(tokens, text, mentionsCare) {
      if (text === undefined) return englishSentiment(tokens, polarity(tokens, ENGLISH));
      const read = englishTokens(tokens, text);
      return englishSentiment(read, withEagerness(polarity(read, ENGLISH), text, mentionsCare));
    },
  };
}

// A token's row in ScoredTokens (int 0 is the table's own mark, see TokenRows).
/** Its step in the feature walk (featureToken's kind, rule and negator), packed: see stepCode. */
const STEP = 1;
/** Its word's number among the first and the second words of the model's pairs; -1 if none. */
const PAIR_FIRST = 2;
const PAIR_SECOND = 3;
/**
 * The offsets of its words' features in the model, plain from PLAIN and negated from NEGATED,
 * one per word of the token's `words` (a word and its base: at most two); -1 for none. Offsets,
 * not the weights: most rare words have no feature, and the rows stay small.
 */
const PLAIN = 4;
const NEGATED = 6;
const WORDS = 2;
const ROW_INTS = 8;
/** The model's rows' place in the token records: one model's at a time (a test makes others). */
const ROWS_PLACE = TokenRows.place(ROW_INTS, 0);
// The walk's constants as this module's own (see RECORDS; an import is read from its module's
// cell, with a check): the token records, a record's size as a shift, the rows' place in it.
const records = RECORDS;
const recordShift = RECORD_SHIFT;
const rowsOffset = ROWS_PLACE.offset;
const filled = ROW_FILLED;

// A step packed in one number: its kind in the low bits, a negator's mark, then its rule.
const KIND_BITS = 3;
const IGNORED = 1;
const CLAUSE = 2;
const WORD = 3;
const NEGATOR = 4;
const RULE_SHIFT = 3;
/** The rules a token may fire, numbered from 1 in its step (0: none). */
const TOKEN_RULES: readonly string[] = [RULE.question, RULE.exclamation, RULE.contrast];

/** A softmax term: the likeliest class's is e⁰, 1 exactly, with no call into the C library for it. */
function softmaxTerm(d: number): number {
  return d === 0 ? 1 : Math.exp(d);
}

/** A step as one number: a row holds it, and the walk reads it without an object a step. */
function stepCode(t: FeatureStep): number {
  const kind = t.kind === 'word' ? WORD : t.kind === 'clause' ? CLAUSE : IGNORED;
  const rule = t.rule === undefined ? 0 : TOKEN_RULES.indexOf(t.rule) + 1;
  return kind | (t.negator ? NEGATOR : 0) | (rule << RULE_SHIFT);
}

/**
 * Each token as the model scores it, in rows by token id (see TokenRows): what the feature walk
 * needs, and where the weights of its features are.
 */
class ScoredTokens {
  readonly rows = new TokenRows(ROWS_PLACE, (token, at, rows) => this.fill(token, at, rows));

  constructor(
    private readonly single: ReadonlyMap<string, number>,
    private readonly negated: ReadonlyMap<string, number>,
    readonly pairs: WordPairs,
  ) {}

  private fill(token: Token, at: number, rows: TokenRows): void {
    const t = featureToken(token.text);
    rows.ints[at + STEP] = stepCode(t);
    rows.ints[at + PAIR_FIRST] = this.pairs.firstNumber(t.word);
    rows.ints[at + PAIR_SECOND] = this.pairs.secondNumber(t.word);
    for (let k = 0; k < WORDS; k++) {
      const w = t.words[k];
      rows.ints[at + PLAIN + k] = w === undefined ? -1 : (this.single.get(w) ?? -1);
      rows.ints[at + NEGATED + k] = w === undefined ? -1 : (this.negated.get(w) ?? -1);
    }
  }
}

/**
 * The model's three logits for one post, summed feature by feature in the order the trainer's
 * walk (sentimentFeatures) names them. The worker walks the tokens itself (walk): each token's
 * step and offsets come from its row, and a feature's weights are added where that walk would
 * name it, with no call through a sink a feature (sentiment-walk.test.ts holds the two to the
 * same reading).
 */
class Logits {
  // Three plain numbers, not an array: this runs for every word of every post.
  private negative = 0;
  private neutral = 0;
  private positive = 0;
  /** The rules' offsets (-1: a rule the model lacks): the bias and sums, and each TOKEN_RULES' from 1. */
  private readonly bias: number;
  private readonly positiveSum: number;
  private readonly negativeSum: number;
  private readonly tokenRules: Int32Array;

  constructor(
    private readonly values: Float64Array,
    rules: ReadonlyMap<string, number>,
    private readonly scored: ScoredTokens,
    /** Whether `values` is RESIDENT_VALUES. */
    private readonly resident: boolean,
  ) {
    this.bias = rules.get(RULE.bias) ?? -1;
    this.positiveSum = rules.get(RULE.positive) ?? -1;
    this.negativeSum = rules.get(RULE.negative) ?? -1;
    this.tokenRules = Int32Array.from([-1, ...TOKEN_RULES.map((r) => rules.get(r) ?? -1)]);
  }

  reset(): void {
    this.negative = this.neutral = this.positive = 0;
  }

  /** The post's features, as sentimentFeatures emits them: negation's reach, clauses, word pairs. */
  walk(tokens: readonly Token[], rules: Polarity): void {
    const values = this.resident ? RESIDENT_VALUES : this.values;
    const tokenRules = this.tokenRules;
    const { rows, pairs } = this.scored;
    // The pairs' table: the shipped model's as this module's constants (see RESIDENT_VALUES),
    // its numbers in untagged locals.
    const pairSlots = this.resident ? RESIDENT_PAIR_SLOTS : pairs.slots;
    const pairFilter = this.resident ? RESIDENT_PAIR_FILTER : pairs.filter;
    const secondCount = pairs.secondCount | 0;
    const pairShift = pairs.shift | 0;
    const filterShift = pairs.filterShift | 0;
    const pairMask = pairs.slotMask | 0;
    // Each token's row found here, by its id, in the records: no call and no chain of fields a
    // token (see ByTokenId.forPost).
    rows.forPost();
    const ints = records;
    // The three logits in locals, added to in the trainer's order: fields holding doubles are
    // boxes read and written again at every feature (callgrind). A feature of value 1 adds its
    // weights as they are (w * 1 is w, to the bit).
    let negative = this.negative;
    let neutral = this.neutral;
    let positive = this.positive;
    const bias = this.bias;
    if (bias >= 0) {
      negative += values[bias] as number;
      neutral += values[bias + 1] as number;
      positive += values[bias + 2] as number;
    }
    let negation = 0;
    /** The word before's number among the pairs' first words; -1 at a clause's start. */
    let before = -1;
    for (let n = 0; n < tokens.length; n++) {
      const token = tokens[n] as Token;
      let at = (token.id << recordShift) + rowsOffset;
      // `| 0`: the place stays an untagged whole number through the loop.
      if (ints[at] !== filled) at = rows.fillAt(token, at) | 0;
      const step = ints[at + STEP] as number;
      const kind = step & KIND_BITS;
      if (kind === IGNORED) continue;
      // The token's rule (most have none: its offset is read only for one that has).
      const ruleNumber = step >>> RULE_SHIFT;
      if (kind === CLAUSE) {
        const rule = ruleNumber !== 0 ? (tokenRules[ruleNumber] as number) : -1;
        if (rule >= 0) {
          negative += values[rule] as number;
          neutral += values[rule + 1] as number;
          positive += values[rule + 2] as number;
        }
        negation = 0;
        before = -1;
        continue;
      }
      // A contrast starts afresh: "tidak mahal tapi lambat" does not negate "lambat".
      if (ruleNumber !== 0) {
        negation = 0;
        const rule = tokenRules[ruleNumber] as number;
        if (rule >= 0) {
          negative += values[rule] as number;
          neutral += values[rule + 1] as number;
          positive += values[rule + 2] as number;
        }
      }
      // The token's words (at most two, WORDS), plain or negated.
      const words = at + (negation > 0 ? NEGATED : PLAIN);
      const first = ints[words] as number;
      if (first >= 0) {
        negative += values[first] as number;
        neutral += values[first + 1] as number;
        positive += values[first + 2] as number;
      }
      const second = ints[words + 1] as number;
      if (second >= 0) {
        negative += values[second] as number;
        neutral += values[second + 1] as number;
        positive += values[second + 2] as number;
      }
      const pairSecond = before >= 0 ? (ints[at + PAIR_SECOND] as number) : -1;
      if (pairSecond >= 0) {
        const pair = pairValue(
          pairSlots,
          pairFilter,
          before * secondCount + pairSecond,
          pairShift,
          filterShift,
          pairMask,
        );
        if (pair >= 0) {
          negative += values[pair] as number;
          neutral += values[pair + 1] as number;
          positive += values[pair + 2] as number;
        }
      }
      before = ints[at + PAIR_FIRST] as number;
      if (step & NEGATOR) negation = NEGATION_SCOPE;
      else if (negation > 0) negation--;
    }
    // The rule-based sums generalise beyond the training text's vocabulary (tweets, slang, emoji).
    // A sum of 0 (most posts have one) adds nothing: log1p(0) is 0, and x + w * 0 is x (a logit
    // of -0 would become +0, which the softmax reads the same), with no call into the C library.
    const positiveSum = this.positiveSum;
    if (positiveSum >= 0 && rules.pos !== 0) {
      const v = Math.log1p(rules.pos);
      negative += (values[positiveSum] as number) * v;
      neutral += (values[positiveSum + 1] as number) * v;
      positive += (values[positiveSum + 2] as number) * v;
    }
    const negativeSum = this.negativeSum;
    if (negativeSum >= 0 && rules.neg !== 0) {
      const v = Math.log1p(rules.neg);
      negative += (values[negativeSum] as number) * v;
      neutral += (values[negativeSum + 1] as number) * v;
      positive += (values[negativeSum + 2] as number) * v;
    }
    this.negative = negative;
    this.neutral = neutral;
    this.positive = positive;
  }

  /** The label, score and confidence from the softmax of the logits. */
  sentiment(drivers: string[]): Sentiment {
    const max = Math.max(this.negative, this.neutral, this.positive);
    const negative = softmaxTerm(this.negative - max);
    const neutral = softmaxTerm(this.neutral - max);
    const positive = softmaxTerm(this.positive - max);
    const z = negative + neutral + positive;
    // Three numbers, not an array of them: one allocation less for every post.
    const p0 = negative / z;
    const p1 = neutral / z;
    const p2 = positive / z;
    // The first most probable class, in the order negative, neutral, positive.
    const best = p1 > p0 ? (p2 > p1 ? 2 : 1) : p2 > p0 ? 2 : 0;
    return {
      label: LABELS[best] ?? 'neutral',
      score: round(p2 - p0),
      confidence: round(best === 0 ? p0 : best === 1 ? p1 : p2),
      drivers,
    };
  }
}
