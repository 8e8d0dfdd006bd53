// Applies what the team server sent (a pull page or a stream event) to the local log, in one
// transaction with the cursor: a worker stopped halfway applied all of it or none, and a page
// applied twice leaves the same log (each complaint takes the server's state). Changes still in
// the outbox are laid over the server's state, so a local edit not yet pushed is not undone
// on screen by an older state of the server; once pushed, the server's order decides.
import { ulid } from 'ulid';
import type { SimakDb } from '../db/db';
import { bumpRevision } from '../db/revision';
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
    id: ulid(view.createdAt),
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

/** Writes the server's state of these complaints (and, for a page, its cursor) in one transaction. */
export async function applyViews(
  db: SimakDb,
  views: ComplaintView[],
  changes: ChangeView[],
  cursor?: number,
): Promise<Applied> {
  return db.transaction('rw', db.complaints, db.settings, db.outbox, async () => {
    const written: Complaint[] = [];
    const queued = new Map<string, OutboxRow[]>();
    for (const row of await db.outbox
      .where('postKey')
      .anyOf(views.map((v) => v.postKey))
      .sortBy('seq'))
      queued.set(row.postKey, [...(queued.get(row.postKey) ?? []), row]);
    for (const view of views) {
      const local = await db.complaints.where('postKey').equals(view.postKey).first();
      // A complaint deleted in the office that this device never had stays unknown here.
      if (!local && view.deleted) continue;
      // Older news of a complaint than what is here already (a page pulled twice): nothing to do.
      if (local?.team && local.team.lastSeq > view.lastSeq) continue;
      const next = fromView(
        view,
        local,
        changes.filter((c) => c.postKey === view.postKey),
      );
      for (const row of queued.get(view.postKey) ?? []) overlay(next, asChange(row));
      await db.complaints.put(next);
      written.push(next);
    }
    if (written.length > 0) await bumpRevision(db);
    if (cursor !== undefined) await writeCursor(db, cursor);
    return { written };
  });
}

export function applyPage(db: SimakDb, page: PullPage): Promise<Applied> {
  return applyViews(db, page.complaints, page.changes, page.cursor);
}
