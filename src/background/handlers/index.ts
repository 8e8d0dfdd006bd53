// What the worker does for each message, grouped by what it serves: the posts on screen, the
// complaint log, the settings, the data as a whole, the team. Each group is typed by the messages it
// answers; together they must answer every message (the compiler checks).
import type { Handlers } from '../router';
import { complaintHandlers } from './complaints';
import { makeContext, type WorkerDeps } from './context';
import { dataHandlers, retentionPass } from './data';
import { postHandlers } from './posts';
import { settingsHandlers } from './settings';
import { teamHandlers } from './team';

export type { Analyze, WorkerDeps } from './context';

export interface Worker {
  handlers: Handlers;
  /** The retention pass (at start, on a settings change, on a new day), through the worker's own search index. */
  applyRetention(days: number | null): Promise<{ complaints: number; posts: number }>;
}

export function makeWorker(deps: WorkerDeps): Worker {
  const ctx = makeContext(deps);
  return {
    handlers: {
      ...postHandlers(ctx),
      ...complaintHandlers(ctx),
      ...settingsHandlers(ctx),
      ...dataHandlers(ctx),
      ...teamHandlers(ctx),
    },
    applyRetention: (days) => retentionPass(ctx, days),
  };
}

export function makeHandlers(deps: WorkerDeps): Handlers {
  return makeWorker(deps).handlers;
}
