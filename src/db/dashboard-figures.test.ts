import { describe, expect, it } from 'vitest';
import { makeComplaint } from '../../tests/support/complaints';
import { aggregate, topPosts } from './dashboard-figures';
import type { DailyStat, SeenPost } from './schema';
import { daysBetween } from './spikes';

const stat = (day: string, query: string, site: DailyStat['site'], postsSeen: number, negative = 0): DailyStat => ({
  id: `${day}|${query}|${site}`,
  day,
  query,
  site,
  postsSeen,
  negative,
  neutral: postsSeen - negative,
  positive: 0,
  complaints: negative,
  engagement: postsSeen * 2,
  updatedAt: 1,
  deleted: 0,
  deviceId: 'd',
});

describe('dashboard figures', () => {
  const days = daysBetween('2026-11-01', '2026-11-20');
  const stats = days.flatMap((day, i) => [
    stat(day, '*', 'x', i === 18 ? 200 : 20 + (i % 3), i === 18 ? 150 : 5),
    stat(day, '*', 'facebook', 10),
    stat(day, 'bpjs', 'x', 4),
  ]);

  it('sums posts per query per day, sentiment and totals for the chosen query and site', () => {
    const all = aggregate(stats, { days, query: '*' });
    expect(all.queries).toEqual(['bpjs']);
    expect(all.postsPerQuery['*']?.[0]).toBe(30);
    expect(all.postsPerQuery.bpjs?.[0]).toBe(4);
    expect(all.sentiment.negative[18]).toBe(150);
    const xOnly = aggregate(stats, { days, query: '*', site: 'x' });
    expect(xOnly.postsPerQuery['*']?.[0]).toBe(20);
    expect(xOnly.totals.postsSeen).toBe(all.totals.postsSeen - 10 * days.length);
    expect(aggregate(stats, { days: days.slice(0, 7), query: 'bpjs' }).totals).toMatchObject({
      postsSeen: 28,
      engagement: 56,
    });
  });

  it('flags the day far above its baseline as a spike', () => {
    expect(aggregate(stats, { days, query: '*' }).spikes.map((s) => s.day)).toEqual(['2026-11-19']);
    expect(aggregate(stats, { days, query: 'bpjs' }).spikes).toEqual([]);
  });

  it('ranks kept posts by engagement within the period, query and site', () => {
    const posts: SeenPost[] = [3, 9, 1].map((likes, i) => {
      const c = makeComplaint(i * 4);
      return {
        key: c.postKey,
        site: c.site,
        post: { ...c.post, counts: { likes } },
        analysis: c.analysis,
        seenAt: 1,
        day: '2026-11-05',
        updatedAt: 1,
        deleted: 0,
        deviceId: 'd',
      };
    });
    expect(topPosts(posts, { days, query: '*' }).map((p) => p.post.counts.likes)).toEqual([9, 3, 1]);
    expect(topPosts(posts, { days: ['2026-11-06'], query: '*' })).toEqual([]);
    expect(topPosts(posts, { days, query: 'bpjs', site: 'x' }).map((p) => p.site)).toEqual(['x']);
  });
});
