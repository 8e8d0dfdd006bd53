// The author's sentiment, read with what the post does. A headline, a notice or a plain question
// about BPJS names problems without taking a stance ("Daftar 21 tindakan yang tidak ditanggung
// BPJS"), so the words alone read negative; the project's corpus reads such posts as neutral
// almost always (news 436 of 439, inquiries 479 of 486). So a post surely news or an inquiry is
// neutral unless its words are surely polar. On a post that names BPJS (the only posts the kind
// model learnt from) two more rules hold: a sure complaint is negative however flatly worded
// (every one of the corpus's complaints is), and a joke, a job advert or a BPJS Ketenagakerjaan
// post ("other", neutral in 349 of 408) is neutral unless its words are surely polar.
//
// English posts (docs/model.md, "English sentiment"): a question or a headline that exclaims
// ("Seriously?! Another delay?!") takes a stance, so "!" keeps its words' reading; and a sure
// complaint whose words read as praise is sarcasm or thanks for nothing ("Bills up again and wages
// stuck. Brilliant."), read as negative about any service.
import type { KindAnalysis, Sentiment } from '../types';

/** The kind must be at least this sure… */
const KIND_SURE = 0.5;
/** …and the sentiment's own confidence below this, for the post to read neutral. */
const POLAR_SURE = 0.95;

/** `englishText`: the post as written when it is read as English (undefined for any other post). */
export function sentimentGivenKind(
  sentiment: Sentiment,
  kind: KindAnalysis | undefined,
  namesBpjs = false,
  englishText?: string,
): Sentiment {
  if (!kind) return sentiment;
  const sure = kind.probability >= KIND_SURE;
  // Thanks and praise are positive however plainly worded ("makasih BPJS, operasi ibu lancar").
  if (kind.label === 'praise' && sentiment.label === 'neutral' && sure) return withLabel(sentiment, 'positive', kind);
  if (kind.label === 'complaint' && sure) {
    if (namesBpjs && sentiment.label === 'neutral') return withLabel(sentiment, 'negative', kind);
    // Not a neutral English reading of a post that does not name BPJS: strangers' posts the cue
    // model flags tell of delays and faults flatly as often as they complain (docs/model.md).
    if (englishText !== undefined && sentiment.label === 'positive') return withLabel(sentiment, 'negative', kind);
  }
  if (sentiment.label === 'neutral') return sentiment;
  const neutralKind = kind.label === 'news' || kind.label === 'inquiry' || (kind.label === 'other' && namesBpjs);
  if (!neutralKind || !sure || sentiment.confidence >= POLAR_SURE) return sentiment;
  // Read on the text: the tokens fold "?!" into "?".
  if (englishText?.includes('!')) return sentiment;
  return withLabel(sentiment, 'neutral', kind);
}

/**
 * The sentiment with the kind's label and sureness. A function of the module, not a closure made
 * at each call: every post comes through here.
 */
function withLabel(sentiment: Sentiment, label: Sentiment['label'], kind: KindAnalysis): Sentiment {
  return { ...sentiment, label, confidence: Math.round(kind.probability * 1000) / 1000 };
}
