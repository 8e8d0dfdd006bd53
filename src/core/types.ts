// The analysis model shared by every layer. Pure types: no browser API, no runtime code.

// The post itself is defined once, as a schema, in post.ts.
export type { Post, PostCounts, PostKind, Site } from './post';

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface Sentiment {
  label: SentimentLabel;
  /** In [-1, 1]. */
  score: number;
  /** In [0, 1]. */
  confidence: number;
  /** The words that drove the score, for the "why" in the UI. */
  drivers: string[];
}

/** What a post does: voices a grievance, asks, reports, argues, thanks, or anything else. */
export type KindLabel = 'complaint' | 'inquiry' | 'news' | 'opinion' | 'praise' | 'other';

export interface KindAnalysis {
  label: KindLabel;
  /** The model's calibrated probability of that kind, in [0, 1]. */
  probability: number;
}

export interface ComplaintAnalysis {
  is: boolean;
  probability: number;
  categories: string[];
  urgent: boolean;
  /** Which urgency flags fired (e.g. "igd", "cuci darah"). */
  urgencyFlags: string[];
  /** The author asks the institution for help ("tolong min", "mohon bantuan"). */
  asksForHelp: boolean;
  /** The words and keywords that weighed most for the complaint and its first category (the "why"). */
  drivers?: string[];
}

export interface WatchMatch {
  queryId: string;
  words: string[];
}

export interface Analysis {
  lang: 'id' | 'en' | 'other';
  sentiment: Sentiment;
  /** What the post does; the complaint flag is the kind "complaint". Absent in analyses made before kinds. */
  kind?: KindAnalysis;
  complaint: ComplaintAnalysis;
  matches: WatchMatch[];
  modelVersion: string;
}
