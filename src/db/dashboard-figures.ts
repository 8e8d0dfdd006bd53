// The dashboard's figures from the daily stats and the kept posts. Pure.
import type { Site } from '../core/types';
import type { DailyCounts, DailyStat, SeenPost } from './schema';
import { type DayValue, findSpikes, type Spike } from './spikes';

export const ALL = '*';

export interface DashboardFilter {
  days: string[];
  /** Watch query id, or '*' for all posts. */
  query: string;
  site?: Site;
}

export type Totals = DailyCounts;

export interface DashboardFigures {
  days: string[];
  /** Watch queries seen in the period (without '*'). */
  queries: string[];
  /** Posts seen per day, per series: '*' (all posts) and each watch query. */
  postsPerQuery: Record<string, number[]>;
  /** Per day for the chosen query and site. */
  sentiment: { negative: number[]; neutral: number[]; positive: number[] };
  complaintsPerDay: number[];
  engagementPerDay: number[];
  totals: Totals;
  /** Spikes in posts seen for the chosen query. */
  spikes: Spike[];
}

const emptyTotals = (): Totals => ({
  postsSeen: 0,
  negative: 0,
  neutral: 0,
  positive: 0,
  complaints: 0,
  engagement: 0,
});

export function aggregate(stats: DailyStat[], filter: DashboardFilter): DashboardFigures {
  const index = new Map(filter.days.map((d, i) => [d, i]));
  const zeros = () => filter.days.map(() => 0);
  const postsPerQuery: Record<string, number[]> = { [ALL]: zeros() };
  const sentiment = { negative: zeros(), neutral: zeros(), positive: zeros() };
  const complaintsPerDay = zeros();
  const engagementPerDay = zeros();
  const totals = emptyTotals();
  for (const s of stats) {
    const i = index.get(s.day);
    if (i === undefined || s.deleted === 1) continue;
    if (filter.site && s.site !== filter.site) continue;
    postsPerQuery[s.query] ??= zeros();
    (postsPerQuery[s.query] as number[])[i] = ((postsPerQuery[s.query] as number[])[i] ?? 0) + s.postsSeen;
    if (s.query !== filter.query) continue;
    sentiment.negative[i] = (sentiment.negative[i] ?? 0) + s.negative;
    sentiment.neutral[i] = (sentiment.neutral[i] ?? 0) + s.neutral;
    sentiment.positive[i] = (sentiment.positive[i] ?? 0) + s.positive;
    complaintsPerDay[i] = (complaintsPerDay[i] ?? 0) + s.complaints;
    engagementPerDay[i] = (engagementPerDay[i] ?? 0) + s.engagement;
    totals.postsSeen += s.postsSeen;
    totals.negative += s.negative;
    totals.neutral += s.neutral;
    totals.positive += s.positive;
    totals.complaints += s.complaints;
    totals.engagement += s.engagement;
  }
  const chosen = postsPerQuery[filter.query] ?? zeros();
  const series: DayValue[] = filter.days.map((day, i) => ({ day, value: chosen[i] ?? 0 }));
  return {
    days: filter.days,
    queries: Object.keys(postsPerQuery)
      .filter((q) => q !== ALL)
      .sort(),
    postsPerQuery,
    sentiment,
    complaintsPerDay,
    engagementPerDay,
    totals,
    spikes: findSpikes(series),
  };
}

export function engagementOf(p: SeenPost): number {
  const c = p.post.counts;
  return (c.replies ?? 0) + (c.reposts ?? 0) + (c.likes ?? 0) + (c.comments ?? 0) + (c.shares ?? 0);
}

/** The kept posts with the most engagement in the period, for the chosen query and site. */
export function topPosts(posts: SeenPost[], filter: DashboardFilter, n = 10): SeenPost[] {
  const days = new Set(filter.days);
  return posts
    .filter((p) => p.deleted === 0 && days.has(p.day) && (!filter.site || p.site === filter.site))
    .filter((p) => filter.query === ALL || p.analysis.matches.some((m) => m.queryId === filter.query))
    .sort((a, b) => engagementOf(b) - engagementOf(a))
    .slice(0, n);
}
