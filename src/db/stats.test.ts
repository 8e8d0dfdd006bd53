import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Analysis, Post } from '../core/types';
import { localDay } from './day';
import { SimakDb } from './db';
import { recordSeen, todayTotals } from './stats';

afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

const analysis: Analysis = {
  lang: 'id',
  sentiment: { label: 'neutral', score: 0, confidence: 0.5, drivers: [] },
  complaint: { is: false, probability: 0.1, categories: [], urgent: false, urgencyFlags: [], asksForHelp: false },
  matches: [],
  modelVersion: 'test',
};
const seen = (id: string) => ({
  post: { key: `x:${id}`, site: 'x', postId: id, author: {}, text: 'halo', counts: {}, kind: 'post' } satisfies Post,
  analysis,
  keep: false,
});

describe('recordSeen and the sightings', () => {
  it('counts a post once per day, also when a batch holds it twice', async () => {
    const db = new SimakDb('stats-once');
    const noon = new Date(2026, 10, 25, 12).getTime();
    expect(await recordSeen(db, [seen('1'), seen('1'), seen('2')], 'dev', noon)).toBe(2);
    expect(await recordSeen(db, [seen('2'), seen('3')], 'dev', noon + 60_000)).toBe(1);
    expect((await todayTotals(db, localDay(noon))).postsSeen).toBe(3);
    expect(await db.sightings.count()).toBe(3);
  });

  it("a call for an earlier day that runs late leaves the later day's sightings alone", async () => {
    const db = new SimakDb('stats-late');
    const before = new Date(2026, 10, 25, 23, 59).getTime();
    const after = new Date(2026, 10, 26, 0, 1).getTime();
    await recordSeen(db, [seen('1')], 'dev', after);
    await recordSeen(db, [seen('2')], 'dev', before);
    await recordSeen(db, [seen('1')], 'dev', after);
    expect((await todayTotals(db, localDay(after))).postsSeen).toBe(1);
    expect(await db.sightings.where('day').equals(localDay(after)).primaryKeys()).toEqual([`${localDay(after)}|x:1`]);
  });
});
