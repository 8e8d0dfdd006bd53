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

export interface ComplaintAnalysis {
  is: boolean;
  probability: number;
  categories: string[];
  urgent: boolean;
  /** Which urgency flags fired (e.g. "igd", "cuci darah"). */
  urgencyFlags: string[];
  /** The author asks the institution for help ("tolong min", "mohon bantuan"). */
  asksForHelp: boolean;
}

export interface WatchMatch {
  queryId: string;
  words: string[];
}

export interface Analysis {
  lang: 'id' | 'en' | 'other';
  sentiment: Sentiment;
  complaint: ComplaintAnalysis;
  matches: WatchMatch[];
  modelVersion: string;
}
