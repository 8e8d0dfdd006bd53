// The CSV export from the log's CSV copy (db/csv-copy.ts) must be the very file the records
// give. These tests hold it to that, byte for byte and in both delimiters, through adds,
// edits, deletes, undos, pulls in bulk and through the team sync's own write, worker
// restarts, compactions and exports, and check that the copy and the saved search index stay
// current (no export and no index reads the records again) wherever every write leaves its change row.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { ulid } from 'ulid';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeComplaint, serverViewOf } from '../../tests/support/complaints';
import { inThrowawayDb } from '../../tests/support/throwaway-db';
import { BULK_TABLES, ComplaintIndex } from '../db/complaint-index';
import { logComplaint, undoComplaint } from '../db/complaints';
import { compactCsvCopy, readCsvCopy } from '../db/csv-copy-store';
import { SimakDb } from '../db/db';
import { withRevisionSpan } from '../db/revision';
import type { Complaint, ComplaintStatus } from '../db/schema';
import { updateComplaint } from '../db/triage';
import { applyViews } from '../team/apply-pull';
import type { ComplaintView } from '../team/views';
import { complaintCsvLine, complaintsCsvHeader, type Delimiter } from './csv';
import { exportFile } from './run';

let n = 0;
const fresh = () => new SimakDb(`csv-copy-export-test-${++n}`);
afterEach(async () => {
  vi.restoreAllMocks();
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

const BASE = Date.UTC(2026, 10, 1, 3);
const STATUSES: ComplaintStatus[] = ['new', 'in-progress', 'resolved', 'dismissed'];

/** A file's text as written, its byte order mark included (`Blob.text()` drops it). */
const written = async (blob: Blob) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());

/** The file the records give: the header, then every live complaint's line in id order. */
async function fromRecords(db: SimakDb, delimiter: Delimiter): Promise<string> {
  const all = await db.complaints.orderBy(':id').toArray();
  return (
    complaintsCsvHeader(delimiter) +
    all
      .filter((c) => c.deleted === 0)
      .map((c) => complaintCsvLine(c, delimiter))
      .join('')
  );
}

async function expectExact(db: SimakDb): Promise<void> {
  for (const delimiter of [',', ';'] as const) {
    const file = await exportFile(db, 'csv', { delimiter });
    await file.saving;
    expect(await written(file.blob)).toBe(await fromRecords(db, delimiter));
    expect(file.count).toBe((await db.complaints.toArray()).filter((c) => c.deleted === 0).length);
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

type Op =
  | { kind: 'pull'; fresh: number[]; changed: number[]; deleted: number[]; removed: number[] }
  | { kind: 'team'; fresh: number[]; changed: number[]; deleted: number[] }
  | { kind: 'log'; text: string }
  | { kind: 'triage'; pick: number; note: string }
  | { kind: 'undo' }
  | { kind: 'restart' }
  | { kind: 'compact' }
  | { kind: 'export' };

// Notes and texts a CSV must take care with: delimiters, quotes, points, line breaks,
// formulas, characters of two and four UTF-8 bytes.
const awkward = fc.constantFrom(
  'a, b; c',
  'kata "kutip" lagi',
  '=1+1',
  '3.5 jam, 2.5 km',
  'baris\r\nbaru',
  'é ü 日本 😡',
  '',
);
const picks = fc.array(fc.nat(), { maxLength: 4 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('pull' as const),
      fresh: fc.array(fc.nat({ max: 40 }), { maxLength: 12 }),
      changed: picks,
      deleted: picks,
      removed: picks,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('team' as const),
      fresh: fc.array(fc.nat({ max: 40 }), { maxLength: 8 }),
      changed: picks,
      deleted: picks,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('log' as const), text: awkward }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('triage' as const), pick: fc.nat(), note: awkward }) },
  fc.constant<Op>({ kind: 'undo' }),
  fc.constant<Op>({ kind: 'restart' }),
  fc.constant<Op>({ kind: 'compact' }),
  fc.constant<Op>({ kind: 'export' }),
);

async function run(db: SimakDb, start: number, ops: Op[]): Promise<void> {
  // A log written before the copy existed (no change rows): the first export reads the records.
  await db.transaction('rw', db.complaints, db.settings, async () => {
    await db.complaints.bulkAdd(
      Array.from({ length: start }, (_, i) => makeComplaint(i * 10, { notes: i % 3 ? [] : ['=SUM(A1)'] }, BASE)),
    );
    await db.settings.put({ key: 'logRevision', value: 1, updatedAt: BASE });
  });
  let index = new ComplaintIndex(db, 3, 2, 0);
  const own = <T>(write: () => Promise<T>) => withRevisionSpan(db, [db.complaints, db.settings], write);
  expect(await readCsvCopy(db)).toBeUndefined();
  await expectExact(db);
  // From here on the copy and the saved index are kept current by every write: neither reads the records again.
  const rebuild = vi.spyOn(ComplaintIndex.prototype as unknown as { rebuild: () => unknown }, 'rebuild');
  await index.query({}, 0, 1);
  await index.query({ text: 'x' }, 0, 1);
  rebuild.mockClear();
  let serial = 0;
  let lastLogged: string | undefined;
  const live = async () => (await db.complaints.toArray()).filter((c) => c.deleted === 0);
  for (const op of ops) {
    const all = await live();
    const pick = (k: number) => all[k % Math.max(1, all.length)];
    if (op.kind === 'pull') {
      const put = new Map<string, Complaint>();
      for (const at of op.fresh) {
        const c = makeComplaint(1_000 + serial++, {}, BASE);
        const createdAt = BASE + at * 150_000 + serial;
        const id = ulid(createdAt);
        put.set(id, { ...c, id, createdAt });
      }
      for (const k of op.changed) {
        const c = pick(k);
        if (c) put.set(c.id, { ...c, status: STATUSES[k % 4] as ComplaintStatus, updatedAt: c.updatedAt + 1 });
      }
      for (const k of op.deleted) {
        const c = pick(k);
        if (c) put.set(c.id, { ...c, deleted: 1, updatedAt: c.updatedAt + 1 });
      }
      const removed = op.removed.map((k) => pick(k)?.id).filter((id): id is string => !!id && !put.has(id));
      await pull(db, index, [...put.values()], [...new Set(removed)]);
    } else if (op.kind === 'team') {
      const views: ComplaintView[] = [];
      for (const at of op.fresh) {
        const s = ++serial;
        views.push(serverViewOf({ ...makeComplaint(3_000 + s, {}, BASE), createdAt: BASE + at * 150_000 + s }, 10 * s));
      }
      for (const k of op.changed) {
        const c = pick(k);
        if (c) views.push(serverViewOf(c, 10 * ++serial, { status: 'resolved', assignee: k % 2 ? 'budi' : null }));
      }
      for (const k of op.deleted) {
        const c = pick(k);
        if (c) views.push(serverViewOf(c, 10 * ++serial, { deleted: true }));
      }
      // Steps of two, so a page is several transactions, as a pull's steps of 50 are.
      await applyViews(db, views, [], ++serial, index, 2);
    } else if (op.kind === 'log') {
      // The worker's own writes, as its handlers make them: the revisions each went between
      // read in its transaction, so their rows are saved even by a worker whose index is not loaded.
      const sample = makeComplaint(5_000 + serial++, {}, BASE);
      const post = { ...sample.post, text: `${op.text} ${sample.post.text}` };
      const at = BASE + 10_000_000 + serial;
      const { result, span } = await own(() => logComplaint(db, post, sample.analysis, 'dev-test', at));
      const logged = await db.complaints.get(result.id);
      if (logged) await index.afterWrite({ upsert: logged }, span);
      lastLogged = result.id;
    } else if (op.kind === 'triage') {
      const c = pick(op.pick);
      if (!c) continue;
      const change = { status: 'in-progress' as const, note: op.note || 'catatan' };
      const { result, span } = await own(() => updateComplaint(db, c.id, change, BASE + serial++));
      if (span) await index.afterWrite({ upsert: result }, span);
    } else if (op.kind === 'undo') {
      if (!lastLogged) continue;
      const id = lastLogged;
      const { result, span } = await own(() => undoComplaint(db, id));
      if (result) await index.afterWrite({ remove: id }, span);
      lastLogged = undefined;
    } else if (op.kind === 'restart') {
      // The worker stopped: a new one, its index not read until it is searched.
      index = new ComplaintIndex(db, 3, 2, 0);
    } else if (op.kind === 'compact') await compactCsvCopy(db, 1);
    else {
      await expectExact(db);
      // And the index (searched as a popup does), read back without a rebuild.
      expect((await index.query({}, 0, 1000)).rows.map((r) => r.id)).toEqual(
        (await live())
          .map((c) => c.id)
          .sort()
          .reverse(),
      );
    }
    // Every write above left its change row: the copy is current and the export never reads the records.
    expect(await readCsvCopy(db)).toBeDefined();
  }
  expect(rebuild).not.toHaveBeenCalled();
  const read = vi.spyOn(db.complaints, 'orderBy');
  const file = await exportFile(db, 'csv', {});
  expect(read).not.toHaveBeenCalled();
  read.mockRestore();
  expect(await written(file.blob)).toBe(await fromRecords(db, ','));
}

describe('CSV export from the CSV copy', () => {
  it('equals the CSV made from the records through adds, edits, deletes, pulls, team sync pages, restarts and compactions', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 20 }),
        fc.array(opArb, { minLength: 1, maxLength: 10 }),
        async (start, ops) => {
          await inThrowawayDb(fresh(), (db) => run(db, start, ops));
        },
      ),
      { numRuns: 40 },
    );
  }, 180_000);

  it('a fresh log, first written by a pull, has a copy from its first change and never reads the records', async () => {
    const db = fresh();
    const index = new ComplaintIndex(db);
    const put = Array.from({ length: 30 }, (_, i) => makeComplaint(i, { notes: ['a "b", c'] }));
    await pull(db, index, put.slice(0, 20));
    await pull(db, index, put.slice(20));
    const read = vi.spyOn(db.complaints, 'orderBy');
    const file = await exportFile(db, 'csv', { delimiter: ';' });
    expect(read).not.toHaveBeenCalled();
    expect(await written(file.blob)).toBe(await fromRecords(db, ';'));
    // Two changes are left for the next export to fold in memory; the worker folds them into
    // the base once they pile up, and the next export joins it as it is.
    expect(file.saving).toBeUndefined();
    expect(await compactCsvCopy(db)).toBe(false);
    expect(await compactCsvCopy(db, 2)).toBe(true);
    expect((await readCsvCopy(db))?.changes).toBe(0);
    const again = await exportFile(db, 'csv', {});
    expect(await written(again.blob)).toBe(await fromRecords(db, ','));
  });

  it('falls back to the records, and still exports exactly, after a write that left no change row', async () => {
    const db = fresh();
    const index = new ComplaintIndex(db);
    await pull(db, index, [makeComplaint(1), makeComplaint(2)]);
    await (await exportFile(db, 'csv', {})).saving;
    // A raw write behind the copy's back (as an end-to-end seed makes): the revision moves, no row.
    await db.transaction('rw', db.complaints, db.settings, async () => {
      await db.complaints.put(makeComplaint(3));
      await db.settings.put({ key: 'logRevision', value: 99, updatedAt: 0 });
    });
    expect(await readCsvCopy(db)).toBeUndefined();
    const file = await exportFile(db, 'csv', {});
    expect(await written(file.blob)).toBe(await fromRecords(db, ','));
    // That export saved a new base at the log's revision.
    expect(await file.saving).toBe(true);
    expect(await readCsvCopy(db)).toBeDefined();
  });
});
