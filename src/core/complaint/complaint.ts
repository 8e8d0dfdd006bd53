// Is this post a complaint, about what, how urgent, and does the author ask for help?
// A small logistic model with hand-set weights over the signals below. The weights are the
// project's own judgement (no complaint data may ship); docs/evaluation.md says how they do.

import type { Token } from '../text/token';
import type { ComplaintAnalysis, Sentiment } from '../types';
import type { Phrase } from './phrase';
import { type CompiledTaxonomy, GROUP } from './taxonomy';

/** Per problem cue, up to three (english-complaint.ts takes it back where no service is named). */
export const PROBLEM_WEIGHT = 0.9;

const WEIGHTS = {
  bias: -0.8,
  /** Per unit of negative sentiment score (0…1), when words or cues back it up. */
  negative: 3.0,
  /** The same when only the model says so: no polar word, no problem cue ("bagaimana cara…?"). */
  negativeUnbacked: 1.0,
  /** Per unit of positive sentiment score (0…1). */
  positive: -2.0,
  /** Per problem cue, up to three. */
  problem: PROBLEM_WEIGHT,
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
): CueReading {
  const { categories, problems, inquiry, help, praise, urgencyFlags } = readPhrases(found, taxonomy);
  // Turning to the institution: a help phrase, an inquiry, or naming its account about a problem.
  const aboutAProblem = problems > 0 || hasQuestion || sentiment.label === 'negative';
  const asksForHelp = help || inquiry || (mentionsCare && aboutAProblem);
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
    WEIGHTS.praise * praise +
    (hasQuestion ? WEIGHTS.question : 0) +
    (inquiry ? WEIGHTS.inquiry : 0) +
    (mentionsCare ? WEIGHTS.careAccount : 0);
  const probability = Math.round(1000 / (1 + Math.exp(-logit))) / 1000;
  // The flags are reported on any post; urgency itself needs a complaint ("bayi saya sehat, terima
  // kasih" names a flag and is not urgent).
  const is = isComplaint(probability, threshold);
  return { is, probability, categories, urgent: is && urgencyFlags.length > 0, urgencyFlags, asksForHelp, problems };
}

/** The cue model's reading, with the problem cues it counted (english-complaint.ts takes them back). */
export interface CueReading extends ComplaintAnalysis {
  /** Problem cues, up to three. */
  problems: number;
}

/** What the cue model reads of the phrases a post holds. */
interface PhraseCounts {
  /** The taxonomy's categories the phrases name, in the taxonomy's order. */
  categories: string[];
  /** Problem cues, up to three. */
  problems: number;
  /** An inquiry cue without a problem cue. */
  inquiry: boolean;
  help: boolean;
  /** Praise cues, up to two. */
  praise: number;
  /** The urgency flags, in the order the post says them. */
  urgencyFlags: string[];
}

/**
 * Reads the phrases in one pass (they are few, but a pass per group and per category cost more
 * than the rest of the cue model). The groups are the taxonomy's own strings, so most of the
 * comparisons are of one string with itself.
 */
function readPhrases(found: readonly Phrase[], taxonomy: CompiledTaxonomy): PhraseCounts {
  let problems = 0;
  let inquiryCue = false;
  let help = false;
  let praise = 0;
  const urgencyFlags: string[] = [];
  // Made only for a post that names a category (few do).
  let categoryGroups: string[] | undefined;
  for (const p of found) {
    const g = p.group;
    if (g === GROUP.problem) problems++;
    else if (g === GROUP.help) help = true;
    else if (g === GROUP.inquiry) inquiryCue = true;
    else if (g === GROUP.praise) praise++;
    else if (g === GROUP.urgency) urgencyFlags.push(p.text);
    else if (g !== GROUP.brand) {
      categoryGroups ??= [];
      categoryGroups.push(g);
    }
  }
  const categories: string[] = [];
  // Most posts name no category: then the taxonomy's list is not walked.
  if (categoryGroups !== undefined)
    for (const c of taxonomy.categories) if (categoryGroups.includes(c.group)) categories.push(c.id);
  return {
    categories,
    problems: Math.min(problems, 3),
    inquiry: problems === 0 && inquiryCue,
    help,
    praise: Math.min(praise, 2),
    urgencyFlags,
  };
}

/**
 * The decision, in one place: a complaint from the threshold's probability on. (Urgent only when
 * it is a complaint with an urgency flag: see analyzeComplaint.)
 */
export function isComplaint(probability: number, threshold = COMPLAINT_THRESHOLD): boolean {
  return probability >= threshold;
}
