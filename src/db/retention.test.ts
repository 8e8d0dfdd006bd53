import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeComplaint } from '../../tests/support/complaints';
import { exportFile } from '../export/run';
import { logChange } from '../team/local-writes';
import { enqueue } from '../team/outbox';
import { BULK_TABLES, ComplaintIndex } from './complaint-index';
import { readCsvCopy } from './csv-copy-store';
import { localDay } from './day';
import { SimakDb } from './db';
import { baseRevision } from './index-store';
import { applyRetention, deleteEverything } from './retention';
import { bumpRevision, readRevision } from './revision';
import type { Complaint } from './schema';

afterEach(async () => {
  vi.restoreAllMocks();
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 25);

describe('retention', () => {
  it('keeps everything when off, and deletes only what is older than N days when on', async () => {
    const db = new SimakDb('retention-1');
    const old = makeComplaint(1, {}, now - 40 * DAY);
    const recent = makeComplaint(2, {}, now - 5 * DAY);
    await db.complaints.bulkAdd([old, recent]);
    await db.posts.bulkAdd([
      { ...old, key: old.postKey, seenAt: old.createdAt },
      { ...recent, key: recent.postKey, seenAt: recent.createdAt },
    ]);
    expect(await applyRetention(db, null, now)).toEqual({ complaints: 0, posts: 0 });
    expect(await db.complaints.count()).toBe(2);
    expect(await applyRetention(db, 30, now)).toEqual({ complaints: 1, posts: 1 });
    expect((await db.complaints.toArray()).map((c) => c.id)).toEqual([recent.id]);
    expect((await db.posts.toArray()).map((p) => p.key)).toEqual([recent.postKey]);
  });

  it("drops the unsent team changes that carry a deleted complaint's text, and keeps the rest", async () => {
    const db = new SimakDb('retention-outbox');
    const old = { ...makeComplaint(1, {}, now - 40 * DAY), notes: ['pasien gagal ginjal, cuci darah'] };
    const recent = makeComplaint(2, {}, now - 5 * DAY);
    await db.complaints.bulkAdd([old, recent]);
    await db.transaction('rw', db.outbox, async () => {
      await enqueue(db, logChange(old), now - 40 * DAY);
      await enqueue(db, { op: 'note', postKey: old.postKey, value: 'rujukan ditolak dua kali' }, now - 39 * DAY);
      await enqueue(db, { op: 'status', postKey: old.postKey, value: 'resolved' }, now - 39 * DAY);
      await enqueue(db, logChange(recent), now - 5 * DAY);
      await enqueue(db, { op: 'note', postKey: recent.postKey, value: 'sudah dihubungi' }, now - 5 * DAY);
    });
    expect(await applyRetention(db, 30, now)).toEqual({ complaints: 1, posts: 0 });
    const left = (await db.outbox.orderBy('seq').toArray()).map((r) => [r.change.op, r.postKey]);
    expect(left).toEqual([
      ['status', old.postKey],
      ['log', recent.postKey],
      ['note', recent.postKey],
    ]);
    const queued = JSON.stringify(await db.outbox.toArray()).toLowerCase();
    expect(queued).not.toContain('ginjal');
    expect(queued).not.toContain('rujukan ditolak');
    expect(queued).not.toContain(old.post.text.toLowerCase());
  });

  it('delete everything empties the log, posts, daily counts and sightings but keeps settings', async () => {
    const db = new SimakDb('retention-2');
    await db.complaints.add(makeComplaint(1));
    await db.settings.put({ key: 'deviceId', value: 'dev', updatedAt: 1 });
    await db.dailyStats.put({
      id: 'a',
      day: '2026-11-25',
      query: '*',
      site: 'x',
      postsSeen: 1,
      negative: 0,
      neutral: 1,
      positive: 0,
      complaints: 0,
      engagement: 0,
      updatedAt: 1,
      deleted: 0,
      deviceId: 'dev',
    });
    await db.sightings.put({ id: '2026-11-25|x:1', day: '2026-11-25' });
    await deleteEverything(db);
    expect([
      await db.complaints.count(),
      await db.posts.count(),
      await db.dailyStats.count(),
      await db.sightings.count(),
    ]).toEqual([0, 0, 0, 0]);
    expect(await db.settings.get('deviceId')).toMatchObject({ value: 'dev' });
  });
});

/** Every row of `searchChunks` as text, the CSV copy's Blob parts read too (JSON shows a Blob as {}). */
async function savedText(db: SimakDb): Promise<string> {
  const out: string[] = [];
  for (const row of await db.searchChunks.toArray()) {
    out.push(JSON.stringify(row));
    const body = (row as { body?: unknown }).body;
    if (body instanceof Blob) out.push(await body.text());
  }
  return out.join('\n').toLowerCase();
}

/** A complaint logged on the day `at` falls in, its post saying `text`. */
function complaintSaying(i: number, at: number, text: string): Complaint {
  const c = makeComplaint(i, {}, at);
  return { ...c, day: localDay(new Date(c.createdAt)), post: { ...c.post, text } };
}

describe('retention and what is derived from the log (search index, CSV copy)', () => {
  const old = (i: number) => complaintSaying(i, now - 40 * DAY, `Cuci darah di RSUD Kenanga ditolak (${i})`);
  const recent = (i: number) => complaintSaying(i, now - 2 * DAY, `Antrean obat di puskesmas Melati lama (${i})`);

  /** A log of 3 old and 3 recent complaints, written as a pull writes them, with both copies' bases saved from it. */
  async function loggedAndSaved(name: string) {
    const db = new SimakDb(name);
    const index = new ComplaintIndex(db);
    index.follow();
    const all = [old(1), old(2), old(3), recent(4), recent(5), recent(6)];
    await db.transaction('rw', [...BULK_TABLES], async () => {
      await db.complaints.bulkPut(all);
      await index.applyChanges(all);
    });
    expect((await index.query({ text: 'kenanga' }, 0, 10)).total).toBe(3);
    await index.compactNow();
    expect(await readCsvCopy(db)).toMatchObject({ changes: 0 });
    // Both bases hold the old texts: the scans below would find them left behind.
    expect(await savedText(db)).toContain('kenanga');
    return { db, index };
  }

  it('deletes through the change rows: the index and the CSV copy stay, and hold no deleted text once it returns', async () => {
    const { db, index } = await loggedAndSaved('retention-derived-1');
    const rebuild = vi.spyOn(ComplaintIndex.prototype as unknown as { rebuild: () => unknown }, 'rebuild');

    expect(await applyRetention(db, 30, now, index)).toEqual({ complaints: 3, posts: 0 });
    const saved = await savedText(db);
    expect(saved).not.toContain('kenanga');
    expect(saved).toContain('melati');
    // Not cleared: a base of each is still there, current at the log's revision.
    expect(await baseRevision(db)).toBe(await readRevision(db));
    expect(await readCsvCopy(db)).toMatchObject({ changes: 0, revision: await readRevision(db) });
    // The worker's copy in memory followed; a restarted worker reads the base back, no rebuild.
    expect((await index.query({ text: 'kenanga' }, 0, 10)).total).toBe(0);
    const restarted = new ComplaintIndex(db);
    expect((await restarted.query({ text: 'melati' }, 0, 10)).total).toBe(3);
    expect((await restarted.query({ text: 'kenanga' }, 0, 10)).total).toBe(0);
    expect(rebuild).not.toHaveBeenCalled();
    // The export joins the copy (no record read) and leaves the deleted complaints out.
    const read = vi.spyOn(db.complaints, 'orderBy');
    const file = await exportFile(db, 'csv', { delimiter: ',' });
    const csv = await file.blob.text();
    expect(read).not.toHaveBeenCalled();
    expect(file.count).toBe(3);
    expect(csv.toLowerCase()).not.toContain('kenanga');
    expect(csv).toContain('Melati');
  });

  it('a worker stopped before the bases were rewritten rewrites them at its next pass', async () => {
    const { db, index } = await loggedAndSaved('retention-derived-2');
    // The rewrite fails (the worker stopped there): the deletion itself is committed.
    vi.spyOn(index, 'compactNow').mockRejectedValueOnce(new Error('worker stopped'));
    await expect(applyRetention(db, 30, now, index)).rejects.toThrow('worker stopped');
    expect(await db.complaints.count()).toBe(3);
    expect(await savedText(db)).toContain('kenanga');

    // The next worker's pass at its start deletes nothing more, but finds the rewrite owed.
    expect(await applyRetention(db, 30, now, new ComplaintIndex(db))).toEqual({ complaints: 0, posts: 0 });
    expect(await savedText(db)).not.toContain('kenanga');
    expect(await readCsvCopy(db)).toMatchObject({ changes: 0 });
  });

  it('drops a CSV copy that cannot be brought up to date rather than keep its deleted lines', async () => {
    const { db, index } = await loggedAndSaved('retention-derived-3');
    // A write behind the copy's back (no change row): the copy can no longer be folded.
    await db.transaction('rw', [db.complaints, db.settings], async () => {
      await db.complaints.put(recent(7));
      await bumpRevision(db);
    });
    await applyRetention(db, 30, now, index);
    expect(await savedText(db)).not.toContain('kenanga');
    expect(await readCsvCopy(db)).toBeUndefined();
    const file = await exportFile(db, 'csv', { delimiter: ',' });
    expect(file.count).toBe(4);
    expect((await file.blob.text()).toLowerCase()).not.toContain('kenanga');
  });
});
