// Logging complaints: one record per post key, whatever the number of clicks or tabs.

import type { Analysis, Post } from '../core/types';
import { complaintId } from './complaint-id';
import { localDay } from './day';
import type { SimakDb } from './db';
import { bumpRevision } from './revision';
import type { Complaint, Priority } from './schema';

export function priorityFor(analysis: Analysis): Priority {
  if (analysis.complaint.urgent) return 'urgent';
  if (analysis.complaint.probability >= 0.8) return 'high';
  return 'normal';
}

/**
 * Stores a complaint for this post unless one is already logged (not deleted).
 * Runs in one read-write transaction, so concurrent logs of the same post from several
 * tabs give exactly one record (the unique postKey index is the last line of defence).
 */
export async function logComplaint(
  db: SimakDb,
  post: Post,
  analysis: Analysis,
  deviceId: string,
  now = Date.now(),
): Promise<{ id: string; alreadyLogged: boolean }> {
  return db.transaction('rw', db.complaints, db.settings, async () => {
    const existing = await db.complaints.where('postKey').equals(post.key).first();
    if (existing && existing.deleted === 0) return { id: existing.id, alreadyLogged: true };
    const complaint: Complaint = {
      id: complaintId(now),
      postKey: post.key,
      site: post.site,
      post,
      analysis,
      status: 'new',
      priority: priorityFor(analysis),
      category: analysis.complaint.categories[0] ?? 'lainnya',
      notes: [],
      tags: [],
      createdAt: now,
      day: localDay(now),
      updatedAt: now,
      deleted: 0,
      deviceId,
      history: [{ at: now, field: 'created', to: 'new' }],
    };
    // A soft-deleted record of the same post is replaced: logging it again is a new decision.
    if (existing) await db.complaints.delete(existing.id);
    await db.complaints.add(complaint);
    await bumpRevision(db, now);
    return { id: complaint.id, alreadyLogged: false };
  });
}

/** Undo of a fresh log: the record goes away entirely, as if the click never happened. */
export async function undoComplaint(db: SimakDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.complaints, db.settings, async () => {
    const found = await db.complaints.get(id);
    if (!found) return false;
    await db.complaints.delete(id);
    await bumpRevision(db);
    return true;
  });
}

export async function countNewComplaintsOn(db: SimakDb, day: string): Promise<number> {
  return db.complaints
    .where('day')
    .equals(day)
    .filter((c) => c.deleted === 0 && c.status === 'new')
    .count();
}
