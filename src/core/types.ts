// The domain model shared by every layer. Pure types: no browser API, no runtime code.

export type Site = 'x' | 'facebook' | 'instagram';

export type PostKind = 'post' | 'reply' | 'repost' | 'quote' | 'ad';

/** Engagement counts as the page shows them; a count the page does not show is absent. */
export interface PostCounts {
  replies?: number;
  reposts?: number;
  likes?: number;
  views?: number;
  comments?: number;
  shares?: number;
}

/** A post read from a page by a site adapter. Absent fields were not on the page. */
export interface Post {
  /** `site:postId`, stable across page loads: the post key. */
  key: string;
  site: Site;
  postId: string;
  url?: string;
  author: { name?: string; handle?: string };
  text: string;
  /** The text was cut by "Show more" / "Lihat selengkapnya". */
  truncated?: boolean;
  lang?: string;
  /** ISO 8601. */
  postedAt?: string;
  counts: PostCounts;
  kind: PostKind;
  /** For a repost: who reposted it. */
  repostedBy?: string;
  /** For a quote: the quoted post. */
  quoted?: { postId?: string; text?: string };
}

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
