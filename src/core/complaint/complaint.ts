// Is this post a complaint, about what, how urgent, and does the author ask for help?
// A small logistic model with hand-set weights over the signals below. The weights are the
// project's own judgement (no complaint data may ship); docs/evaluation.md says how they do.

import type { Token } from '../text/token';
import type { ComplaintAnalysis, Sentiment } from '../types';
import type { Phrase } from './phrase';
import { type CompiledTaxonomy, GROUP } from './taxonomy';

const WEIGHTS = {
  bias: -0.8,
  /** Per unit of negative sentiment score (0…1), when words or cues back it up. */
  negative: 3.0,
  /** The same when only the model says so: no polar word, no problem cue ("bagaimana cara…?"). */
  negativeUnbacked: 1.0,
  /** Per unit of positive sentiment score (0…1). */
  positive: -2.0,
  /** Per problem cue, up to three. */
  problem: 0.9,
  help: 0.5,
  /** A taxonomy category matched: the post is about the service. */
  category: 0.4,
  /** Per praise cue, up to two. */
  praise: -0.9,
  question: 0.2,
  /** An inquiry ("bagaimana cara…", "mau tanya") without a problem cue. */
  inquiry: -0.8,
  /** The post mentions a customer-care account ("@AmazonHelp", "@BPJSKesehatanRI"). */
  careAccount: 0.5,
};

/** The decision threshold on the probability, unless the user set another. */
export const COMPLAINT_THRESHOLD = 0.5;

export interface PostSignals {
  hasQuestion: boolean;
  mentionsCare: boolean;
  /** The post names BPJS or JKN (a word, a handle or a hashtag): the kinds are read on such posts. */
  namesBpjs?: boolean;
}

/**
 * The complaint reading of a post from its tokens (as read), the signals and the sentiment,
 * decided at `threshold` (the user's, from the settings, or the default).
 */
export function analyzeComplaint(
  tokens: readonly Token[],
  { hasQuestion, mentionsCare }: PostSignals,
  sentiment: Sentiment,
  taxonomy: CompiledTaxonomy,
  found: readonly Phrase[] = taxonomy.phrases.matches(tokens),
  threshold = COMPLAINT_THRESHOLD,
): ComplaintAnalysis {
  // Most posts hold no phrase at all: then no category needs a look-up.
  const categories = found.length === 0 ? [] : categoriesIn(found, taxonomy);
  const problems = count(found, GROUP.problem, 3);
  const inquiry = problems === 0 && has(found, GROUP.inquiry);
  // Turning to the institution: a help phrase, an inquiry, or naming its account about a problem.
  const aboutAProblem = problems > 0 || hasQuestion || sentiment.label === 'negative';
  const asksForHelp = has(found, GROUP.help) || inquiry || (mentionsCare && aboutAProblem);
  const backed = problems > 0 || sentiment.drivers.length > 0;
  const logit =
    WEIGHTS.bias +
    // A neutral post leaning negative is not evidence: only a negative reading counts.
    (sentiment.label === 'negative'
      ? (backed ? WEIGHTS.negative : WEIGHTS.negativeUnbacked) * -Math.min(0, sentiment.score)
      : 0) +
    WEIGHTS.positive * Math.max(0, sentiment.score) +
    WEIGHTS.problem * problems +
    (asksForHelp ? WEIGHTS.help : 0) +
    (categories.length > 0 ? WEIGHTS.category : 0) +
    WEIGHTS.praise * count(found, GROUP.praise, 2) +
    (hasQuestion ? WEIGHTS.question : 0) +
    (inquiry ? WEIGHTS.inquiry : 0) +
    (mentionsCare ? WEIGHTS.careAccount : 0);
  const probability = Math.round(1000 / (1 + Math.exp(-logit))) / 1000;
  // The flags are reported on any post; urgency itself needs a complaint ("bayi saya sehat, terima
  // kasih" names a flag and is not urgent).
  const urgencyFlags = found.length === 0 ? [] : found.filter((p) => p.group === GROUP.urgency).map((p) => p.text);
  const is = isComplaint(probability, threshold);
  return { is, probability, categories, urgent: is && urgencyFlags.length > 0, urgencyFlags, asksForHelp };
}

/** The taxonomy's categories the phrases name, in the taxonomy's order. */
function categoriesIn(found: readonly Phrase[], taxonomy: CompiledTaxonomy): string[] {
  const out: string[] = [];
  for (const c of taxonomy.categories) if (has(found, c.group)) out.push(c.id);
  return out;
}

/** Whether a phrase of the group was found. */
function has(found: readonly Phrase[], group: string): boolean {
  for (const p of found) if (p.group === group) return true;
  return false;
}

/** How many phrases of the group were found, up to `max`. */
function count(found: readonly Phrase[], group: string, max: number): number {
  let n = 0;
  for (const p of found) if (p.group === group) n++;
  return Math.min(n, max);
}

/**
 * The decision, in one place: a complaint from the threshold's probability on. (Urgent only when
 * it is a complaint with an urgency flag: see analyzeComplaint.)
 */
export function isComplaint(probability: number, threshold = COMPLAINT_THRESHOLD): boolean {
  return probability >= threshold;
}
