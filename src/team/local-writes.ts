// The log's writes when the user is in a team: each runs the usual local write and, in the same
// transaction, queues what the team server must hear (outbox.ts). Without a team they are the
// usual writes and queue nothing. The local log changes at once (local-first); the server's
// answer, when it comes, is applied over it (apply-pull.ts).
import type { Analysis, Post } from '../core/types';
import { BULK_TABLES, ComplaintIndex } from '../db/complaint-index';
import { logComplaint, undoComplaint } from '../db/complaints';
import type { SimakDb } from '../db/db';
import { bumpRevision } from '../db/revision';
import type { Complaint } from '../db/schema';
import { type ComplaintChange, ComplaintNotFound, updateComplaint } from '../db/triage';
import { activeTeam } from './config';
import { enqueue } from './outbox';

/** The tables a local write spans (its change goes in the outbox in the same transaction). */
export const TABLES = (db: SimakDb) => [db.complaints, db.settings, db.outbox];

/** Logs a post; in a team, shares it (or adds this user as one more logger of a colleague's). */
export async function logShared(
  db: SimakDb,
  post: Post,
  analysis: Analysis,
  deviceId: string,
  now = Date.now(),
): Promise<{ id: string; alreadyLogged: boolean; changed: boolean }> {
  return db.transaction('rw', TABLES(db), async () => {
    const outcome = await logComplaint(db, post, analysis, deviceId, now);
    const team = await activeTeam(db);
    const logged = team ? await db.complaints.get(outcome.id) : undefined;
    if (!team || !logged) return { ...outcome, changed: !outcome.alreadyLogged };
    const loggers = logged.team?.loggers ?? [];
    if (outcome.alreadyLogged && (!logged.team || loggers.includes(team.username)))
      return { ...outcome, changed: false };
    logged.team = {
      loggers: [...loggers, team.username],
      assignee: logged.team?.assignee ?? null,
      lastSeq: logged.team?.lastSeq ?? 0,
      history: logged.team?.history ?? [],
    };
    await db.complaints.put(logged);
    if (outcome.alreadyLogged) await bumpRevision(db, now);
    await enqueue(db, logChange(logged), now);
    return { ...outcome, changed: true };
  });
}

/** The `log` change sharing a complaint as it stands locally. */
export function logChange(c: Complaint) {
  return {
    op: 'log' as const,
    post: c.post,
    analysis: c.analysis,
    status: c.status,
    priority: c.priority,
    category: c.category,
    tags: c.tags,
    notes: c.notes.slice(0, 50),
    day: c.day,
  };
}

/**
 * Undo of a fresh log. Not yet sent: the queued changes go too and the server never hears of
 * it. Already sent: the office's complaint is dismissed (an agent may not delete a shared
 * complaint; dismissed is what "logged by mistake" means to a colleague).
 */
export async function undoShared(db: SimakDb, id: string): Promise<boolean> {
  return db.transaction('rw', TABLES(db), async () => {
    const found = await db.complaints.get(id);
    if (!found) return false;
    const team = await activeTeam(db);
    if (team && found.team) {
      const queued = await db.outbox.where('postKey').equals(found.postKey).toArray();
      const unsent = queued.some((r) => r.change.op === 'log');
      if (unsent) await db.outbox.bulkDelete(queued.map((r) => r.seq as number));
      else await enqueue(db, { op: 'status', postKey: found.postKey, value: 'dismissed' });
    }
    return undoComplaint(db, id);
  });
}

/** Triage; in a team, each changed field of a shared complaint is queued as its own change. */
export async function updateShared(
  db: SimakDb,
  id: string,
  change: ComplaintChange,
  now = Date.now(),
): Promise<Complaint> {
  return db.transaction('rw', TABLES(db), async () => {
    const before = await db.complaints.get(id);
    const updated = await updateComplaint(db, id, change, now);
    if (!before?.team || !(await activeTeam(db))) return updated;
    const postKey = updated.postKey;
    if (updated.status !== before.status) await enqueue(db, { op: 'status', postKey, value: updated.status }, now);
    if (updated.priority !== before.priority)
      await enqueue(db, { op: 'priority', postKey, value: updated.priority }, now);
    if (updated.category !== before.category)
      await enqueue(db, { op: 'category', postKey, value: updated.category }, now);
    for (const note of updated.notes.slice(before.notes.length))
      await enqueue(db, { op: 'note', postKey, value: note }, now);
    return updated;
  });
}

export class NotShared extends Error {
  override name = 'NotShared';
}

/** Claim (to = me), assign to a colleague, or release (to = null) a shared complaint. */
export async function assignShared(db: SimakDb, id: string, to: string | null, now = Date.now()): Promise<Complaint> {
  return db.transaction('rw', TABLES(db), async () => {
    const found = await db.complaints.get(id);
    if (!found || found.deleted === 1) throw new ComplaintNotFound(`no complaint ${id}`);
    const team = await activeTeam(db);
    if (!team || !found.team) throw new NotShared('this complaint is not shared with a team');
    if (found.team.assignee === to) return found;
    const next: Complaint = { ...found, team: { ...found.team, assignee: to }, updatedAt: now };
    await db.complaints.put(next);
    await bumpRevision(db, now);
    await enqueue(db, { op: 'assign', postKey: found.postKey, value: to }, now);
    return next;
  });
}

/** The user's own complaints not yet shared with the office (first sign-in: asked to upload). */
export async function unsharedCount(db: SimakDb): Promise<number> {
  return db.complaints.filter((c) => c.deleted === 0 && !c.team).count();
}

/**
 * Shares every local complaint not yet shared; the server joins it with the office's by post
 * key. Their search entries (now with a handler: nobody yet) are patched in the same
 * transaction, as for a pull: thousands of complaints shared at a first sign-in cost no rebuild.
 */
export async function shareLocal(
  db: SimakDb,
  username: string,
  now = Date.now(),
  index: ComplaintIndex = new ComplaintIndex(db),
): Promise<number> {
  return db.transaction('rw', [...BULK_TABLES, 'outbox'], async () => {
    const mine = await db.complaints.filter((c) => c.deleted === 0 && !c.team).toArray();
    const shared = mine.map(
      (c): Complaint => ({ ...c, team: { loggers: [username], assignee: null, lastSeq: 0, history: [] } }),
    );
    await db.complaints.bulkPut(shared);
    for (const c of mine) await enqueue(db, logChange(c), now);
    if (shared.length > 0) await index.applyChanges(shared);
    return shared.length;
  });
}
