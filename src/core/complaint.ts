// Is this post a complaint, about what, how urgent, and does the author ask for help?
// A small logistic model with hand-set weights over the signals below. The weights are the
// project's own judgement (no complaint data may ship); docs/evaluation.md says how they do.
import { HELP_CUES, PRAISE_CUES, PROBLEM_CUES } from './lexicon/complaint-cues';
import { compilePhrases, type Phrase, phraseIn } from './phrase';
import type { CompiledTaxonomy } from './taxonomy';
import type { ComplaintAnalysis, Sentiment } from './types';

const PROBLEM = compilePhrases(PROBLEM_CUES);
const HELP = compilePhrases(HELP_CUES);
const PRAISE = compilePhrases(PRAISE_CUES);

const WEIGHTS = {
  bias: -0.8,
  /** Per unit of negative sentiment score (0…1). */
  negative: 3.0,
  /** Per unit of positive sentiment score (0…1). */
  positive: -2.0,
  /** Per problem cue, up to three. */
  problem: 0.9,
  help: 0.6,
  /** A taxonomy category matched: the post is about the service. */
  category: 0.4,
  /** Per praise cue, up to two. */
  praise: -0.9,
  question: 0.3,
};

/** The decision threshold on the probability. */
export const COMPLAINT_THRESHOLD = 0.5;

function count(phrases: readonly Phrase[], words: readonly string[], max: number): number {
  let n = 0;
  for (const p of phrases) if (phraseIn(p, words) && ++n >= max) break;
  return n;
}

function matching(phrases: readonly Phrase[], words: readonly string[]): string[] {
  return phrases.filter((p) => phraseIn(p, words)).map((p) => p.words.join(' '));
}

export function analyzeComplaint(
  words: readonly string[],
  hasQuestion: boolean,
  sentiment: Sentiment,
  taxonomy: CompiledTaxonomy,
): ComplaintAnalysis {
  const categories = taxonomy.categories.filter((c) => c.phrases.some((p) => phraseIn(p, words))).map((c) => c.id);
  const asksForHelp = count(HELP, words, 1) > 0 || count(taxonomy.intent, words, 1) > 0;
  const praise = count(PRAISE, words, 2) + count(taxonomy.praise, words, 1);
  const logit =
    WEIGHTS.bias +
    WEIGHTS.negative * Math.max(0, -sentiment.score) +
    WEIGHTS.positive * Math.max(0, sentiment.score) +
    WEIGHTS.problem * count(PROBLEM, words, 3) +
    (asksForHelp ? WEIGHTS.help : 0) +
    (categories.length > 0 ? WEIGHTS.category : 0) +
    WEIGHTS.praise * Math.min(praise, 2) +
    (hasQuestion ? WEIGHTS.question : 0);
  const probability = Math.round(1000 / (1 + Math.exp(-logit))) / 1000;
  const is = probability >= COMPLAINT_THRESHOLD;
  const urgencyFlags = is ? matching(taxonomy.urgency, words) : [];
  return { is, probability, categories, urgent: urgencyFlags.length > 0, urgencyFlags, asksForHelp };
}
