// The features of the Indonesian sentiment model, shared by the trainer (scripts/model) and
// the worker so that both see exactly the same thing.
import { CONTRASTS, NEGATORS } from './lexicon/polarity-id';
import { isPunct, valenceOf } from './normalize';
import type { Polarity } from './polarity';

export type Emit = (feature: string, value: number) => void;

/** Words after a negator carry a "!" mark up to this many words or the clause's end. */
const NEGATION_SCOPE = 3;

export function sentimentFeatures(tokens: readonly string[], rules: Polarity, emit: Emit): void {
  emit('#bias', 1);
  let negation = 0;
  let prev: string | undefined;
  for (const raw of tokens) {
    if (isPunct(raw)) {
      if (raw === '?') emit('#?', 1);
      else if (raw === '!') emit('#!', 1);
      negation = 0;
      prev = undefined;
      continue;
    }
    if (valenceOf(raw) !== undefined || raw === '<url>' || raw.charCodeAt(0) === 64 /* @ */) continue;
    const t = raw.charCodeAt(0) === 35 /* # */ ? raw.slice(1) : raw;
    if (CONTRASTS.has(t)) {
      negation = 0;
      emit('#contrast', 1);
    }
    const mark = negation > 0 ? '!' : '';
    emit(mark + t, 1);
    // "pelayanannya", "bagusnya", "cepatlah" share a feature with their base word.
    const base = stripParticle(t);
    if (base !== t) emit(mark + base, 1);
    if (prev !== undefined) emit(`${prev} ${t}`, 1);
    prev = t;
    if (NEGATORS.has(t)) negation = NEGATION_SCOPE;
    else if (negation > 0) negation--;
  }
  // The rule-based sums generalise beyond the training text's vocabulary (tweets, slang, emoji).
  emit('#pos', Math.log1p(rules.pos));
  emit('#neg', Math.log1p(rules.neg));
}

const PARTICLES = ['nya', 'lah', 'kah', 'pun', 'ku', 'mu'];

/** The word without a clitic particle or possessive ("layanannya" → "layanan"). */
export function stripParticle(word: string): string {
  if (word.length < 6) return word;
  for (const p of PARTICLES) if (word.endsWith(p)) return word.slice(0, word.length - p.length);
  return word;
}
