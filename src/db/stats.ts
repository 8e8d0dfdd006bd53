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

const sightingId = (day: string, postKey: string) => `${day}|${postKey}`;

/**
 * Records seen posts: bumps the daily counters and keeps the interesting posts. A post already
 * counted today (a row in `sightings`, which outlives a worker restart) is skipped: not counted
 * again, not kept again. Sightings of earlier days are deleted here; counts, kept posts and
 * sightings change in one transaction, so a failed write leaves all of them as they were.
 * Returns how many posts were counted.
 */
export async function recordSeen(
  db: SimakDb,
  scored: { post: Post; analysis: Analysis; keep: boolean }[],
  deviceId: string,
  now = Date.now(),
): Promise<number> {
  const day = localDay(now);
  return db.transaction('rw', [db.dailyStats, db.posts, db.sightings], async () => {
    // `below`, not `notEqual`: a call that waited behind the first one of a new day must not
    // delete the new day's sightings (its counts would then be bumped twice).
    await db.sightings.where('day').below(day).delete();
    const unique = [...new Map(scored.map((s) => [s.post.key, s])).values()];
    const ids = unique.map((s) => sightingId(day, s.post.key));
    const sighted = await db.sightings.bulkGet(ids);
    const fresh = unique.filter((_, i) => !sighted[i]);
    if (fresh.length === 0) return 0;

    const bumps = new Map<string, DailyStat>();
    const bump = (query: string, post: Post, analysis: Analysis) => {
      const id = statId(day, query, post.site);
      let stat = bumps.get(id);
      if (!stat) {
        stat = {
          id,
          day,
          query,
          site: post.site,
          postsSeen: 0,
          negative: 0,
          neutral: 0,
          positive: 0,
          complaints: 0,
          engagement: 0,
          updatedAt: now,
          deleted: 0,
          deviceId,
        };
        bumps.set(id, stat);
      }
      stat.postsSeen += 1;
      stat[analysis.sentiment.label] += 1;
      if (analysis.complaint.is) stat.complaints += 1;
      stat.engagement += engagementOf(post);
    };
    for (const { post, analysis } of fresh) {
      bump(ALL_POSTS, post, analysis);
      for (const m of analysis.matches) bump(m.queryId, post, analysis);
    }
    const kept = fresh.filter((s) => s.keep);
    if (kept.length > 0) {
      await db.posts.bulkPut(
        kept.map(({ post, analysis }) => ({
          key: post.key,
          site: post.site,
          post,
          analysis,
          seenAt: now,
          day,
          updatedAt: now,
          deleted: 0 as const,
          deviceId,
        })),
      );
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
    await db.sightings.bulkAdd(fresh.map((s) => ({ id: sightingId(day, s.post.key), day })));
    return fresh.length;
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
