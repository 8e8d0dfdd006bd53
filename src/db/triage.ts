// Triage: staff move a complaint through its statuses and annotate it. Every change is kept
// in the complaint's history with its time, so a colleague can see who-did-what-when later.
import type { SimakDb } from './db';
import { bumpRevision } from './revision';
import type { Complaint, ComplaintStatus, HistoryEntry, Priority } from './schema';

export interface ComplaintChange {
  status?: ComplaintStatus;
  priority?: Priority;
  category?: string;
  /** A note to append; notes are never edited in place, only added. */
  note?: string;
}

export class ComplaintNotFound extends Error {
  override name = 'ComplaintNotFound';
}

/**
 * Applies a change in one read-write transaction: read, compare, append history, write.
 * Fields that do not actually change leave no history entry and do not touch updatedAt.
 */
export async function updateComplaint(
  db: SimakDb,
  id: string,
  change: ComplaintChange,
  now = Date.now(),
): Promise<Complaint> {
  return db.transaction('rw', db.complaints, db.settings, async () => {
    const found = await db.complaints.get(id);
    if (!found || found.deleted === 1) throw new ComplaintNotFound(`no complaint ${id}`);
    const entries: HistoryEntry[] = [];
    const next: Complaint = { ...found, notes: [...found.notes], history: [...found.history] };
    for (const field of ['status', 'priority', 'category'] as const) {
      const to = change[field];
      if (to === undefined || to === found[field]) continue;
      entries.push({ at: now, field, from: found[field], to });
    }
    if (change.status !== undefined) next.status = change.status;
    if (change.priority !== undefined) next.priority = change.priority;
    if (change.category !== undefined) next.category = change.category;
    const note = change.note?.trim();
    if (note) {
      next.notes.push(note);
      entries.push({ at: now, field: 'note', to: note });
    }
    if (entries.length === 0) return found;
    next.history.push(...entries);
    next.updatedAt = now;
    await db.complaints.put(next);
    await bumpRevision(db, now);
    return next;
  });
}
