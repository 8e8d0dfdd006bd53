// The features of the Indonesian sentiment model, shared by the trainer (scripts/model) and
// the worker so that both see exactly the same thing.
//
// The walk has two parts: what one token is to the model (featureToken: it depends on the
// token alone), and the walk over a post (sentimentFeatures: negation scope, clause ends, word
// pairs). The trainer reads every token afresh and names features through sentimentFeatures.
// The worker reads each distinct token once (featureToken) and keeps its step and where its
// weights are in a row by token id, and walks a post with a copy of sentimentFeatures' rules
// that adds the weights where this walk names a feature (sentiment.ts: no string work and no call
// a feature); sentiment-walk.test.ts holds the two to the same reading on every corpus post.

import { isPunct, valenceOf } from '../text/normalize';
import { stripParticle } from '../text/particles';
import type { Token } from '../text/token';
import type { Polarity } from './polarity';
import { CONTRASTS, NEGATORS } from './polarity-id';

/** The features that are not words, by the name the trained model stores them under. */
export const RULE = {
  bias: '#bias',
  question: '#?',
  exclamation: '#!',
  contrast: '#contrast',
  positive: '#pos',
  negative: '#neg',
} as const;

/** What the walk over a post needs to know of one token. */
export interface FeatureStep {
  /**
   * "clause": punctuation, which ends negation's reach and a word pair; "ignored": emoji, URLs
   * and mentions (the rule-based sums read emoji); "word": a word or a hashtag's word.
   */
  kind: 'clause' | 'ignored' | 'word';
  /** The rule the token fires: a question or exclamation mark, or a contrast ("tapi"). */
  rule?: string;
  /** Words after a negator carry a "!" mark (see NEGATION_SCOPE). */
  negator: boolean;
}

/** What one token is to the model: its step in the walk, and the words its features are made of. */
export interface FeatureToken extends FeatureStep {
  /** The word ("#kecewa" → "kecewa"); word pairs are made of it. Empty for other kinds. */
  word: string;
  /**
   * The word's features: the word itself, then, for "pelayanannya" or "cepatlah", its base
   * without the particle, which shares a feature with the bare word.
   */
  words: readonly string[];
}

/**
 * Receives the features of one post. A token's words and a pair come as the tokens themselves,
 * not joined strings (the trainer names them from the tokens' text).
 */
export interface FeatureSink {
  /** One feature per word of the token's FeatureToken `words`, marked negated or not. */
  word(token: Token, negated: boolean): void;
  /** The feature of two consecutive words of a clause (their FeatureToken `word`s). */
  pair(first: Token, second: Token): void;
  rule(name: string, value: number): void;
}

/** The feature's name as the trained model stores it. */
export const featureName = {
  word: (w: string, negated: boolean) => (negated ? `!${w}` : w),
  pair: (a: string, b: string) => `${a} ${b}`,
};

/** Words after a negator carry a "!" mark up to this many words or the clause's end. */
export const NEGATION_SCOPE = 3;

const NO_WORDS: readonly string[] = [];

export function featureToken(raw: string): FeatureToken {
  if (isPunct(raw)) {
    const rule = raw === '?' ? RULE.question : raw === '!' ? RULE.exclamation : undefined;
    return { kind: 'clause', rule, word: '', words: NO_WORDS, negator: false };
  }
  if (valenceOf(raw) !== undefined || raw === '<url>' || raw.charCodeAt(0) === 64 /* @ */) {
    return { kind: 'ignored', word: '', words: NO_WORDS, negator: false };
  }
  const t = raw.charCodeAt(0) === 35 /* # */ ? raw.slice(1) : raw;
  const base = stripParticle(t);
  return {
    kind: 'word',
    rule: CONTRASTS.has(t) ? RULE.contrast : undefined,
    word: t,
    words: base === t ? [t] : [t, base],
    negator: NEGATORS.has(t),
  };
}

/**
 * Emits the features of a post's tokens. `read` gives each token's step: its featureToken.
 */
export function sentimentFeatures(
  tokens: readonly Token[],
  rules: Polarity,
  emit: FeatureSink,
  read: (token: Token) => FeatureStep,
): void {
  emit.rule(RULE.bias, 1);
  let negation = 0;
  let prev: Token | undefined;
  for (const raw of tokens) {
    const t = read(raw);
    if (t.kind === 'ignored') continue;
    if (t.kind === 'clause') {
      if (t.rule !== undefined) emit.rule(t.rule, 1);
      negation = 0;
      prev = undefined;
      continue;
    }
    // A contrast starts afresh: "tidak mahal tapi lambat" does not negate "lambat".
    if (t.rule !== undefined) {
      negation = 0;
      emit.rule(t.rule, 1);
    }
    emit.word(raw, negation > 0);
    if (prev !== undefined) emit.pair(prev, raw);
    prev = raw;
    if (t.negator) negation = NEGATION_SCOPE;
    else if (negation > 0) negation--;
  }
  // The rule-based sums generalise beyond the training text's vocabulary (tweets, slang, emoji).
  emit.rule(RULE.positive, Math.log1p(rules.pos));
  emit.rule(RULE.negative, Math.log1p(rules.neg));
}
