import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { makeComplaint } from '../../tests/support/complaints';
import { SimakDb } from './db';
import { applyRetention, deleteEverything } from './retention';

afterEach(async () => {
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
