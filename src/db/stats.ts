// Daily stats: day × watch query × site. Posts are counted here; only the interesting
// ones (matched or likely complaints) are kept in detail in `posts`.
import type { Analysis, Post } from '../core/types';
import { localDay } from './day';
import type { SimakDb } from './db';
import type { DailyStat } from './schema';

export const ALL_POSTS = '*';

function engagementOf(post: Post): number {
  const c = post.counts;
  return (c.replies ?? 0) + (c.reposts ?? 0) + (c.likes ?? 0) + (c.comments ?? 0) + (c.shares ?? 0);
}

const statId = (day: string, query: string, site: string) => `${day}|${query}|${site}`;

/**
 * Records newly seen posts: bumps the daily counters and keeps the interesting posts.
 * Posts already in `posts` (seen before, same key) are not counted again.
 */
export async function recordSeen(
  db: SimakDb,
  scored: { post: Post; analysis: Analysis; keep: boolean }[],
  deviceId: string,
  now = Date.now(),
): Promise<void> {
  const day = localDay(now);
  await db.transaction('rw', db.dailyStats, db.posts, async () => {
    const bumps = new Map<string, DailyStat>();
    const bump = (query: string, post: Post, analysis: Analysis) => {
      const id = statId(day, query, post.site);
      let stat = bumps.get(id);
      if (!stat) {
        stat = {
          id, day, query, site: post.site, postsSeen: 0, negative: 0, neutral: 0, positive: 0,
          complaints: 0, engagement: 0, updatedAt: now, deleted: 0, deviceId,
        };
        bumps.set(id, stat);
      }
      stat.postsSeen += 1;
      stat[analysis.sentiment.label] += 1;
      if (analysis.complaint.is) stat.complaints += 1;
      stat.engagement += engagementOf(post);
    };
    for (const { post, analysis, keep } of scored) {
      bump(ALL_POSTS, post, analysis);
      for (const m of analysis.matches) bump(m.queryId, post, analysis);
      if (keep) {
        await db.posts.put({
          key: post.key, site: post.site, post, analysis, seenAt: now, day,
          updatedAt: now, deleted: 0, deviceId,
        });
      }
    }
    const existing = await db.dailyStats.bulkGet([...bumps.keys()]);
    const merged = [...bumps.values()].map((b, i) => {
      const old = existing[i];
      if (!old) return b;
      return {
        ...old,
        postsSeen: old.postsSeen + b.postsSeen,
        negative: old.negative + b.negative,
        neutral: old.neutral + b.neutral,
        positive: old.positive + b.positive,
        complaints: old.complaints + b.complaints,
        engagement: old.engagement + b.engagement,
        updatedAt: now,
      };
    });
    await db.dailyStats.bulkPut(merged);
  });
}

export async function todayTotals(db: SimakDb, day = localDay()) {
  const rows = await db.dailyStats.where('[day+query]').equals([day, ALL_POSTS]).toArray();
  const sum = { postsSeen: 0, negative: 0, neutral: 0, positive: 0 };
  for (const r of rows) {
    sum.postsSeen += r.postsSeen;
    sum.negative += r.negative;
    sum.neutral += r.neutral;
    sum.positive += r.positive;
  }
  return sum;
}
