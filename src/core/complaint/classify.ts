// A post's kind and, from it, the complaint reading: the trained post model (post-model.ts)
// gives the kind and its calibrated probability, the complaint probability is the kind
// "complaint"'s, and the categories are the ones the category model asserts (with the user's
// own keywords heard through their features). Urgency flags and the help request are read from
// the phrases as before.
import { round } from '../round';
import type { Token } from '../text/token';
import type { ComplaintAnalysis, KindAnalysis, Sentiment } from '../types';
import { analyzeComplaint, type PostSignals } from './complaint';
import { englishComplaint } from './english-complaint';
import type { Phrase } from './phrase';
import type { PostModel } from './post-model';
import type { CompiledTaxonomy } from './taxonomy';

/** Each compiled taxonomy's category phrase groups → category id, made once per taxonomy. */
const groupsOf = new WeakMap<CompiledTaxonomy, ReadonlyMap<string, string>>();

/** Posts come in a run under one taxonomy: the last one's groups are kept at hand. */
let lastTaxonomy: CompiledTaxonomy | undefined;
let lastGroups: ReadonlyMap<string, string> | undefined;

function categoryGroups(taxonomy: CompiledTaxonomy): ReadonlyMap<string, string> {
  if (taxonomy === lastTaxonomy && lastGroups !== undefined) return lastGroups;
  let groups = groupsOf.get(taxonomy);
  if (!groups) {
    groups = new Map(taxonomy.categories.map((c) => [c.group, c.id]));
    groupsOf.set(taxonomy, groups);
  }
  lastTaxonomy = taxonomy;
  lastGroups = groups;
  return groups;
}

export interface Classified {
  kind: KindAnalysis;
  complaint: ComplaintAnalysis;
}

export function classifyPost(
  tokens: readonly Token[],
  found: readonly Phrase[],
  seen: PostSignals,
  sentiment: Sentiment,
  taxonomy: CompiledTaxonomy,
  model: PostModel,
  /** The post as written when it is read as English; undefined for an Indonesian post. */
  englishText: string | undefined,
  threshold = COMPLAINT_THRESHOLD,
): Classified {
  // The cue model reads the help request and the urgency flags, and its logit is one feature.
  const cues = analyzeComplaint(tokens, seen, sentiment, taxonomy, found);
  const groups = categoryGroups(taxonomy);
  const kindProbabilities = model.read(tokens, found, seen, sentiment, groups, cueLogit(cues.probability));
  let probability = round(kindProbabilities[model.complaintKind] ?? 0);
  // English posts: the corpus holds few, all about BPJS; the cue model's English cues (and the
  // English sentiment) carry complaints to any service, so on a post naming BPJS the two readings
  // are averaged.
  // An English post that does not name BPJS is about some other service: the corpus says nothing
  // of it, and the cue model alone reads it, discounted when the post names no service
  // (english-complaint.ts: a gripe about a TV show or a team is no complaint).
  const otherService = englishText !== undefined && !seen.namesBpjs;
  if (otherService) probability = englishComplaint(cues, tokens, found, seen, sentiment, englishText);
  else if (englishText !== undefined)
    probability = round(1 / (1 + Math.exp(-(cueLogit(probability) + cueLogit(cues.probability)) / 2)));
  const is = probability >= threshold;
  // Categories are worked out for every post: a complaint the kind model misses (policy
  // grievances written as commentary often read as news or opinion) still shows what it is
  // about when the user logs it. A post that may be a complaint, or names a category's keyword,
  // gets its likeliest category from the first floor; any other post only a category the model
  // holds more likely than not, and a post read as praise none at all ("Terima kasih, pelayanan
  // cepat" is about service, and no grievance of it).
  // The categories are BPJS's: an English post about another service ("@AmazonHelp my order
  // never arrived") gets one only when it names a category's keyword itself.
  const kind = kindOf(is, probability, kindProbabilities, model);
  const named = model.namesCategory;
  const mayBe = named || (!otherService && probability >= CATEGORIES_FROM);
  const categories = mayBe || (!otherService && kind.label !== 'praise') ? model.categoryIds(groups, mayBe) : [];
  const complaint: ComplaintAnalysis = {
    is,
    probability,
    categories,
    // Urgency needs a complaint: "bayi saya sehat, terima kasih" names a flag and is not urgent.
    urgent: is && cues.urgencyFlags.length > 0,
    urgencyFlags: cues.urgencyFlags,
    asksForHelp: cues.asksForHelp,
    drivers: is ? model.drivers(categories[0], groups) : [],
  };
  return { kind, complaint };
}

/** A post this likely to be a complaint gets its likeliest category from the first floor. */
const CATEGORIES_FROM = 0.1;

/** The decision threshold on the complaint probability, unless the user set another. */
export const COMPLAINT_THRESHOLD = 0.5;

/** The cue model's logit from its (rounded) probability. */
export function cueLogit(p: number): number {
  // A probability rounded to thousandths (every one the analysis passes) is read from a table
  // of the very numbers the formula gives (a log a post saved); any other is worked out.
  const k = Math.round(p * 1000);
  if (k >= 0 && k <= 1000 && k / 1000 === p) return CUE_LOGITS[k] as number;
  return logitOf(p);
}

function logitOf(p: number): number {
  const q = Math.min(0.999, Math.max(0.001, p));
  return Math.log(q / (1 - q));
}

/** logitOf(k / 1000) for k = 0…1000. */
const CUE_LOGITS = Float64Array.from({ length: 1001 }, (_, k) => logitOf(k / 1000));

/**
 * The kind agrees with the complaint flag: "complaint" exactly when the post is flagged, else
 * the likeliest of the other kinds.
 */
function kindOf(isComplaint: boolean, probability: number, p: Float64Array, model: PostModel): KindAnalysis {
  if (isComplaint) return { label: 'complaint', probability };
  const best = model.likeliestOtherKind();
  return { label: model.kinds[best] ?? 'other', probability: round(p[best] ?? 0) };
}
