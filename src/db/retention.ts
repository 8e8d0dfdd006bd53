// Retention and erasure: personal data is kept no longer than the user chose, and can be
// erased at once. Daily counts carry no personal data and are kept.
import type { SimakDb } from './db';
import { bumpRevision } from './revision';

const DAY_MS = 86_400_000;

/** Deletes complaints and seen posts older than `days` days. Returns how many went. */
export async function applyRetention(db: SimakDb, days: number | null, now = Date.now()): Promise<{ complaints: number; posts: number }> {
  if (days === null) return { complaints: 0, posts: 0 };
  const cutoff = now - days * DAY_MS;
  return db.transaction('rw', db.complaints, db.posts, db.settings, async () => {
    const complaints = await db.complaints.where('createdAt').below(cutoff).delete();
    const posts = await db.posts.where('seenAt').below(cutoff).delete();
    if (complaints > 0) await bumpRevision(db, now);
    return { complaints, posts };
  });
}

/** Deletes every complaint, seen post and daily count; settings and the device id stay. */
export async function deleteEverything(db: SimakDb): Promise<void> {
  await db.transaction('rw', [db.complaints, db.posts, db.dailyStats, db.settings, db.searchChunks], async () => {
    await Promise.all([db.complaints.clear(), db.posts.clear(), db.dailyStats.clear(), db.searchChunks.clear()]);
    await bumpRevision(db);
  });
}
