// Retention by local calendar day, in several time zones (process.env.TZ is switched per block
// and restored), across midnight, a month end and a daylight-saving change; and "delete
// everything" leaving no complaint text in any table.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../core/analyze';
import type { Post } from '../core/types';
import { ComplaintIndex } from './complaint-index';
import { logComplaint } from './complaints';
import { SimakDb } from './db';
import { applyRetention, deleteEverything, firstDayKept } from './retention';
import { recordSeen } from './stats';
import { updateComplaint } from './triage';

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});
afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

function useTimeZone(tz: string, offsetInNovember: number) {
  beforeAll(() => {
    process.env.TZ = tz;
    // Make sure the switch took: otherwise these tests would silently run in one zone.
    expect(new Date(Date.UTC(2026, 10, 20)).getTimezoneOffset()).toBe(offsetInNovember);
  });
}

const post = (id: string, text: string): Post => ({
  key: `x:${id}`,
  site: 'x',
  postId: id,
  author: { name: `Nama ${id}`, handle: `h${id}` },
  text,
  counts: {},
  kind: 'post',
});

let n = 0;
/** Logs a complaint and records the post as seen, both at local time `at`. */
async function logAt(db: SimakDb, id: string, at: Date) {
  const p = post(id, `Kartu BPJS ditolak di RS, tolong min (${id})`);
  const analysis = analyze(p.text);
  await recordSeen(db, [{ post: p, analysis, keep: true }], 'dev', at.getTime());
  await logComplaint(db, p, analysis, 'dev', at.getTime());
}

async function keys(db: SimakDb) {
  return {
    complaints: (await db.complaints.toCollection().sortBy('createdAt')).map((c) => c.postKey),
    posts: (await db.posts.toCollection().sortBy('seenAt')).map((p) => p.key),
  };
}

const ZONES: [string, number][] = [
  ['Asia/Jakarta', -420],
  ['Asia/Jayapura', -540],
  ['UTC', 0],
  ['America/New_York', 300],
  ['Pacific/Kiritimati', -840],
];

describe.each(ZONES)('retention in %s', (tz, offset) => {
  useTimeZone(tz, offset);

  it('deletes by local day across midnight, and nothing else', async () => {
    const db = new SimakDb(`retention-days-${++n}`);
    await logAt(db, '1', new Date(2026, 10, 22, 23, 59)); // 22 Nov, a minute before midnight
    await logAt(db, '2', new Date(2026, 10, 23, 0, 1)); // 23 Nov, just after
    await logAt(db, '3', new Date(2026, 10, 24, 23, 50));
    await logAt(db, '4', new Date(2026, 10, 25, 0, 10));
    await updateComplaint(db, (await db.complaints.where('postKey').equals('x:3').first())?.id ?? '', {
      note: 'sudah ditindaklanjuti',
    });
    const now = new Date(2026, 10, 25, 0, 20).getTime();
    const stats = await db.dailyStats.toArray();
    const kept = await db.complaints.where('postKey').anyOf('x:2', 'x:3', 'x:4').sortBy('createdAt');

    expect(await applyRetention(db, null, now)).toEqual({ complaints: 0, posts: 0 });
    // Two days kept back from 25 Nov: 23 Nov on. 22 Nov 23:59 goes, 23 Nov 00:01 stays, although
    // both are less than 49 hours old.
    expect(firstDayKept(2, now)).toBe('2026-11-23');
    expect(await applyRetention(db, 2, now)).toEqual({ complaints: 1, posts: 1 });
    expect(await keys(db)).toEqual({ complaints: ['x:2', 'x:3', 'x:4'], posts: ['x:2', 'x:3', 'x:4'] });
    expect(await db.complaints.toCollection().sortBy('createdAt')).toEqual(kept);
    expect(await db.dailyStats.toArray()).toEqual(stats);

    // One day back: 24 Nov on, so 24 Nov 23:50 stays though 25 Nov began 20 minutes ago.
    expect(await applyRetention(db, 1, now)).toEqual({ complaints: 1, posts: 1 });
    expect(await keys(db)).toEqual({ complaints: ['x:3', 'x:4'], posts: ['x:3', 'x:4'] });
  });
});

describe('retention across a month end and a daylight-saving change (America/New_York)', () => {
  useTimeZone('America/New_York', 300);

  it('counts calendar days, not 24-hour spans', async () => {
    const db = new SimakDb(`retention-days-${++n}`);
    await logAt(db, '1', new Date(2026, 9, 31, 23, 30)); // 31 Oct, summer time (UTC−4)
    await logAt(db, '2', new Date(2026, 10, 1, 0, 30)); // 1 Nov, the clocks go back at 02:00
    await logAt(db, '3', new Date(2026, 10, 1, 23, 30));
    // 2 Nov 00:15: the 1 Nov day was 25 hours long.
    const now = new Date(2026, 10, 2, 0, 15).getTime();
    expect(firstDayKept(1, now)).toBe('2026-11-01');
    expect(await applyRetention(db, 1, now)).toEqual({ complaints: 1, posts: 1 });
    expect(await keys(db)).toEqual({ complaints: ['x:2', 'x:3'], posts: ['x:2', 'x:3'] });
  });
});

describe('retention and the saved search index', () => {
  it('leaves no text of a deleted complaint in any table, and the search still finds the kept ones', async () => {
    const db = new SimakDb(`retention-index-${++n}`);
    const at = (day: number) => new Date(2026, 10, day, 10).getTime();
    const old = post('1', 'Pasien cuci darah RSUD Kenanga disuruh pulang, tolong min');
    const recent = post('2', 'Antrean obat di puskesmas Melati lama sekali, tolong min');
    await logComplaint(db, old, analyze(old.text), 'dev', at(1));
    await logComplaint(db, recent, analyze(recent.text), 'dev', at(24));
    const index = new ComplaintIndex(db);
    expect((await index.query({ text: 'kenanga' }, 0, 10)).total).toBe(1);
    const tablesHolding = async (text: string) => {
      const hits: string[] = [];
      for (const table of db.tables)
        if (
          JSON.stringify(await table.toArray())
            .toLowerCase()
            .includes(text)
        )
          hits.push(table.name);
      return hits;
    };
    // The saved index holds the text too: the scan would catch it left behind.
    expect(await tablesHolding('kenanga')).toEqual(['complaints', 'searchChunks']);

    expect(await applyRetention(db, 7, at(25))).toMatchObject({ complaints: 1 });
    expect(await tablesHolding('kenanga')).toEqual([]);
    const fresh = new ComplaintIndex(db);
    expect((await fresh.query({ text: 'melati' }, 0, 10)).total).toBe(1);
    expect((await fresh.query({ text: 'kenanga' }, 0, 10)).total).toBe(0);
  });
});

describe('delete everything', () => {
  it('leaves no complaint text, note or author in any table', async () => {
    const db = new SimakDb(`erase-${++n}`);
    const secrets = ['cuci darah', 'RSUD Sehat Sentosa', 'Ibu Wulandari', 'wulan_88', 'catatan rahasia 4711'];
    const p: Post = {
      key: 'x:77',
      site: 'x',
      postId: '77',
      author: { name: 'Ibu Wulandari', handle: 'wulan_88' },
      text: 'Jadwal cuci darah di RSUD Sehat Sentosa dibatalkan, tolong min',
      counts: {},
      kind: 'post',
      quoted: { text: 'cuci darah tiap Selasa' },
    };
    const analysis = analyze(p.text);
    await recordSeen(db, [{ post: p, analysis, keep: true }], 'dev');
    const { id } = await logComplaint(db, p, analysis, 'dev');
    await updateComplaint(db, id, { note: 'catatan rahasia 4711', status: 'in-progress' });
    await db.settings.put({ key: 'deviceId', value: 'dev', updatedAt: 1 });

    const found = async () => {
      const hits: string[] = [];
      for (const table of db.tables) {
        const text = JSON.stringify(await table.toArray());
        for (const s of secrets) if (text.includes(s)) hits.push(`${table.name}: ${s}`);
      }
      return hits;
    };
    // The scan sees them before: it would catch any left behind.
    expect(await found()).toEqual(expect.arrayContaining(['complaints: catatan rahasia 4711', 'posts: Ibu Wulandari']));
    // Which posts were shown today is kept without their text: the sighting must go too.
    expect(await db.sightings.count()).toBe(1);

    await deleteEverything(db);
    expect(await found()).toEqual([]);
    expect(await db.dailyStats.count()).toBe(0);
    expect(await db.sightings.count()).toBe(0);
    expect(await db.settings.get('deviceId')).toMatchObject({ value: 'dev' });
  });
});
