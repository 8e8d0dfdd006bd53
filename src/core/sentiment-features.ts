// The features of the Indonesian sentiment model, shared by the trainer (scripts/model) and
// the worker so that both see exactly the same thing.
import { CONTRASTS, NEGATORS } from './lexicon/polarity-id';
import { isPunct, valenceOf } from './normalize';
import type { Polarity } from './polarity';

/**
 * Receives the features of one post. Words and word pairs come as parts, not joined strings,
 * so the worker can look them up without building a new string per pair.
 */
export interface FeatureSink {
  word(word: string, negated: boolean): void;
  pair(first: string, second: string): void;
  rule(name: string, value: number): void;
}

/** The feature's name as the trained model stores it. */
export const featureName = {
  word: (w: string, negated: boolean) => (negated ? `!${w}` : w),
  pair: (a: string, b: string) => `${a} ${b}`,
};

/** Words after a negator carry a "!" mark up to this many words or the clause's end. */
const NEGATION_SCOPE = 3;

export function sentimentFeatures(tokens: readonly string[], rules: Polarity, emit: FeatureSink): void {
  emit.rule('#bias', 1);
  let negation = 0;
  let prev: string | undefined;
  for (const raw of tokens) {
    if (isPunct(raw)) {
      if (raw === '?') emit.rule('#?', 1);
      else if (raw === '!') emit.rule('#!', 1);
      negation = 0;
      prev = undefined;
      continue;
    }
    if (valenceOf(raw) !== undefined || raw === '<url>' || raw.charCodeAt(0) === 64 /* @ */) continue;
    const t = raw.charCodeAt(0) === 35 /* # */ ? raw.slice(1) : raw;
    if (CONTRASTS.has(t)) {
      negation = 0;
      emit.rule('#contrast', 1);
    }
    const negated = negation > 0;
    emit.word(t, negated);
    // "pelayanannya", "bagusnya", "cepatlah" share a feature with their base word.
    const base = stripParticle(t);
    if (base !== t) emit.word(base, negated);
    if (prev !== undefined) emit.pair(prev, t);
    prev = t;
    if (NEGATORS.has(t)) negation = NEGATION_SCOPE;
    else if (negation > 0) negation--;
  }
  // The rule-based sums generalise beyond the training text's vocabulary (tweets, slang, emoji).
  emit.rule('#pos', Math.log1p(rules.pos));
  emit.rule('#neg', Math.log1p(rules.neg));
}

const PARTICLES = ['nya', 'lah', 'kah', 'pun', 'ku', 'mu'];

/** The word without a clitic particle or possessive ("layanannya" → "layanan"). */
function stripParticle(word: string): string {
  if (word.length < 6) return word;
  for (const p of PARTICLES) if (word.endsWith(p)) return word.slice(0, word.length - p.length);
  return word;
}
