// The complaint probability of an English post that does not name BPJS: the post-kind model
// learnt nothing of other services, so the hand-set cue model reads it (complaint.ts), but only
// as a complaint to or about a service. English posts on anything (a TV show, a team, a film)
// hold the cue model's problem words ("not", "still", "again", "never", "can't") and plenty of
// negative feeling; read alone, they made a quarter of general tweets complaints.
import { round } from '../round';
import type { Token } from '../text/token';
import type { Sentiment } from '../types';
import { type CueReading, type PostSignals, PROBLEM_WEIGHT } from './complaint';
import { englishInquiry } from './english-inquiry';
import { wearyCues } from './english-weariness';
import type { Phrase } from './phrase';
import { type ServiceTarget, serviceTarget } from './service-target';

/**
 * How far the cue logit falls for a post that names no service, beyond its problem cues (which
 * then count nothing: "not again" about a team is no reported problem). Set on the project's own
 * English tweets (data/corpus-en): with it the general tweets are complaints one time in twenty,
 * and the service and product complaints of the older files are still heard (docs/model.md).
 */
export const NO_SERVICE_SHIFT = 2;

/** How far the cue logit falls for a post that turns to this target, with this many problem cues. */
export function targetShift(target: ServiceTarget, problems: number): number {
  if (target === 'service') return 0;
  const shift = NO_SERVICE_SHIFT + PROBLEM_WEIGHT * problems;
  // A mention may be of the company's own handle (one that does not look like customer care):
  // half way.
  return target === 'account' ? shift / 2 : shift;
}

/**
 * How far the cue logit falls, at least, for a plain question to a company (english-inquiry.ts):
 * about what the care mention, the "?" and the help request add (0.5 + 0.2 + 0.5 in complaint.ts),
 * so that a question is no complaint by its form alone. Chosen on the project's own posts to care
 * accounts (data/corpus-en/care-questions.jsonl; docs/model.md).
 */
export const INQUIRY_SHIFT = 1.2;

/**
 * How far the cue logit rises per weariness cue (english-weariness.ts), up to two, on a post
 * that turns to a service or some account; a post that turns to nothing gets none ("two hours
 * of my life I'm never getting back" about a film). Chosen on the project's own posts to care
 * accounts (data/corpus-en/care-questions.jsonl) over 0.6 … 3: the smallest of the best (flat
 * from 2 on). One cue on a post to a care account then reads a complaint (0.85), on a post to
 * some other handle about even (0.55).
 */
export const WEARY_WEIGHT = 2;

const NOT_INQUIRY = { is: false, questionCues: 0 };

/** The complaint probability of an English post about some other service than BPJS, as written in `text`. */
export function englishComplaint(
  cues: CueReading,
  tokens: readonly Token[],
  found: readonly Phrase[],
  seen: PostSignals,
  sentiment: Sentiment,
  text: string,
): number {
  const cueProbability = cues.probability;
  const target = serviceTarget(tokens, seen.mentionsCare);
  const weary = target === 'none' ? 0 : wearyCues(tokens, text).length;
  let shift = targetShift(target, cues.problems) - WEARY_WEIGHT * weary;
  // A question that tells a failure ("is PSN down? can't get into any game") asks no plain question.
  const inquiry = weary > 0 ? NOT_INQUIRY : englishInquiry(tokens, found, seen.hasQuestion, sentiment);
  // Its problem cues ("can I still…") are taken back too; a target's own fall may be larger.
  if (inquiry.is) shift = Math.max(shift, INQUIRY_SHIFT + PROBLEM_WEIGHT * inquiry.questionCues);
  if (shift === 0) return cueProbability;
  const q = Math.min(0.999, Math.max(0.001, cueProbability));
  return round(1 / (1 + Math.exp(-(Math.log(q / (1 - q)) - shift))));
}
