import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeComplaint } from '../../tests/support/complaints';
import { ComplaintIndex } from './complaint-index';
import { changeKey } from './csv-copy';
import { SimakDb } from './db';
import { DELTA_KEY, deltaChanges, type IndexDelta, META_KEY } from './index-parts';
import { bumpRevision } from './revision';
import { ComplaintNotFound, updateComplaint } from './triage';

let n = 0;
const fresh = () => new SimakDb(`triage-test-${++n}`);
afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

describe('triage: updating a complaint', () => {
  it('applies each change and appends it to the history with its time', async () => {
    const db = fresh();
    const c = makeComplaint(1);
    await db.complaints.add(c);
    await updateComplaint(db, c.id, { status: 'in-progress', priority: 'high' }, 1000);
    const after = await updateComplaint(
      db,
      c.id,
      { category: 'rujukan', note: '  telepon pasien besok  ', status: 'resolved' },
      2000,
    );
    expect(after).toMatchObject({
      status: 'resolved',
      priority: 'high',
      category: 'rujukan',
      notes: ['telepon pasien besok'],
      updatedAt: 2000,
    });
    expect(after.history.slice(1)).toEqual([
      { at: 1000, field: 'status', from: 'new', to: 'in-progress' },
      { at: 1000, field: 'priority', from: 'normal', to: 'high' },
      { at: 2000, field: 'status', from: 'in-progress', to: 'resolved' },
      { at: 2000, field: 'category', from: 'antrean', to: 'rujukan' },
      { at: 2000, field: 'note', to: 'telepon pasien besok' },
    ]);
    expect(await db.complaints.get(c.id)).toEqual(after);
  });

  it('leaves the record untouched when nothing actually changes', async () => {
    const db = fresh();
    const c = makeComplaint(2);
    await db.complaints.add(c);
    const same = await updateComplaint(db, c.id, { status: 'new', note: '   ' }, 5000);
    expect(same).toEqual(c);
    expect(await db.complaints.get(c.id)).toEqual(c);
  });

  it('refuses a missing or deleted complaint', async () => {
    const db = fresh();
    const c = makeComplaint(3, { deleted: 1 });
    await db.complaints.add(c);
    await expect(updateComplaint(db, c.id, { status: 'resolved' })).rejects.toBeInstanceOf(ComplaintNotFound);
    await expect(updateComplaint(db, 'nope', { status: 'resolved' })).rejects.toBeInstanceOf(ComplaintNotFound);
  });
});

describe('the complaint index', () => {
  it('lists newest first, pages, and filters by text, status, site, category, priority, query and days', async () => {
    const db = fresh();
    const rows = Array.from({ length: 60 }, (_, i) => makeComplaint(i));
    await db.complaints.bulkAdd([...rows, makeComplaint(99, { deleted: 1 })]);
    const index = new ComplaintIndex(db);

    // Cold: the newest rows come straight from IndexedDB, the total follows with the index.
    const first = await index.query({}, 0, 10);
    expect(first).toMatchObject({ total: 10, exact: false });
    expect(first.rows.map((r) => r.id)).toEqual(
      rows
        .slice(50)
        .reverse()
        .map((r) => r.id),
    );
    const again = await index.query({}, 0, 10);
    expect(again).toMatchObject({ total: 60, exact: true });
    expect(again.rows).toEqual(first.rows);
    const second = await index.query({}, 10, 10);
    expect(second.rows[0]?.id).toBe(rows[49]?.id);

    // Accents and case do not matter; every word must match.
    const kecewa = await index.query({ text: 'KECÉWA  kartu' }, 0, 100);
    expect(kecewa.total).toBe(10);
    expect(kecewa.rows.every((r) => r.text.includes('Kecewa'))).toBe(true);
    expect((await index.query({ text: '#7' }, 0, 100)).rows.map((r) => r.text)).toEqual([
      expect.stringContaining('#7'),
    ]);
    expect((await index.query({ text: '@warga12' }, 0, 100)).total).toBe(1);

    expect((await index.query({ site: 'facebook' }, 0, 100)).total).toBe(20);
    expect((await index.query({ category: 'obat' }, 0, 100)).total).toBe(10);
    expect((await index.query({ priority: 'urgent' }, 0, 100)).total).toBe(6);
    expect((await index.query({ query: 'bpjs' }, 0, 100)).total).toBe(15);
    const day = rows[0]?.day ?? '';
    expect((await index.query({ from: day, to: day }, 0, 100)).total).toBe(rows.filter((r) => r.day === day).length);
    expect((await index.query({ from: '2099-01-01' }, 0, 100)).total).toBe(0);
    expect(await index.facets()).toEqual({
      categories: ['antrean', 'iuran_pembayaran', 'kepesertaan', 'lainnya', 'obat', 'rujukan'],
      queries: ['bpjs'],
    });
  });

  it('follows changes made by the worker and by other writers', async () => {
    const db = fresh();
    await db.complaints.bulkAdd(Array.from({ length: 5 }, (_, i) => makeComplaint(i)));
    const index = new ComplaintIndex(db);
    expect((await index.query({ status: 'resolved' }, 0, 10)).total).toBe(0);
    const target = (await index.query({}, 0, 1)).rows[0]?.id ?? '';
    await index.afterWrite({
      upsert: await updateComplaint(db, target, { status: 'resolved', note: 'sudah ditelepon' }),
    });
    expect((await index.query({ status: 'resolved' }, 0, 10)).rows.map((r) => r.id)).toEqual([target]);
    expect((await index.query({ text: 'ditelepon' }, 0, 10)).total).toBe(1);
    // Saved as one change row over the base the first query saved: meta, one part, one change;
    // and the CSV copy's change row beside it (csv-copy.ts, under a string key).
    expect((await db.searchChunks.toArray()).map((r) => r.chunk)).toEqual([META_KEY, 0, DELTA_KEY + 1, changeKey(1)]);

    // Someone else (an import in a page) writes and bumps the revision: the index rebuilds.
    await db.transaction('rw', db.complaints, db.settings, async () => {
      await db.complaints.add(makeComplaint(40, { status: 'resolved' }));
      await bumpRevision(db);
    });
    expect((await index.query({ status: 'resolved' }, 0, 10)).total).toBe(2);

    // A fresh worker (new index object) reads the saved slices instead of every complaint.
    const reborn = new ComplaintIndex(db);
    const readAll = vi.spyOn(db.complaints, 'orderBy');
    expect((await reborn.query({ status: 'resolved' }, 0, 10)).total).toBe(2);
    expect(readAll).not.toHaveBeenCalled();
    readAll.mockRestore();
  });

  it("saves the worker's own writes as change rows after the base, which a restarted worker replays", async () => {
    const db = fresh();
    await db.complaints.bulkAdd(Array.from({ length: 1_000 }, (_, i) => makeComplaint(i)));
    const index = new ComplaintIndex(db);
    expect((await index.query({ text: 'obat' }, 0, 5)).total).toBe(167);
    const added = makeComplaint(5_000, { category: 'pungli_fraud' });
    await db.transaction('rw', db.complaints, db.settings, async () => {
      await db.complaints.add(added);
      await bumpRevision(db);
    });
    await index.afterWrite({ upsert: added });
    const rows = await db.searchChunks.toArray();
    expect(rows.map((r) => r.chunk)).toEqual([META_KEY, 0, DELTA_KEY + 1, changeKey(1)]);
    expect(rows[1]).toMatchObject({ idLengths: { length: 1_000 } });
    expect(rows[2]).toMatchObject({ from: 0, to: 1, removed: [] });
    expect(deltaChanges(rows[2] as IndexDelta)).toMatchObject([[added.id, { id: added.id, category: 'pungli_fraud' }]]);
    const reborn = new ComplaintIndex(db);
    expect((await reborn.query({ category: 'pungli_fraud' }, 0, 5)).rows.map((r) => r.id)).toEqual([added.id]);
    expect((await reborn.query({}, 0, 1)).rows.map((r) => r.id)).toEqual([added.id]);
  });
});
