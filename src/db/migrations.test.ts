import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SimakDb } from './db';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5 } from './schema';

// The migration pattern every later schema version follows: fill a database written by the
// previous version, open it with the next version's schema, and find every row intact.
const NAME = 'simak-migration-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

function complaintRow(i: number) {
  return {
    id: `01J${String(i).padStart(23, '0')}`,
    postKey: `x:${1000 + i}`,
    site: 'x',
    post: {
      key: `x:${1000 + i}`,
      site: 'x',
      postId: String(1000 + i),
      author: {},
      text: `keluhan ${i} 😡`,
      counts: {},
      kind: 'post',
    },
    status: 'new',
    priority: 'normal',
    category: 'antrean',
    notes: [`catatan ${i}`],
    tags: [],
    createdAt: 1_700_000_000_000 + i,
    day: '2026-11-20',
    updatedAt: 1_700_000_000_000 + i,
    deleted: 0,
    deviceId: 'dev-1',
    history: [{ at: 1_700_000_000_000 + i, field: 'created', to: 'new' }],
  };
}

describe('Dexie schema migrations', () => {
  it("opens a v1 database with today's schema, then upgrades it to a next version, every row intact", async () => {
    // A database as version 1 of Simak wrote it.
    const v1 = new Dexie(NAME);
    v1.version(1).stores(SCHEMA_V1);
    const rows = Array.from({ length: 50 }, (_, i) => complaintRow(i));
    await v1.table('complaints').bulkAdd(rows);
    await v1.table('dailyStats').put({
      id: '2026-11-20|*|x',
      day: '2026-11-20',
      query: '*',
      site: 'x',
      postsSeen: 7,
      negative: 3,
      neutral: 2,
      positive: 2,
      complaints: 1,
      engagement: 40,
      updatedAt: 1,
      deleted: 0,
      deviceId: 'dev-1',
    });
    await v1.table('settings').put({ key: 'deviceId', value: 'dev-1', updatedAt: 1 });
    v1.close();

    // Today's schema (v2 adds the saved search index, v3 the sightings, v4 the team outbox, v5 drops
    // the indexes nothing reads) opens it with every row intact, found by the indexes it keeps.
    const current = new SimakDb(NAME);
    expect(await current.complaints.orderBy('id').toArray()).toEqual(rows);
    expect(await current.searchChunks.count()).toBe(0);
    expect(await current.sightings.count()).toBe(0);
    expect(await current.outbox.count()).toBe(0);
    expect(await current.complaints.where('postKey').equals('x:1007').primaryKeys()).toEqual([rows[7]?.id]);
    expect(await current.complaints.where('day').equals('2026-11-20').count()).toBe(50);
    expect(current.complaints.schema.indexes.map((i) => i.name)).toEqual(['postKey', 'day']);
    current.close();

    // A next version that adds a priority index and a field with a default, the usual kind of change.
    const next = new Dexie(NAME);
    next.version(1).stores(SCHEMA_V1);
    next.version(2).stores(SCHEMA_V2);
    next.version(3).stores(SCHEMA_V3);
    next.version(4).stores(SCHEMA_V4);
    next.version(5).stores(SCHEMA_V5);
    next
      .version(6)
      .stores({ ...SCHEMA_V5, complaints: `${SCHEMA_V5.complaints}, priority` })
      .upgrade((tx) =>
        tx
          .table('complaints')
          .toCollection()
          .modify((c: { assignee?: string }) => {
            c.assignee = '';
          }),
      );
    await next.open();
    expect(next.verno).toBe(6);
    const after = await next.table('complaints').orderBy('id').toArray();
    expect(after).toHaveLength(50);
    for (const [i, row] of after.entries()) {
      expect(row).toEqual({ ...rows[i], assignee: '' });
    }
    expect(await next.table('complaints').where('priority').equals('normal').count()).toBe(50);
    expect(await next.table('dailyStats').get('2026-11-20|*|x')).toMatchObject({ postsSeen: 7, engagement: 40 });
    expect(await next.table('settings').get('deviceId')).toMatchObject({ value: 'dev-1' });
    next.close();
  });
});
