import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeComplaint } from '../../tests/support/complaints';
import { parseCsv } from '../../tests/support/parse-csv';
import { SimakDb } from '../db/db';
import { mergeComplaints, parseExport } from './import';
import { exportFile } from './run';

let n = 0;
const fresh = () => new SimakDb(`export-test-${++n}`);
afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

async function seeded(count: number) {
  const db = fresh();
  const rows = Array.from({ length: count }, (_, i) =>
    makeComplaint(i, { notes: i % 2 ? [`catatan ${i}`, '=1+1'] : [], status: i % 3 ? 'new' : 'in-progress' }),
  );
  await db.complaints.bulkAdd(rows);
  return { db, rows };
}

describe('export in chunks', () => {
  // A few rows read 20 at a time cross the same chunk joins as 100,000 read 2,000 at a time,
  // without pushing thousands of rows through fake-indexeddb (seconds on a busy machine).
  it('reports progress chunk by chunk and writes every complaint to the CSV', async () => {
    const { db, rows } = await seeded(45);
    const progress: [number, number][] = [];
    const file = await exportFile(db, 'csv', { onProgress: (d, t) => progress.push([d, t]), chunk: 20 });
    expect(progress).toEqual([
      [0, 45],
      [20, 45],
      [40, 45],
      [45, 45],
    ]);
    expect(file.count).toBe(45);
    expect(file.name).toMatch(/^simak-complaints-.*\.csv$/);
    const parsed = parseCsv(await file.blob.text());
    expect(parsed).toHaveLength(46);
    const idAt = parsed[0]?.indexOf('id') ?? -1;
    expect(parsed.slice(1).map((r) => r[idAt])).toEqual(rows.map((r) => r.id));
  });

  it('takes the total from a count known elsewhere instead of counting the log, and counts when none is known', async () => {
    const { db } = await seeded(45);
    const counted = vi.spyOn(db.complaints, 'count');
    const totals: number[] = [];
    await (await exportFile(db, 'csv', { onProgress: (_, t) => totals.push(t), chunk: 20, total: Promise.resolve(44) }))
      .saving;
    expect(counted).not.toHaveBeenCalled();
    expect(totals).toContain(44);
    // Without the log's CSV copy that export saved (a cache), the next reads the records again.
    await db.searchChunks.clear();
    await exportFile(db, 'csv', { chunk: 20, total: Promise.resolve(undefined) });
    expect(counted).toHaveBeenCalledTimes(1);
  });

  it('JSON export re-imported into an empty log gives back exactly the same records', async () => {
    const { db, rows } = await seeded(50);
    await db.complaints.update(rows[5]?.id ?? '', { deleted: 1 });
    const file = await exportFile(db, 'json', { now: Date.UTC(2026, 10, 25), chunk: 20 });
    const text = await file.blob.text();
    const parsed = parseExport(text);
    if (!parsed.ok) throw new Error(parsed.detail);
    expect(parsed.complaints).toHaveLength(50);

    const other = fresh();
    expect(await mergeComplaints(other, parsed.complaints)).toEqual({ added: 50, updated: 0, skipped: 0 });
    expect(await other.complaints.orderBy('id').toArray()).toEqual(await db.complaints.orderBy('id').toArray());
    // Importing the same file again changes nothing.
    expect(await mergeComplaints(other, parsed.complaints)).toEqual({ added: 0, updated: 0, skipped: 50 });
  });
});

describe('import merge', () => {
  it('newest updatedAt wins by id and by post; reports added, updated, skipped', async () => {
    const db = fresh();
    const a = makeComplaint(1, { updatedAt: 100 });
    const b = makeComplaint(2, { updatedAt: 500, status: 'resolved' });
    const c = makeComplaint(3, { updatedAt: 100 });
    await db.complaints.bulkAdd([a, b, c]);
    const report = await mergeComplaints(db, [
      { ...a, updatedAt: 200, status: 'in-progress' }, // newer: updated
      { ...b, updatedAt: 300, status: 'new' }, // older: skipped
      { ...c, id: '01ZZZZZZZZZZZZZZZZZZZZZZZZ', updatedAt: 400, category: 'obat' }, // same post, other id, newer: replaces
      makeComplaint(4), // new: added
      makeComplaint(4, { updatedAt: 1 }), // same id, older copy in the file: skipped
    ]);
    expect(report).toEqual({ added: 1, updated: 2, skipped: 2 });
    expect((await db.complaints.get(a.id))?.status).toBe('in-progress');
    expect((await db.complaints.get(b.id))?.status).toBe('resolved');
    expect(await db.complaints.get(c.id)).toBeUndefined();
    expect((await db.complaints.where('postKey').equals(c.postKey).first())?.category).toBe('obat');
    expect(await db.complaints.count()).toBe(4);
  });
});

describe('bad files leave the log untouched with a clear reason', () => {
  const good = async () => {
    const { db } = await seeded(3);
    return (await exportFile(db, 'json')).blob.text();
  };

  it('another format, junk, truncation, wrong version, a bad record', async () => {
    const text = await good();
    expect(parseExport('id,status\n1,new\n')).toMatchObject({ ok: false, reason: 'not-simak' });
    expect(parseExport('{"hello":"world"}')).toMatchObject({ ok: false, reason: 'not-simak' });
    expect(parseExport(text.slice(0, text.length / 2))).toMatchObject({ ok: false, reason: 'not-json' });
    expect(parseExport(text.replace('"schemaVersion":1', '"schemaVersion":2'))).toMatchObject({
      ok: false,
      reason: 'schema-version',
    });
    const badRecord = text.replace('"status":"new"', '"status":"lost"');
    expect(parseExport(badRecord)).toMatchObject({
      ok: false,
      reason: 'invalid-record',
      detail: expect.stringMatching(/^record 2 \(id \w+\), field status: /),
    });
  });

  // How fast is for a bench, not a unit test on a shared machine: only the answer is checked.
  it('50 MB of junk is refused with its reason', () => {
    const junk = 'x'.repeat(50 * 1024 * 1024);
    expect(parseExport(junk)).toMatchObject({ ok: false, reason: 'not-simak' });
    expect(parseExport(`{"format":"simak-export",${junk}`)).toMatchObject({ ok: false, reason: 'not-json' });
  });

  it('a failure inside the merge rolls the whole import back', async () => {
    const { db, rows } = await seeded(3);
    const before = await db.complaints.toArray();
    // A record that passes the merge logic but fails when written (a value IndexedDB cannot
    // store): the good record written before it in the same transaction must vanish too.
    const broken = { ...makeComplaint(50), post: { ...makeComplaint(50).post, text: (() => 1) as unknown as string } };
    await expect(mergeComplaints(db, [makeComplaint(60), broken])).rejects.toThrow();
    expect(await db.complaints.toArray()).toEqual(before);
    expect(rows).toHaveLength(3);
  });
});
