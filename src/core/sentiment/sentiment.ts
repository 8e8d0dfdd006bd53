// Sentiment of one post. Indonesian (and any non-English text) goes through the trained model
// over words, word pairs and the rule-based sums; English goes through the rule-based scorer
// over AFINN + VADER (english.ts), since there is no English training data that carries over.

import { stemmer } from '@orama/stemmers/indonesian';
import { unpackWeights } from '../model/packed-weights';
import { round } from '../round';
import type { Token } from '../text/token';
import { TokenRows } from '../text/token-table';
import { WordPairs, WordPairsBuilder } from '../text/word-pairs';
import type { Sentiment, SentimentLabel } from '../types';
import { englishSentiment } from './english';
import { withEagerness } from './english-eagerness';
import { englishTokens } from './english-tokens';
import { LEXICON_EN, LEXICON_ID } from './lexicon';
import { type PolarityLanguage, polarity, prepareLanguage } from './polarity';
import { type FeatureSink, type FeatureStep, featureToken, RULE, sentimentFeatures } from './sentiment-features';

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

export function makeSentimentModel(weights: ModelWeights): SentimentModel {
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
  const values = unpackWeights(Float64Array, weights.weights);
  const scored = new ScoredTokens(single, negated, new WordPairs(pairs));
  // The rules' offsets by the very strings the walk emits: a few a post, found in a table of
  // six rather than hashed into the table of every word.
  const rules = new Map<string, number>();
  for (const name of Object.values(RULE)) {
    const at = single.get(name);
    if (at !== undefined) rules.set(name, at);
  }
  const logits = new Logits(values, rules, scored);
  prepareLanguage(INDONESIAN);
  prepareLanguage(ENGLISH);
  return {
    knows: (w) => single.has(w) || LEXICON_ID.has(w) || LEXICON_EN.has(w),
    indonesian(tokens) {
      const rules = polarity(tokens, INDONESIAN);
      scored.forPost();
      logits.reset();
      sentimentFeatures(tokens, rules, logits, scored.step);
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
/** Its step in the feature walk, as a number in ScoredTokens' `steps`. */
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

/**
 * Each token as the model scores it, in rows by token id (see TokenRows): what the feature walk
 * needs, and where the weights of its features are.
 */
class ScoredTokens {
  readonly rows = new TokenRows(ROW_INTS, 0, (token, at, rows) => this.fill(token, at, rows));
  /**
   * The distinct steps of the walk: a handful (a word, a negator, a question mark…), so each is
   * one shared object and a token keeps only its number.
   */
  private readonly steps: FeatureStep[] = [];

  constructor(
    private readonly single: ReadonlyMap<string, number>,
    private readonly negated: ReadonlyMap<string, number>,
    private readonly pairs: WordPairs,
  ) {}

  /**
   * The walk reads a token's step, then gives the same token's words and its pair with the word
   * before: the rows of the last two tokens read are kept, so a word costs one look-up, not four.
   */
  private lastToken: Token | undefined;
  private lastAt = 0;
  private prevToken: Token | undefined;
  private prevAt = 0;

  /** Before a post: forgets the tokens kept at hand. */
  forPost(): void {
    this.rows.forPost();
    this.lastToken = this.prevToken = undefined;
  }

  /** The token's step in the walk (the walk's `read`). */
  readonly step = (token: Token): FeatureStep => {
    const at = this.rows.row(token);
    this.prevToken = this.lastToken;
    this.prevAt = this.lastAt;
    this.lastToken = token;
    this.lastAt = at;
    return this.steps[this.rows.ints[at + STEP] as number] as FeatureStep;
  };

  /** Where the token's row starts in `rows.ints`. */
  private rowAt(token: Token): number {
    if (token === this.lastToken) return this.lastAt;
    if (token === this.prevToken) return this.prevAt;
    return this.rows.row(token);
  }

  /** Where in `rows.ints` the offsets of the token's features are, WORDS of them. */
  featuresAt(token: Token, negated: boolean): number {
    return this.rowAt(token) + (negated ? NEGATED : PLAIN);
  }

  /** The offset of the model's weights for the pair of `first` then `second`; -1 if it has none. */
  pairOffset(first: Token, second: Token): number {
    // Each row found before `rows.ints` is read: finding one may grow the table.
    const firstAt = this.rowAt(first);
    const a = this.rows.ints[firstAt + PAIR_FIRST] as number;
    // Most words start no pair of the model: the second word's row is not needed.
    if (a < 0) return -1;
    const secondAt = this.rowAt(second);
    return this.pairs.value(a, this.rows.ints[secondAt + PAIR_SECOND] as number);
  }

  private fill(token: Token, at: number, rows: TokenRows): void {
    const t = featureToken(token.text);
    rows.ints[at + STEP] = this.stepNumber(t);
    rows.ints[at + PAIR_FIRST] = this.pairs.firstNumber(t.word);
    rows.ints[at + PAIR_SECOND] = this.pairs.secondNumber(t.word);
    for (let k = 0; k < WORDS; k++) {
      const w = t.words[k];
      rows.ints[at + PLAIN + k] = w === undefined ? -1 : (this.single.get(w) ?? -1);
      rows.ints[at + NEGATED + k] = w === undefined ? -1 : (this.negated.get(w) ?? -1);
    }
  }

  private stepNumber(t: FeatureStep): number {
    const same = (s: FeatureStep) => s.kind === t.kind && s.rule === t.rule && s.negator === t.negator;
    let n = this.steps.findIndex(same);
    if (n < 0) n = this.steps.push({ kind: t.kind, rule: t.rule, negator: t.negator }) - 1;
    return n;
  }
}

/** The model's three logits for one post, summed feature by feature as the walk emits them. */
class Logits implements FeatureSink {
  // Three plain numbers, not an array: this runs for every word of every post.
  private negative = 0;
  private neutral = 0;
  private positive = 0;

  constructor(
    private readonly values: Float64Array,
    private readonly rules: ReadonlyMap<string, number>,
    private readonly scored: ScoredTokens,
  ) {}

  reset(): void {
    this.negative = this.neutral = this.positive = 0;
  }

  word(token: Token, negated: boolean): void {
    const at = this.scored.featuresAt(token, negated);
    const { ints } = this.scored.rows;
    for (let k = 0; k < WORDS; k++) {
      const offset = ints[at + k] as number;
      if (offset >= 0) this.add(this.values, offset, 1);
    }
  }

  pair(first: Token, second: Token): void {
    const at = this.scored.pairOffset(first, second);
    if (at >= 0) this.add(this.values, at, 1);
  }

  rule(name: string, value: number): void {
    const at = this.rules.get(name);
    if (at !== undefined) this.add(this.values, at, value);
  }

  /** Adds v times the three weights at `at` in `w`. */
  private add(w: Float64Array, at: number, v: number): void {
    this.negative += (w[at] as number) * v;
    this.neutral += (w[at + 1] as number) * v;
    this.positive += (w[at + 2] as number) * v;
  }

  /** The label, score and confidence from the softmax of the logits. */
  sentiment(drivers: string[]): Sentiment {
    const max = Math.max(this.negative, this.neutral, this.positive);
    const negative = Math.exp(this.negative - max);
    const neutral = Math.exp(this.neutral - max);
    const positive = Math.exp(this.positive - max);
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
