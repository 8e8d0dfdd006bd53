// Retention and erasure: personal data is kept no longer than the user chose, and can be
// erased at once. Daily counts carry no personal data and are kept.
import { localDay } from './day';
import type { SimakDb } from './db';
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

/**
 * Deletes complaints (soft-deleted ones too) and seen posts whose local day (stored when they
 * were recorded) is more than `days` days before today. `null` keeps everything.
 */
export async function applyRetention(
  db: SimakDb,
  days: number | null,
  now = Date.now(),
): Promise<{ complaints: number; posts: number }> {
  if (days === null) return { complaints: 0, posts: 0 };
  const keepFrom = firstDayKept(days, now);
  return db.transaction('rw', [db.complaints, db.posts, db.settings, db.searchChunks], async () => {
    const complaints = await db.complaints.where('day').below(keepFrom).delete();
    const posts = await db.posts.where('day').below(keepFrom).delete();
    if (complaints > 0) {
      // The saved search index holds the deleted complaints' text: drop it (it is rebuilt from
      // what is left when next searched), and bump the log revision so caches follow.
      await db.searchChunks.clear();
      await bumpRevision(db, now);
    }
    return { complaints, posts };
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
