// Complaints that arrive in bulk (a team sync's pull, an import) patch the search index in the
// transaction that writes them. These tests hold the index to the plain answer (a filter over
// the complaints table) through pulls of new, changed, deleted and removed complaints mixed
// with the worker's own writes and restarts, at every size around the slice boundaries, and
// check that no context rebuilds the index from every complaint for them.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { ulid } from 'ulid';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeComplaint, serverViewOf } from '../../tests/support/complaints';
import { inThrowawayDb } from '../../tests/support/throwaway-db';
import { applyViews } from '../team/apply-pull';
import { shareLocal } from '../team/local-writes';
import type { ComplaintView } from '../team/views';
import { type ComplaintFilter, matchesFilter, toSearchEntry } from './complaint-filter';
import { BULK_TABLES, ComplaintIndex } from './complaint-index';
import { logComplaint } from './complaints';
import { CSV_META_KEY, changeKey } from './csv-copy';
import { SimakDb } from './db';
import { DELTA_KEY, META_KEY } from './index-parts';
import { patchSlices } from './index-slices';
import { readRevision } from './revision';
import type { Complaint, ComplaintStatus, SearchEntry } from './schema';
import { updateComplaint } from './triage';

let n = 0;
const fresh = () => new SimakDb(`complaint-index-bulk-test-${++n}`);
afterEach(async () => {
  vi.restoreAllMocks();
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

const BASE = Date.UTC(2026, 10, 1, 3);
const STATUSES: ComplaintStatus[] = ['new', 'in-progress', 'resolved', 'dismissed'];
const FILTERS: ComplaintFilter[] = [
  {},
  { status: 'resolved' },
  { status: 'new' },
  { site: 'facebook' },
  { text: 'obat' },
  { assignee: null },
  { assignee: 'budi', status: 'resolved' },
];

/** What the index must answer: the live complaints, newest id first, through the same filter. */
async function expected(db: SimakDb, filter: ComplaintFilter): Promise<string[]> {
  const all = await db.complaints.toArray();
  return all
    .filter((c) => c.deleted === 0 && matchesFilter(toSearchEntry(c), filter))
    .map((c) => c.id)
    .sort()
    .reverse();
}

async function expectExact(index: ComplaintIndex, db: SimakDb): Promise<void> {
  for (const filter of FILTERS) {
    await index.query(filter, 0, 1); // the first answer may come cold, straight from IndexedDB
    const page = await index.query(filter, 0, 100_000);
    expect(page.exact).toBe(true);
    expect(page.rows.map((r) => r.id)).toEqual(await expected(db, filter));
    expect(page.total).toBe(page.rows.length);
    // The popup's summary counts from the same copy.
    expect(await index.count(filter)).toBe(page.total);
  }
}

/** As a team sync does: write the pulled complaints and patch the index in one transaction. */
async function pull(db: SimakDb, index: ComplaintIndex, put: Complaint[], removed: string[] = []): Promise<void> {
  await db.transaction('rw', [...BULK_TABLES], async () => {
    await db.complaints.bulkDelete(removed);
    await db.complaints.bulkPut(put);
    await index.applyChanges(put, removed);
  });
}

/** One pull, described by numbers the property test draws. */
interface Pull {
  /** Complaints new to this device, `at` placing each in time among the existing ones. */
  fresh: number[];
  /** Existing complaints changed elsewhere (status), deleted there, or removed outright. */
  changed: { pick: number; status: ComplaintStatus }[];
  deleted: number[];
  removed: number[];
}

type Op =
  | { kind: 'pull'; pull: Pull }
  | { kind: 'team'; pull: Pull }
  | { kind: 'log' }
  | { kind: 'triage'; pick: number }
  | { kind: 'restart' };

const pullArb: fc.Arbitrary<Pull> = fc.record({
  fresh: fc.array(fc.nat({ max: 40 }), { maxLength: 12 }),
  changed: fc.array(fc.record({ pick: fc.nat(), status: fc.constantFrom(...STATUSES) }), { maxLength: 4 }),
  deleted: fc.array(fc.nat(), { maxLength: 3 }),
  removed: fc.array(fc.nat(), { maxLength: 3 }),
});
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: pullArb.map((p): Op => ({ kind: 'pull', pull: p })) },
  { weight: 3, arbitrary: pullArb.map((p): Op => ({ kind: 'team', pull: p })) },
  fc.constant<Op>({ kind: 'log' }),
  fc.record({ kind: fc.constant('triage' as const), pick: fc.nat() }),
  fc.constant<Op>({ kind: 'restart' }),
);

/**
 * A page pulled from the team server, through the sync's own write (apply-pull.ts): posts new
 * here, status and handler changes made by colleagues, complaints deleted in the office.
 */
async function teamPull(db: SimakDb, index: ComplaintIndex, p: Pull, serial: () => number): Promise<void> {
  const all = (await db.complaints.toArray()).filter((c) => c.deleted === 0);
  const pick = (k: number) => all[k % Math.max(1, all.length)];
  const views: ComplaintView[] = [];
  for (const at of p.fresh) {
    const n = serial();
    views.push(serverViewOf({ ...makeComplaint(3_000 + n, {}, BASE), createdAt: BASE + at * 150_000 + n }, 10 * n));
  }
  for (const { pick: k, status } of p.changed) {
    const c = pick(k);
    if (c) views.push(serverViewOf(c, 10 * serial(), { status, assignee: k % 2 === 0 ? 'budi' : null }));
  }
  for (const k of [...p.deleted, ...p.removed]) {
    const c = pick(k);
    if (c) views.push(serverViewOf(c, 10 * serial(), { deleted: true }));
  }
  await applyViews(db, views, [], serial(), index);
}

async function run(db: SimakDb, chunkSize: number, start: number, ops: Op[]): Promise<void> {
  await db.transaction('rw', db.complaints, db.settings, async () => {
    await db.complaints.bulkAdd(Array.from({ length: start }, (_, i) => makeComplaint(i * 10, {}, BASE)));
    await db.settings.put({ key: 'logRevision', value: 1, updatedAt: BASE });
  });
  // Parts of two slices, so the saved base crosses part boundaries too.
  let index = new ComplaintIndex(db, chunkSize, 2, 0);
  await expectExact(index, db);
  let serial = 0;
  const live = async () => (await db.complaints.toArray()).filter((c) => c.deleted === 0);
  for (const op of ops) {
    if (op.kind === 'pull') {
      const all = await live();
      const pick = (k: number) => all[k % Math.max(1, all.length)];
      const put = new Map<string, Complaint>();
      // Unique post numbers far from the preloaded ones; `at` interleaves their times.
      for (const at of op.pull.fresh) {
        const c = makeComplaint(1_000 + serial++, {}, BASE);
        const createdAt = BASE + at * 150_000 + serial;
        const id = ulid(createdAt);
        put.set(id, { ...c, id, createdAt });
      }
      for (const { pick: k, status } of op.pull.changed) {
        const c = pick(k);
        if (c) put.set(c.id, { ...c, status, updatedAt: c.updatedAt + 1 });
      }
      for (const k of op.pull.deleted) {
        const c = pick(k);
        if (c) put.set(c.id, { ...c, deleted: 1, updatedAt: c.updatedAt + 1 });
      }
      const removed = op.pull.removed.map((k) => pick(k)?.id).filter((id): id is string => !!id && !put.has(id));
      await pull(db, index, [...put.values()], [...new Set(removed)]);
    } else if (op.kind === 'team') {
      await teamPull(db, index, op.pull, () => ++serial);
    } else if (op.kind === 'log') {
      const sample = makeComplaint(5_000 + serial++, {}, BASE);
      const out = await logComplaint(db, sample.post, sample.analysis, 'dev-test', BASE + 10_000_000 + serial);
      const logged = await db.complaints.get(out.id);
      if (logged) await index.afterWrite({ upsert: logged });
    } else if (op.kind === 'triage') {
      const all = await live();
      const c = all[op.pick % Math.max(1, all.length)];
      if (!c) continue;
      await index.afterWrite({ upsert: await updateComplaint(db, c.id, { status: 'resolved' }, BASE + serial++) });
    } else index = new ComplaintIndex(db, chunkSize, 2, 0); // the worker restarted: read the saved index
    await expectExact(index, db);
  }
}

describe('complaints arriving in bulk', () => {
  it('keep the index exact through pulls (team sync pages among them), own writes and restarts at every size around the slice boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 1, max: 4 })
          .chain((chunkSize) =>
            fc.tuple(
              fc.constant(chunkSize),
              fc.integer({ min: 0, max: chunkSize * 3 + 1 }),
              fc.array(opArb, { minLength: 1, maxLength: 8 }),
            ),
          ),
        async ([chunkSize, start, ops]) => {
          await inThrowawayDb(fresh(), async (db) => {
            await run(db, chunkSize, start, ops);
          });
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it('never rebuild the index: not in the context that wrote them, not in a restarted worker', async () => {
    const db = fresh();
    const index = new ComplaintIndex(db, 10);
    await pull(
      db,
      index,
      Array.from({ length: 95 }, (_, i) => makeComplaint(i, {}, BASE)),
    );
    const rebuild = vi.spyOn(ComplaintIndex.prototype as unknown as { rebuild: () => unknown }, 'rebuild');
    await expectExact(index, db);
    const more = Array.from({ length: 40 }, (_, i) => makeComplaint(200 + i, { status: 'resolved' }, BASE));
    await pull(db, index, more, [(await db.complaints.toArray())[3]?.id ?? '']);
    await expectExact(index, db);
    await expectExact(new ComplaintIndex(db, 10), db);
    expect(rebuild).not.toHaveBeenCalled();
    // Saved: the empty base of a log written for the first time, then one small row per pull;
    // the same for the log's CSV copy (csv-copy.ts), under its string keys.
    const rows = await db.searchChunks.orderBy('chunk').toArray();
    expect(rows.map((r) => r.chunk)).toEqual([
      META_KEY,
      DELTA_KEY + 1,
      DELTA_KEY + 2,
      changeKey(1),
      changeKey(2),
      CSV_META_KEY,
    ]);
  });

  it("from the team server patch the index in the pull's transaction: no rebuild, no reload, also after a restart", async () => {
    const db = fresh();
    const worker = new ComplaintIndex(db, 10, 2, 0);
    await pull(
      db,
      worker,
      Array.from({ length: 95 }, (_, i) => makeComplaint(i, {}, BASE)),
    );
    await expectExact(worker, db);
    const rebuild = vi.spyOn(ComplaintIndex.prototype as unknown as { rebuild: () => unknown }, 'rebuild');
    const load = vi.spyOn(ComplaintIndex.prototype as unknown as { load: () => unknown }, 'load');
    let serial = 0;
    await teamPull(
      db,
      worker,
      { fresh: [1, 5, 40, 40], changed: [{ pick: 4, status: 'resolved' }], deleted: [7], removed: [] },
      () => ++serial,
    );
    await expectExact(worker, db);
    expect(load).not.toHaveBeenCalled();
    await expectExact(new ComplaintIndex(db, 10, 2, 0), db);
    expect(rebuild).not.toHaveBeenCalled();
    // 95 + 4 new − 1 deleted; one of them now handled by a colleague.
    expect((await worker.query({ assignee: 'budi', status: 'resolved' }, 0, 10)).total).toBe(1);
    expect((await worker.query({ assignee: null }, 0, 200)).total).toBe(97);
  });

  it('shared with the office at a first sign-in are patched in too: no rebuild, no reload', async () => {
    const db = fresh();
    const index = new ComplaintIndex(db, 10, 2, 0);
    for (let i = 0; i < 25; i++) {
      const c = makeComplaint(i, {}, BASE);
      const out = await logComplaint(db, c.post, c.analysis, 'dev-test', BASE + i);
      const logged = await db.complaints.get(out.id);
      if (logged) await index.afterWrite({ upsert: logged });
    }
    await expectExact(index, db);
    const rebuild = vi.spyOn(ComplaintIndex.prototype as unknown as { rebuild: () => unknown }, 'rebuild');
    const load = vi.spyOn(ComplaintIndex.prototype as unknown as { load: () => unknown }, 'load');
    expect(await shareLocal(db, 'ani', BASE, index)).toBe(25);
    await expectExact(index, db);
    expect(load).not.toHaveBeenCalled();
    await expectExact(new ComplaintIndex(db, 10, 2, 0), db);
    expect(rebuild).not.toHaveBeenCalled();
  });

  it('rebuild once when the saved index was already stale, and say nothing wrong meanwhile', async () => {
    const db = fresh();
    await db.complaints.bulkAdd(Array.from({ length: 12 }, (_, i) => makeComplaint(i, {}, BASE)));
    await db.settings.put({ key: 'logRevision', value: 7, updatedAt: BASE }); // written behind our back
    const index = new ComplaintIndex(db, 5);
    await pull(db, index, [makeComplaint(50, {}, BASE)]);
    expect(await readRevision(db)).toBe(8);
    await expectExact(index, db);
  });

  it('are followed by a worker holding the index, when another context wrote them', async () => {
    const db = fresh();
    const worker = new ComplaintIndex(db, 4);
    const stop = worker.follow();
    try {
      await pull(
        db,
        worker,
        Array.from({ length: 9 }, (_, i) => makeComplaint(i * 3, {}, BASE)),
      );
      await expectExact(worker, db);
      // The options page imports, with its own index object over the same database.
      const page = new ComplaintIndex(db, 4);
      // Several pulls in a row: the worker repeats each patch in order, without reading.
      const heard = new Promise<void>((resolve) => {
        const channel = new BroadcastChannel(`simak-complaint-log:${db.name}`);
        let count = 0;
        channel.onmessage = () => {
          if (++count < 3) return;
          channel.close();
          resolve();
        };
      });
      await pull(db, page, [makeComplaint(1, {}, BASE), makeComplaint(30, { status: 'dismissed' }, BASE)]);
      await pull(db, page, [makeComplaint(40, {}, BASE)], [(await db.complaints.toArray())[0]?.id ?? '']);
      await pull(db, page, [{ ...makeComplaint(2, {}, BASE), deleted: 1 }, makeComplaint(41, {}, BASE)]);
      await heard;
      const load = vi.spyOn(ComplaintIndex.prototype as unknown as { load: () => unknown }, 'load');
      await expectExact(worker, db);
      expect(load).not.toHaveBeenCalled();
    } finally {
      stop();
    }
  });

  it('refuse to run outside a transaction over the log, its revision and the slices', async () => {
    const db = fresh();
    const index = new ComplaintIndex(db);
    await expect(index.applyChanges([makeComplaint(1)])).rejects.toThrow(/transaction/);
    await expect(
      db.transaction('rw', db.complaints, db.settings, () => index.applyChanges([makeComplaint(1)])),
    ).rejects.toThrow(/searchChunks/);
  });
});

describe('patchSlices', () => {
  const entry = (id: string): SearchEntry => ({
    id,
    day: '2026-11-01',
    status: 'new',
    category: 'obat',
    site: 'x',
    priority: 'normal',
    queries: [],
    hay: id,
  });
  const ids = (chunks: SearchEntry[][]) => chunks.map((c) => c.map((e) => e.id).join(''));

  it('fills the newest slice to its size and opens new ones, leaving the older ones alone', () => {
    const base = [[entry('a'), entry('b')], [entry('c')]];
    const patch = patchSlices(
      base,
      ['d', 'e', 'f', 'g'].map((id) => [id, entry(id)] as const),
      2,
    );
    expect(ids(patch.chunks)).toEqual(['ab', 'cd', 'ef', 'g']);
    expect(patch.renumberFrom).toBe(1);
    expect(ids(base)).toEqual(['ab', 'c']); // the caller's copy is untouched
  });

  it('lets an older slice grow to twice its size before splitting it, and drops emptied slices', () => {
    const base = [[entry('a'), entry('c')], [entry('e'), entry('f')], [entry('g')]];
    const grown = patchSlices(base, [['b', entry('b')] as const, ['f', null] as const], 2);
    expect(ids(grown.chunks)).toEqual(['abc', 'e', 'g']);
    expect(grown).toMatchObject({ changed: [0, 1] });
    expect(grown.renumberFrom).toBeUndefined();
    const emptied = patchSlices(grown.chunks, [['e', null] as const, ['a', null] as const], 2);
    expect(ids(emptied.chunks)).toEqual(['bc', 'g']);
    expect(emptied).toMatchObject({ changed: [0], renumberFrom: 1 });
  });
});
