// What the worker's handlers share: the injected dependencies, the complaint log's index, and
// the small in-memory caches in front of the database. Pure of browser APIs apart from what is
// injected, so the same handlers run under fake-indexeddb in unit tests.
import type { Analysis, Post } from '../../core/types';
import { ComplaintIndex } from '../../db/complaint-index';
import { localDay } from '../../db/day';
import type { SimakDb } from '../../db/db';
import { reopenIfClosed, StorageLostError, watchForLoss } from '../../db/faults';
import { TeamApi } from '../../team/api';
import { activeTeam, readCursor } from '../../team/config';
import { SyncEngine } from '../../team/engine';
import { LiveStream } from '../../team/live';
import { newComplaintsOn } from '../badge-count';

export type Analyze = (post: Post) => Analysis;

/** Views of the worker's settings holder (worker-settings.ts), or fakes in tests. */
export interface WorkerDeps {
  db: SimakDb;
  /** Scores a post with the settings in force (watch queries, categories, thresholds). */
  analyze: Analyze;
  deviceId: () => Promise<string>;
  /** Sites switched off in the settings: their posts are neither scored nor counted. */
  siteEnabled?: (site: Post['site']) => boolean;
  /** The browser's UI language, for the page strings when the setting is "auto". */
  browserLocale?: () => string;
  /** Changes whenever the settings that shape an analysis change: older scores are stale. */
  settingsGeneration?: () => number;
  /** Called when today's count of new complaints may have changed (toolbar badge), with the way to count it. */
  onComplaintsChanged?: (newToday: () => Promise<number>) => void;
  /** The team server's API at an origin (the worker's fetch; tests pass their own). */
  teamApi?: (origin: string, token?: string) => TeamApi;
  /** May the worker talk to this origin (the user granted it in Options → Team)? */
  hostAllowed?: (origin: string) => Promise<boolean>;
  /** Signed in to a team, or out: the worker (un)schedules its periodic sync. */
  onTeamChanged?: (signedIn: boolean) => void;
}

/** Scores each post key once per worker life; a worker restart only costs a re-score. */
const SCORE_CACHE_LIMIT = 5_000;
/** How many received posts the worker remembers for diagnostics (`npm run extract`). */
const RECENT_LIMIT = 1_000;

/** Drops the oldest entry of a map or set kept in insertion order once it is full. */
export function makeRoom(items: Map<string, unknown> | Set<string>, limit = SCORE_CACHE_LIMIT): void {
  while (items.size >= limit) {
    const oldest = items.keys().next().value;
    if (oldest === undefined) return;
    items.delete(oldest);
  }
}

export interface HandlerContext {
  deps: WorkerDeps;
  index: ComplaintIndex;
  /** The team sync (does nothing, and sends nothing, without a team). */
  team: SyncEngine;
  /** The office's live stream, held open while a page syncs (src/team/live.ts). */
  live: LiveStream;
  /** The team server's API at an origin. */
  teamApi: (origin: string, token?: string) => TeamApi;
  /** A local change of the log: push it soon if in a team. */
  changedLocally(): void;
  /** The log changed: today's count of new complaints may have (the toolbar badge). */
  complaintsChanged(): void;
  /** Analyses by post key, each valid for the settings generation it was made in. */
  scores: Map<string, { analysis: Analysis; generation: number }>;
  /**
   * Post keys counted today, a cache in front of the `sightings` table (which decides, and
   * outlives a worker restart): a batch of posts all known here (re-reported after a settings
   * change, the same posts in another tab) costs no transaction. Emptied when the day changes.
   */
  counted: { day: string; keys: Set<string> };
  /** Posts received, by post key (a post reported again after a settings change is one post). */
  recent: Map<string, Post>;
  /** Post elements the adapters could not read, by reason. */
  skipped: Record<string, number>;
  generation(): number;
  /** The analysis cached for this settings generation, if any. */
  cachedScore(key: string): Analysis | undefined;
  /** The post's analysis: cached, or made and cached now. */
  analysisOf(post: Post): Analysis;
  remember(key: string, analysis: Analysis): void;
  rememberReceived(posts: readonly Post[]): void;
  /**
   * Makes sure the database is open before a handler runs. `tellLoss`: this answer is about the
   * log and read by the user, so it reports a log deleted under the worker (once; a page-strings
   * or ping answer must not use the news up).
   */
  ready(tellLoss: boolean): Promise<void>;
}

export function makeContext(deps: WorkerDeps): HandlerContext {
  const teamApi = deps.teamApi ?? ((origin: string, token?: string) => new TeamApi(origin, token));
  const index = new ComplaintIndex(deps.db);
  const ctx: HandlerContext = {
    teamApi,
    deps,
    index,
    team: new SyncEngine({
      db: deps.db,
      api: teamApi,
      index,
      // The pull patched the search index in its own transaction, and its commit told the open
      // pages (db/log-changes.ts): only the badge is left.
      onWritten: () => ctx.complaintsChanged(),
      allowed: deps.hostAllowed,
    }),
    live: new LiveStream({
      async open(signal) {
        const team = await activeTeam(deps.db);
        if (!team || team.stopped) return undefined;
        if (deps.hostAllowed && !(await deps.hostAllowed(team.server))) return undefined;
        return teamApi(team.server, team.token).stream(team.office.id, await readCursor(deps.db), signal);
      },
      onNews: () => void ctx.team.sync().catch(() => undefined),
    }),
    changedLocally() {
      void ctx.team.sync().catch(() => undefined);
    },
    complaintsChanged() {
      deps.onComplaintsChanged?.(() => newComplaintsOn(deps.db, index, localDay()));
    },
    scores: new Map(),
    counted: { day: '', keys: new Set() },
    recent: new Map(),
    skipped: {},
    generation: () => deps.settingsGeneration?.() ?? 0,
    cachedScore(key) {
      const hit = ctx.scores.get(key);
      return hit && hit.generation === ctx.generation() ? hit.analysis : undefined;
    },
    analysisOf(post) {
      const cached = ctx.cachedScore(post.key);
      if (cached) return cached;
      const analysis = deps.analyze(post);
      ctx.remember(post.key, analysis);
      return analysis;
    },
    remember(key, analysis) {
      makeRoom(ctx.scores);
      ctx.scores.set(key, { analysis, generation: ctx.generation() });
    },
    rememberReceived(posts) {
      for (const post of posts) {
        ctx.recent.delete(post.key);
        ctx.recent.set(post.key, post);
      }
      makeRoom(ctx.recent, RECENT_LIMIT + 1);
    },
    async ready(tellLoss) {
      await reopenIfClosed(deps.db);
      if (tellLoss && lostUntold) {
        lostUntold = false;
        throw new StorageLostError('the complaint log was deleted outside Simak');
      }
    },
  };
  // The log deleted under the worker: forget what described the old one, and tell the user at
  // the next thing they asked for (then carry on with the new, empty log).
  let lostUntold = false;
  // Bulk changes written by a page (an import) patch this copy in memory too: no reload.
  ctx.index.follow();
  watchForLoss(deps.db, () => {
    lostUntold = true;
    ctx.scores.clear();
    ctx.counted.keys.clear();
    ctx.index.invalidate();
  });
  return ctx;
}
