// What the worker does for each message. Pure of browser APIs apart from what is injected,
// so the same handlers run under fake-indexeddb in unit tests.
import { analyze, compileWatchQueries, knowsWord, parseQuery } from '../core/analyze';
import type { Analysis, Post } from '../core/types';
import { ComplaintIndex } from '../db/complaint-index';
import { countNewComplaintsOn, logComplaint, undoComplaint } from '../db/complaints';
import { localDay } from '../db/day';
import type { SimakDb } from '../db/db';
import { reopenIfClosed, StorageLostError, storageFault, watchForLoss } from '../db/faults';
import { recordSeen, todayTotals } from '../db/stats';
import { updateComplaint } from '../db/triage';
import { pageStrings } from './page-strings';
import type { Handlers } from './router';

export type Analyze = (post: Post) => Analysis;

export interface WorkerDeps {
  db: SimakDb;
  analyze: Analyze;
  deviceId: () => Promise<string>;
  /** Sites switched off in the settings: their posts are neither scored nor counted. */
  siteEnabled?: (site: Post['site']) => boolean;
  /** The browser's UI language, for the page strings when the setting is "auto". */
  browserLocale?: () => string;
  /** Changes whenever the settings that shape an analysis change: older scores are stale. */
  settingsGeneration?: () => number;
  /** Called when today's count of new complaints may have changed (toolbar badge). */
  onComplaintsChanged?: () => void;
}

/** Scores each post key once per worker life; a worker restart only costs a re-score. */
const SCORE_CACHE_LIMIT = 5_000;
/** How many received posts the worker remembers for diagnostics (`npm run extract`). */
const RECENT_LIMIT = 1_000;

export function makeHandlers(deps: WorkerDeps): Handlers {
  const scored = new Map<string, { analysis: Analysis; generation: number }>();
  /**
   * Post keys counted today, a cache in front of the `sightings` table (which decides, and
   * outlives a worker restart): a batch of posts all known here (re-reported after a settings
   * change, the same posts in another tab) costs no transaction. Emptied when the day changes.
   */
  const counted = new Set<string>();
  let countedDay = '';
  const generation = () => deps.settingsGeneration?.() ?? 0;
  const bounded = <T>(set: Map<string, T> | Set<string>) => {
    if (set.size < SCORE_CACHE_LIMIT) return;
    const oldest = set.keys().next().value;
    if (oldest !== undefined) set.delete(oldest);
  };
  const cachedScore = (key: string) => {
    const hit = scored.get(key);
    return hit && hit.generation === generation() ? hit.analysis : undefined;
  };
  const remember = (key: string, analysis: Analysis) => {
    bounded(scored);
    scored.set(key, { analysis, generation: generation() });
  };
  const analysisOf = (post: Post) => cachedScore(post.key) ?? deps.analyze(post);
  /** Posts received, by post key (a post reported again after a settings change is one post). */
  const recent = new Map<string, Post>();
  const skipped: Record<string, number> = {};
  const index = new ComplaintIndex(deps.db);

  // The log deleted under the worker: forget what described the old one, and tell the user at
  // the next thing they asked for (then carry on with the new, empty log).
  let lostUntold = false;
  watchForLoss(deps.db, () => {
    lostUntold = true;
    scored.clear();
    counted.clear();
    index.invalidate();
  });
  const ready = async (userFacing: boolean) => {
    await reopenIfClosed(deps.db);
    if (userFacing && lostUntold) {
      lostUntold = false;
      throw new StorageLostError('the complaint log was deleted outside Simak');
    }
  };

  const handlers: Handlers = {
    async 'posts/seen'({ posts, skipped: newlySkipped }) {
      for (const [reason, n] of Object.entries(newlySkipped ?? {})) skipped[reason] = (skipped[reason] ?? 0) + n;
      for (const post of posts) {
        recent.delete(post.key);
        recent.set(post.key, post);
        if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
      }
      const now = Date.now();
      const day = localDay(now);
      if (day !== countedDay) {
        counted.clear();
        countedDay = day;
      }
      const analyses: Record<string, Analysis> = {};
      const fresh: { post: Post; analysis: Analysis; keep: boolean }[] = [];
      for (const post of posts) {
        if (deps.siteEnabled && !deps.siteEnabled(post.site)) continue;
        const cached = cachedScore(post.key);
        const analysis = cached ?? deps.analyze(post);
        analyses[post.key] = analysis;
        if (!cached) remember(post.key, analysis);
        if (!counted.has(post.key))
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
        bounded(counted);
        counted.add(post.key);
      }
      return { analyses };
    },
    async 'complaint/log'({ post }) {
      const outcome = await logComplaint(deps.db, post, analysisOf(post), await deps.deviceId());
      if (!outcome.alreadyLogged) {
        const logged = await deps.db.complaints.get(outcome.id);
        if (logged) await index.afterWrite({ upsert: logged });
        deps.onComplaintsChanged?.();
      }
      return outcome;
    },
    async 'complaint/undo'({ id }) {
      const removed = await undoComplaint(deps.db, id);
      if (removed) {
        await index.afterWrite({ remove: id });
        deps.onComplaintsChanged?.();
      }
      return { removed };
    },
    async 'complaints/list'({ filter, offset, limit }) {
      return index.query(filter, offset, limit);
    },
    async 'complaints/facets'() {
      return index.facets();
    },
    async 'complaints/by-category'({ filter }) {
      return index.countByCategory(filter);
    },
    async 'complaint/get'({ id }) {
      const found = await deps.db.complaints.get(id);
      return found && found.deleted === 0 ? found : null;
    },
    async 'complaint/update'({ id, change }) {
      const updated = await updateComplaint(deps.db, id, change);
      await index.afterWrite({ upsert: updated });
      deps.onComplaintsChanged?.();
      return updated;
    },
    async 'complaints/changed'() {
      index.invalidate();
      // Rebuild now, in the background: the next popup then opens on a ready index.
      void index.warm().catch(() => undefined);
      // Sent after "delete everything" too: forget the post texts kept for diagnostics, and what
      // was counted today (the counts and sightings are gone; the cache must not claim more).
      recent.clear();
      counted.clear();
      deps.onComplaintsChanged?.();
      return { ok: true as const };
    },
    async 'summary/today'() {
      const day = localDay();
      const totals = await todayTotals(deps.db, day);
      return {
        day,
        postsSeen: totals.postsSeen,
        newComplaints: await countNewComplaintsOn(deps.db, day),
        sentiment: { negative: totals.negative, neutral: totals.neutral, positive: totals.positive },
      };
    },
    async 'posts/recent'() {
      return { posts: [...recent.values()], skipped: { ...skipped } };
    },
    async 'page/strings'({ language }) {
      return pageStrings(language, deps.browserLocale?.() ?? 'id');
    },
    async 'queries/check'({ sources, sample }) {
      // The same parser and word folding the worker scores with, so the preview tells the truth.
      const errors = sources.map((source) => {
        const parsed = parseQuery(source, knowsWord);
        return parsed.ok ? null : parsed.error;
      });
      const { compiled } = compileWatchQueries(
        sources.map((source) => ({ id: source, source })),
        knowsWord,
      );
      return { errors, matches: sample.trim() ? analyze(sample, { queries: compiled }).matches : [] };
    },
    async ping() {
      return { pong: true as const };
    },
  };

  // Every handler first makes sure the database is open; the ones about the log whose answer
  // the user reads also report a lost log, once (a page-strings or ping reply must not use it up).
  const tellsLoss = new Set<string>([
    'complaint/log',
    'complaint/undo',
    'complaint/get',
    'complaint/update',
    'complaints/list',
    'complaints/facets',
    'complaints/by-category',
    'summary/today',
  ]);
  const guarded: Record<string, (msg: never) => Promise<unknown>> = {};
  for (const [type, handler] of Object.entries(handlers) as [string, (msg: never) => Promise<unknown>][]) {
    guarded[type] = async (msg) => {
      await ready(tellsLoss.has(type));
      return handler(msg);
    };
  }
  return guarded as unknown as Handlers;
}
