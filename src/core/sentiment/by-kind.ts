// The author's sentiment, read with what the post does. A headline, a notice or a plain question
// about BPJS names problems without taking a stance ("Daftar 21 tindakan yang tidak ditanggung
// BPJS"), so the words alone read negative; the project's corpus reads such posts as neutral
// almost always (news 436 of 439, inquiries 479 of 486). So a post surely news or an inquiry is
// neutral unless its words are surely polar.
import type { KindAnalysis, Sentiment } from '../types';

/** The kind must be at least this sure… */
const KIND_SURE = 0.5;
/** …and the sentiment's own confidence below this, for the post to read neutral. */
const POLAR_SURE = 0.95;

export function sentimentGivenKind(sentiment: Sentiment, kind: KindAnalysis | undefined): Sentiment {
  if (!kind) return sentiment;
  // Thanks and praise are positive however plainly worded ("makasih BPJS, operasi ibu lancar").
  if (kind.label === 'praise' && sentiment.label === 'neutral' && kind.probability >= KIND_SURE) {
    return { ...sentiment, label: 'positive', confidence: Math.round(kind.probability * 1000) / 1000 };
  }
  if (sentiment.label === 'neutral') return sentiment;
  if (kind.label !== 'news' && kind.label !== 'inquiry') return sentiment;
  if (kind.probability < KIND_SURE || sentiment.confidence >= POLAR_SURE) return sentiment;
  return { ...sentiment, label: 'neutral', confidence: Math.round(kind.probability * 1000) / 1000 };
}
