import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { makeComplaint } from '../../tests/support/complaints';
import { BULK_TABLES, ComplaintIndex } from '../db/complaint-index';
import { countNewComplaintsOn } from '../db/complaints';
import { localDay } from '../db/day';
import { SimakDb } from '../db/db';
import type { Complaint, ComplaintStatus } from '../db/schema';
import { newComplaintsOn, oneAtATime } from './badge-count';

let n = 0;
afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

const NOW = Date.UTC(2026, 10, 20, 5);
const STATUSES: ComplaintStatus[] = ['new', 'in-progress', 'new', 'resolved'];

/** Complaints over three days (one in seven deleted), written as a pull writes them. */
async function bulk(db: SimakDb, index: ComplaintIndex, from: number, count: number): Promise<Complaint[]> {
  const put = Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const c = makeComplaint(i, { status: STATUSES[i % 4] as ComplaintStatus }, NOW - (i % 3) * 86_400_000);
    return i % 7 === 3 ? { ...c, deleted: 1 as const } : c;
  });
  await db.transaction('rw', [...BULK_TABLES], async () => {
    await db.complaints.bulkPut(put);
    await index.applyChanges(put);
  });
  return put;
}

describe("today's new complaints for the badge", () => {
  it('counts from the index in memory what the log holds, without reading a complaint', async () => {
    const db = new SimakDb(`badge-count-${++n}`);
    const index = new ComplaintIndex(db, 4, 2);
    index.follow();
    await bulk(db, index, 0, 40);
    const day = localDay(NOW);
    let read = 0;
    const counting = (c: Complaint) => {
      read++;
      return c;
    };
    db.complaints.hook('reading', counting);
    const fromLog = await countNewComplaintsOn(db, day);
    expect(fromLog).toBeGreaterThan(0);
    // Not in memory yet: read from the log, as before.
    expect(index.inMemory).toBe(false);
    read = 0;
    expect(await newComplaintsOn(db, index, day)).toBe(fromLog);
    expect(read).toBeGreaterThan(0);

    db.complaints.hook('reading').unsubscribe(counting);
    await index.warm();
    expect(index.inMemory).toBe(true);
    // Changes after the load: new complaints, and some of today's new ones resolved.
    const written = await bulk(db, index, 40, 25);
    const resolved = written.filter((c) => c.day === day && c.status === 'new').slice(0, 3);
    expect(resolved.length).toBeGreaterThan(0);
    const triaged = resolved.map((c) => ({ ...c, status: 'resolved' as const }));
    await db.transaction('rw', [...BULK_TABLES], async () => {
      await db.complaints.bulkPut(triaged);
      await index.applyChanges(triaged);
    });
    db.complaints.hook('reading', counting);
    read = 0;
    const fromIndex = await newComplaintsOn(db, index, day);
    db.complaints.hook('reading').unsubscribe(counting);
    expect(read).toBe(0);
    expect(fromIndex).toBe(await countNewComplaintsOn(db, day));
    // Another day's count too.
    const yesterday = localDay(NOW - 86_400_000);
    expect(await newComplaintsOn(db, index, yesterday)).toBe(await countNewComplaintsOn(db, yesterday));
  });
});

describe('one refresh at a time', () => {
  it('runs once more after the one under way, however often it was asked meanwhile', async () => {
    const ends: (() => void)[] = [];
    let runs = 0;
    const refresh = oneAtATime(() => {
      runs++;
      return new Promise<void>((resolve) => ends.push(resolve));
    });
    const first = refresh();
    const second = refresh();
    const third = refresh();
    expect(runs).toBe(1);
    ends.shift()?.();
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(runs).toBe(2);
    ends.shift()?.();
    await Promise.all([first, second, third]);
    expect(runs).toBe(2);
    // Idle again: the next request runs at once.
    const fourth = refresh();
    expect(runs).toBe(3);
    ends.shift()?.();
    await fourth;
  });

  it('keeps going after a refresh that failed', async () => {
    let runs = 0;
    const refresh = oneAtATime(async () => {
      runs++;
      if (runs === 1) throw new Error('no badge');
    });
    await refresh();
    await refresh();
    expect(runs).toBe(2);
  });
});
