// Applies what the team server sent (a pull page or a stream event) to the local log, in short
// transactions of BULK_STEP complaints (db/bulk-steps.ts: a search reading rows waits for one
// step, not the page), the cursor written with the last: a worker stopped halfway has not
// moved the cursor, so the page is pulled again, and a page applied twice leaves the same log
// (each complaint takes the server's state; history is kept by server order, once per change).
// Nothing saved before is lost either way: each step only writes the server's state over it.
// Changes still in the outbox are laid over the server's state, so a local edit not yet pushed
// is not undone on screen by an older state of the server; once pushed, the server's order
// decides. The search index is patched in each step's transaction (`applyChanges`), as for any
// bulk change: a pull of thousands of complaints never makes anyone rebuild it.

import { BULK_STEP, inSteps } from '../db/bulk-steps';
import { complaintId } from '../db/complaint-id';
import { BULK_TABLES, ComplaintIndex } from '../db/complaint-index';
import type { SimakDb } from '../db/db';
import type { Complaint, ComplaintTeam, OutboxRow, TeamHistoryEntry } from '../db/schema';
import type { TeamChange } from './change';
import { writeCursor } from './config';
import { asChange } from './outbox';
import type { ChangeView, ComplaintView, PullPage } from './views';

export interface Applied {
  /** Complaints written (soft-deleted ones included), as stored now. */
  written: Complaint[];
}

function history(old: TeamHistoryEntry[], changes: ChangeView[]): TeamHistoryEntry[] {
  const seen = new Set(old.map((h) => h.seq));
  const added = changes
    .filter((c) => !seen.has(c.seq))
    .map((c) => ({ seq: c.seq, field: c.field, from: c.from, to: c.to, by: c.by, at: c.at }));
  return added.length === 0 ? old : [...old, ...added].sort((a, b) => a.seq - b.seq);
}

/** A change not yet pushed, laid over a complaint (as the server will apply it). */
export function overlay(c: Complaint, change: TeamChange): void {
  const team = c.team as ComplaintTeam;
  switch (change.op) {
    case 'status':
    case 'priority':
    case 'category':
    case 'tags':
      (c as unknown as Record<string, unknown>)[change.op] = change.value;
      break;
    case 'note':
      c.notes = [...c.notes, change.value];
      break;
    case 'assign':
      team.assignee = change.value;
      break;
    case 'delete':
      c.deleted = change.value ? 1 : 0;
      break;
    case 'log':
      break;
  }
}

function fromView(view: ComplaintView, local: Complaint | undefined, changes: ChangeView[]): Complaint {
  const base: Complaint = local ?? {
    id: complaintId(view.createdAt),
    postKey: view.postKey,
    site: view.site,
    post: view.post,
    analysis: view.analysis,
    status: view.status,
    priority: view.priority,
    category: view.category,
    notes: [],
    tags: [],
    createdAt: view.createdAt,
    day: view.day,
    updatedAt: view.updatedAt,
    deleted: 0,
    deviceId: 'team',
    history: [{ at: view.createdAt, field: 'created', to: 'new' }],
  };
  return {
    ...base,
    status: view.status,
    priority: view.priority,
    category: view.category,
    notes: [...view.notes],
    tags: [...view.tags],
    deleted: view.deleted ? 1 : 0,
    updatedAt: Math.max(base.updatedAt, view.updatedAt),
    team: {
      loggers: view.loggers.map((l) => l.username),
      assignee: view.assignee,
      lastSeq: view.lastSeq,
      history: history(base.team?.history ?? [], changes),
    },
  };
}

/**
 * Writes the server's state of these complaints (and, for a page, its cursor, with the last
 * step), in steps of `step` complaints, each in one transaction with its search index patch.
 * `index`: the worker's, so its copy in memory follows at once; any other copy hears of each
 * step when it commits.
 */
export async function applyViews(
  db: SimakDb,
  views: ComplaintView[],
  changes: ChangeView[],
  cursor?: number,
  index: ComplaintIndex = new ComplaintIndex(db),
  step = BULK_STEP,
): Promise<Applied> {
  const runs = inSteps(views, step);
  const written = new Map<string, Complaint>();
  for (const [i, run] of (runs.length > 0 ? runs : [[]]).entries()) {
    const keys = new Set(run.map((v) => v.postKey));
    const last = i === Math.max(0, runs.length - 1);
    // Not queued behind the worker's rewrite of the index base, with the searches' reads behind it.
    await index.rewritten();
    const done = await applyStep(
      db,
      run,
      changes.filter((c) => keys.has(c.postKey)),
      last ? cursor : undefined,
      index,
    );
    for (const c of done) {
      written.delete(c.id);
      written.set(c.id, c);
    }
  }
  return { written: [...written.values()] };
}

/** One step: these complaints, their index patch and (the last step of a page) the cursor, in one transaction. */
function applyStep(
  db: SimakDb,
  views: ComplaintView[],
  changes: ChangeView[],
  cursor: number | undefined,
  index: ComplaintIndex,
): Promise<Complaint[]> {
  return db.transaction('rw', [...BULK_TABLES, 'outbox'], async () => {
    const written: Complaint[] = [];
    const keys = views.map((v) => v.postKey);
    const queued = new Map<string, OutboxRow[]>();
    for (const row of await db.outbox.where('postKey').anyOf(keys).sortBy('seq'))
      queued.set(row.postKey, [...(queued.get(row.postKey) ?? []), row]);
    // One read for the step's complaints already here, not one per complaint.
    const here = new Map((await db.complaints.where('postKey').anyOf(keys).toArray()).map((c) => [c.postKey, c]));
    const changesOf = new Map<string, ChangeView[]>();
    for (const c of changes) changesOf.set(c.postKey, [...(changesOf.get(c.postKey) ?? []), c]);
    for (const view of views) {
      const local = here.get(view.postKey);
      // A complaint deleted in the office that this device never had stays unknown here.
      if (!local && view.deleted) continue;
      // Older news of a complaint than what is here already (a page pulled twice): nothing to do.
      if (local?.team && local.team.lastSeq > view.lastSeq) continue;
      const next = fromView(view, local, changesOf.get(view.postKey) ?? []);
      for (const row of queued.get(view.postKey) ?? []) overlay(next, asChange(row));
      // The same post twice in one page: the later state wins, as it would a page later.
      here.set(view.postKey, next);
      written.push(next);
    }
    // The last state written of each complaint (a post twice in a step is one complaint).
    const last = [...new Map(written.map((c) => [c.id, c])).values()];
    await db.complaints.bulkPut(last);
    if (last.length > 0) await index.applyChanges(last);
    if (cursor !== undefined) await writeCursor(db, cursor);
    return last;
  });
}

export function applyPage(db: SimakDb, page: PullPage, index?: ComplaintIndex): Promise<Applied> {
  return applyViews(db, page.complaints, page.changes, page.cursor, index);
}
