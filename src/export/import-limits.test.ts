// Hostile or broken export files: every time in range, every string and list capped, the keys
// consistent, or the file is refused naming the record and the field. And records that got in
// before these checks existed still export.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { makeComplaint } from '../../tests/support/complaints';
import { parseCsv } from '../../tests/support/parse-csv';
import { SimakDb } from '../db/db';
import type { Complaint } from '../db/schema';
import { parseExport } from './import';
import { JSON_TAIL, jsonHead } from './json';
import { exportFile } from './run';

afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

const DAY = 24 * 60 * 60 * 1000;

/** An export file of three complaints, the second one changed by `spoil`. */
function fileWith(spoil: (c: Complaint) => Complaint): { text: string; id: string } {
  const rows = [0, 1, 2].map((i) => makeComplaint(i));
  const bad = spoil(rows[1] as Complaint);
  rows[1] = bad;
  return { text: jsonHead(Date.now()) + rows.map((c) => JSON.stringify(c)).join(',\n') + JSON_TAIL, id: bad.id };
}

const with_ = (over: Partial<Complaint>) => (c: Complaint) => ({ ...c, ...over });

describe('an import refuses a record out of bounds, naming the record and the field', () => {
  const cases: [string, (c: Complaint) => Complaint, string][] = [
    ['a creation time of 1e20', with_({ createdAt: 1e20 }), 'createdAt'],
    ['a creation time before 2000', with_({ createdAt: Date.UTC(1999, 11, 31) }), 'createdAt'],
    ['an update two days ahead of the clock', with_({ updatedAt: Date.now() + 2 * DAY }), 'updatedAt'],
    ['a history time of 1e20', (c) => ({ ...c, history: [{ at: 1e20, field: 'created', to: 'new' }] }), 'history.0.at'],
    ['a day that does not exist', with_({ day: '2026-02-31' }), 'day'],
    ['a day in 1970', with_({ day: '1970-01-01' }), 'day'],
    ['a day two days ahead', with_({ day: new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10) }), 'day'],
    ['a post date that is no date', (c) => ({ ...c, post: { ...c.post, postedAt: 'kemarin' } }), 'post.postedAt'],
    ['a 40 MB tag', with_({ tags: ['x'.repeat(40 * 1024 * 1024)] }), 'tags.0'],
    ['200,000 tags', with_({ tags: Array.from({ length: 200_000 }, () => 'a') }), 'tags'],
    [
      '200,000 "driver" words',
      (c) => ({
        ...c,
        analysis: {
          ...c.analysis,
          sentiment: { ...c.analysis.sentiment, drivers: Array.from({ length: 200_000 }, () => 'driver') },
        },
      }),
      'analysis.sentiment.drivers',
    ],
    ['a 10,000-character device id', with_({ deviceId: 'd'.repeat(10_000) }), 'deviceId'],
    ['10,000 notes', with_({ notes: Array.from({ length: 10_000 }, () => 'catatan') }), 'notes'],
    ['a postKey that is not its post’s key', with_({ postKey: 'x:999' }), 'postKey'],
    ['a site that is not its post’s site', (c) => ({ ...c, site: c.site === 'x' ? 'facebook' : 'x' }), 'site'],
    ['a post key that is not site:postId', (c) => ({ ...c, post: { ...c.post, postId: '1' } }), 'site'],
  ];

  for (const [what, spoil, field] of cases) {
    it(what, () => {
      const { text, id } = fileWith(spoil);
      const parsed = parseExport(text);
      expect(parsed).toMatchObject({ ok: false, reason: 'invalid-record' });
      if (parsed.ok) return;
      expect(parsed.detail).toContain(`record 2 (id ${id}), field ${field}:`);
      expect(parsed.detail.length).toBeLessThan(600);
    });
  }

  it('accepts the edges: a time in 2000, a clock an hour ahead, an existing leap day, a local day ahead of UTC', () => {
    for (const over of [
      { createdAt: Date.UTC(2000, 0, 1), updatedAt: Date.now() + 60 * 60 * 1000, day: '2024-02-29' },
      // Logged in the morning in Jayapura (UTC+9): its local day is already tomorrow in UTC.
      { day: new Date(Date.now() + 9 * 60 * 60 * 1000).toISOString().slice(0, 10) },
      { day: new Date(Date.now() + DAY).toISOString().slice(0, 10) },
    ]) {
      const parsed = parseExport(fileWith(with_(over)).text);
      expect(parsed.ok ? parsed.complaints.length : parsed.detail).toBe(3);
    }
  });
});

describe('records that got in before the checks still export', () => {
  it('CSV and JSON export every record, times no Date can hold as empty cells', async () => {
    const db = new SimakDb('import-limits-export');
    const bad = [
      makeComplaint(1, { createdAt: 1e20, updatedAt: 1e20 }),
      makeComplaint(2, { history: [{ at: -1e20, field: 'created', to: 'new' }], postKey: 'x:elsewhere' }),
      makeComplaint(3, { createdAt: Number.NaN, tags: Array.from({ length: 2_000 }, () => 'driver') }),
    ];
    await db.complaints.bulkAdd([makeComplaint(0), ...bad]);
    const csv = await exportFile(db, 'csv');
    expect(csv.count).toBe(4);
    const rows = parseCsv(await csv.blob.text());
    const createdAt = (rows[0] ?? []).indexOf('created_at');
    const idAt = (rows[0] ?? []).indexOf('id');
    const created = new Map(rows.slice(1).map((r) => [r[idAt], r[createdAt]]));
    expect(created.get(bad[0]?.id)).toBe('');
    expect(created.get(bad[2]?.id)).toBe('');
    expect(created.get(bad[1]?.id)).toBe(new Date(bad[1]?.createdAt ?? 0).toISOString());
    const json = await exportFile(db, 'json');
    expect(json.count).toBe(4);
    expect(JSON.parse(await json.blob.text()).complaints).toHaveLength(4);
  });
});
