// The posts a content script reports as they come on screen: scored (each post key once per
// settings generation) and counted in the day (once per post and local day).
import type { Analysis, Post } from '../../core/types';
import { localDay } from '../../db/day';
import { storageFault } from '../../db/faults';
import { recordSeen } from '../../db/stats';
import type { Handlers } from '../router';
import { type HandlerContext, makeRoom } from './context';

export function postHandlers(ctx: HandlerContext): Pick<Handlers, 'posts/seen' | 'posts/recent'> {
  const { deps, counted } = ctx;
  return {
    async 'posts/seen'({ posts, skipped: newlySkipped }) {
      await ctx.ready(false);
      for (const [reason, n] of Object.entries(newlySkipped ?? {}))
        ctx.skipped[reason] = (ctx.skipped[reason] ?? 0) + n;
      ctx.rememberReceived(posts);
      const now = Date.now();
      const day = localDay(now);
      if (day !== counted.day) {
        counted.keys.clear();
        counted.day = day;
      }
      const analyses: Record<string, Analysis> = {};
      const fresh: { post: Post; analysis: Analysis; keep: boolean }[] = [];
      for (const post of posts) {
        if (deps.siteEnabled && !deps.siteEnabled(post.site)) continue;
        const analysis = ctx.analysisOf(post);
        analyses[post.key] = analysis;
        if (!counted.keys.has(post.key))
          fresh.push({ post, analysis, keep: analysis.complaint.is || analysis.matches.length > 0 });
      }
      if (fresh.length === 0) return { analyses };
      try {
        await recordSeen(deps.db, fresh, await deps.deviceId(), now);
      } catch (e) {
        // Badges do not need storage: score anyway, and leave these posts uncounted (the
        // transaction wrote no sighting either) so they are counted when they come again. Only
        // storage faults are passed over.
        if (!storageFault(e)) throw e;
        return { analyses, unsaved: true };
      }
      for (const { post } of fresh) {
        makeRoom(counted.keys);
        counted.keys.add(post.key);
      }
      return { analyses };
    },
    /** Diagnostics for `npm run extract`: what the content scripts sent lately. */
    async 'posts/recent'() {
      await ctx.ready(false);
      return { posts: [...ctx.recent.values()], skipped: { ...ctx.skipped } };
    },
  };
}
