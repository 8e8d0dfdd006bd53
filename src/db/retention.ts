// Retention and erasure: personal data is kept no longer than the user chose, and can be
// erased at once. Daily counts carry no personal data and are kept.
import { BULK_TABLES, ComplaintIndex } from './complaint-index';
import { compactCsvCopy, csvBaseRevision, dropCsvCopy } from './csv-copy-store';
import { localDay } from './day';
import type { SimakDb } from './db';
import { baseRevision } from './index-store';
import { announceLogChanged } from './log-changes';
import { bumpRevision } from './revision';

/**
 * The first local day kept when keeping `days` days: a record of an earlier day is older than
 * that. Staff think in calendar days, so a complaint logged at 23:50 counts as that day's, in
 * the time zone of the browser; the arithmetic is on the local calendar (month ends, DST).
 */
export function firstDayKept(days: number, now = Date.now()): string {
  const d = new Date(now);
  d.setDate(d.getDate() - days);
  return localDay(d);
}

/** Settings row: the log revision up to which deleted complaints may still lie in the bases of the index and CSV copy. */
const PURGE_KEY = 'retentionPurgeTo';

/**
 * Deletes complaints (soft-deleted ones too) and seen posts whose local day (stored when they
 * were recorded) is more than `days` days before today, and the team changes not yet sent that
 * carry those complaints' texts (the team outbox). `null` keeps everything.
 *
 * The complaints leave through the change rows, as any bulk deletion does (`applyChanges`):
 * the search index and the CSV copy stay (clearing them made the worker rebuild its index from
 * every complaint after each daily pass, and the next CSV export read every record). Their
 * bases still hold the deleted complaints' texts until rewritten, so the pass then rewrites
 * them at once (`purgeDeleted`); a worker stopped before that does it at its next retention
 * pass (its start), told by a settings row written with the deletion.
 */
export async function applyRetention(
  db: SimakDb,
  days: number | null,
  now = Date.now(),
  index = new ComplaintIndex(db),
): Promise<{ complaints: number; posts: number }> {
  if (days === null) {
    await purgeDeleted(db, index);
    return { complaints: 0, posts: 0 };
  }
  const keepFrom = firstDayKept(days, now);
  const removed = await db.transaction('rw', [...BULK_TABLES, 'posts', 'outbox'], async () => {
    const ids = await db.complaints.where('day').below(keepFrom).primaryKeys();
    await db.complaints.bulkDelete(ids);
    const posts = await db.posts.where('day').below(keepFrom).delete();
    if (ids.length > 0) {
      // Their change rows, and the index in memory patched once this commits (caches follow).
      const to = await index.applyChanges([], ids);
      await db.settings.put({ key: PURGE_KEY, value: to, updatedAt: now });
      // In a team, changes still waiting to be sent hold the deleted complaints' texts too.
      await dropTextsOfDeleted(db);
    }
    return { complaints: ids.length, posts };
  });
  await purgeDeleted(db, index);
  return removed;
}

/** Team changes that carry what a person wrote: the post with its text, a note. */
const CARRIES_TEXT = new Set(['log', 'note']);

/**
 * Drops the team changes still waiting to be sent that carry text about complaints no longer in
 * the log, so no copy of their text outlives the retention period on this machine: a complaint
 * that had not reached the office within it is not sent. Triage changes (status, assignee...)
 * carry no text and stay; the server rejects those about a post it never got. Call inside a
 * read-write transaction that includes `db.outbox` and `db.complaints`.
 */
async function dropTextsOfDeleted(db: SimakDb): Promise<void> {
  const dropped: number[] = [];
  // The outbox is short (what waits while offline): one look-up by post key per text change.
  for (const row of await db.outbox.toArray()) {
    if (!CARRIES_TEXT.has(row.change.op) || row.seq === undefined) continue;
    if ((await db.complaints.where('postKey').equals(row.postKey).count()) === 0) dropped.push(row.seq);
  }
  await db.outbox.bulkDelete(dropped);
}

/**
 * Rewrites the bases of the search index and the CSV copy if a retention pass deleted
 * complaints since they were written, so no deleted complaint's text stays in `searchChunks`.
 * A CSV copy that cannot be brought up to date (a gap in its rows) is dropped: the next export
 * reads the records and makes it again.
 */
export async function purgeDeleted(db: SimakDb, index: ComplaintIndex): Promise<void> {
  const mark = await db.settings.get(PURGE_KEY);
  if (typeof mark?.value !== 'number') return;
  const to = mark.value;
  if ((await baseRevision(db)) < to) await index.compactNow();
  if ((await csvBaseRevision(db)) < to) await compactCsvCopy(db, 1).catch(() => false);
  // Still behind (a gap in its rows: it cannot be folded): dropped rather than keep deleted lines.
  if ((await csvBaseRevision(db)) < to) await dropCsvCopy(db);
  if ((await baseRevision(db)) < to) return;
  await db.transaction('rw', db.settings, async () => {
    // A later pass may have moved the mark meanwhile: only this one is done.
    if ((await db.settings.get(PURGE_KEY))?.value === to) await db.settings.delete(PURGE_KEY);
  });
}

/**
 * Deletes every complaint, seen post, daily count, saved search slice and sighting (the keys of
 * the posts counted today tell which posts the user saw): every table but `settings`, so a table
 * added later is wiped too unless kept here on purpose. Settings and the device id stay.
 */
export async function deleteEverything(db: SimakDb): Promise<void> {
  const wiped = db.tables.filter((t) => t.name !== db.settings.name);
  const to = await db.transaction('rw', db.tables, async () => {
    await Promise.all(wiped.map((t) => t.clear()));
    return bumpRevision(db);
  });
  // The worker searches its copy in memory while it hears of no change: it must hear of this one.
  announceLogChanged(db.name, { from: to - 1, to });
}
