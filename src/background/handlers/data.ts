// The extension's data as a whole: today's summary, and a log written by a page directly
// (import, delete everything), after which the worker's caches must go.
import { localDay } from '../../db/day';
import { applyRetention } from '../../db/retention';
import { todayTotals } from '../../db/stats';
import type { Handlers } from '../router';
import type { HandlerContext } from './context';

export function dataHandlers(ctx: HandlerContext): Pick<Handlers, 'summary/today' | 'complaints/changed' | 'ping'> {
  const { deps, index } = ctx;
  return {
    async 'summary/today'() {
      await ctx.ready(true);
      const day = localDay();
      const totals = await todayTotals(deps.db, day);
      return {
        day,
        postsSeen: totals.postsSeen,
        // From the search index, loaded now if need be (its saved base reads in tens of
        // milliseconds): reading today's complaints themselves from the database would slow
        // the popup's first rows, asked for at the same moment.
        newComplaints: await index.count({ status: 'new', from: day, to: day }),
        sentiment: { negative: totals.negative, neutral: totals.neutral, positive: totals.positive },
      };
    },
    async 'complaints/changed'() {
      await ctx.ready(false);
      index.invalidate();
      // Rebuild now, in the background: the next popup then opens on a ready index.
      void index.warm().catch(() => undefined);
      // Sent after "delete everything" too: forget the post texts kept for diagnostics, and what
      // was counted today (the counts and sightings are gone; the cache must not claim more).
      ctx.recent.clear();
      ctx.counted.keys.clear();
      // Deleted everything (the team's sign-in with it) or imported: a page's next sync reopens
      // the live stream if there is still a team.
      ctx.live.close();
      ctx.complaintsChanged();
      return { ok: true as const };
    },
    async ping() {
      await ctx.ready(false);
      return { pong: true as const };
    },
  };
}

/**
 * Deletes what is older than the retention setting. The complaints leave through the search
 * index's change rows (db/retention.ts): the worker's copy in memory is patched when the
 * deletion commits and the open pages hear of it, so nothing is reloaded; only the badge is left.
 */
export async function retentionPass(
  ctx: HandlerContext,
  days: number | null,
): Promise<{ complaints: number; posts: number }> {
  await ctx.ready(false);
  const removed = await applyRetention(ctx.deps.db, days, Date.now(), ctx.index);
  if (removed.complaints > 0) ctx.complaintsChanged();
  return removed;
}
