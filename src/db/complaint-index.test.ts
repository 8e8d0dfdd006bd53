// The search index is patched in place after each of the worker's own writes, slice by slice.
// These tests hold it to the plain answer (a filter over the complaints table) through log,
// undo, triage, delete and worker restarts, at every size around the slice boundaries.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { makeComplaint } from '../../tests/support/complaints';
import { inThrowawayDb } from '../../tests/support/throwaway-db';
import { unsharedCount } from '../team/local-writes';
import { type ComplaintFilter, matchesFilter, toSearchEntry } from './complaint-filter';
import { CHUNK_SIZE, ComplaintIndex } from './complaint-index';
import { logComplaint, undoComplaint } from './complaints';
import { SimakDb } from './db';
import { bumpRevision } from './revision';
import type { ComplaintStatus } from './schema';
import { updateComplaint } from './triage';

let n = 0;
const fresh = () => new SimakDb(`complaint-index-test-${++n}`);
afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

const BASE = Date.UTC(2026, 10, 1, 3);
const STATUSES: ComplaintStatus[] = ['new', 'in-progress', 'resolved', 'dismissed'];
const FILTERS: ComplaintFilter[] = [{}, { status: 'resolved' }, { status: 'new' }, { site: 'facebook' }];

async function preload(db: SimakDb, count: number): Promise<void> {
  await db.transaction('rw', db.complaints, db.settings, async () => {
    await db.complaints.bulkAdd(Array.from({ length: count }, (_, i) => makeComplaint(i, {}, BASE)));
    await bumpRevision(db);
  });
}

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
    // Twice: the first answer may come cold, straight from IndexedDB.
    await index.query(filter, 0, 1);
    const page = await index.query(filter, 0, 100_000);
    const want = await expected(db, filter);
    expect(page.exact).toBe(true);
    expect(page.total).toBe(want.length);
    expect(page.rows.map((r) => r.id)).toEqual(want);
  }
}

type Op =
  | { kind: 'log' }
  | { kind: 'undo-last' }
  | { kind: 'delete'; pick: number }
  | { kind: 'triage'; pick: number; status: ComplaintStatus }
  | { kind: 'restart' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.constant<Op>({ kind: 'log' }),
  fc.constant<Op>({ kind: 'undo-last' }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('triage' as const), pick: fc.nat(), status: fc.constantFrom(...STATUSES) }),
  fc.constant<Op>({ kind: 'restart' }),
);

/** Runs the operations as the worker's handlers do: write, then patch the index. */
async function run(db: SimakDb, chunkSize: number, start: number, ops: Op[]): Promise<void> {
  let index = new ComplaintIndex(db, chunkSize);
  await expectExact(index, db);
  let next = start;
  let lastLogged: string | undefined;
  const liveIds = async () => (await db.complaints.toArray()).filter((c) => c.deleted === 0).map((c) => c.id);
  for (const op of ops) {
    if (op.kind === 'log') {
      const i = next++;
      const sample = makeComplaint(i, {}, BASE);
      const out = await logComplaint(db, sample.post, sample.analysis, 'dev-test', BASE + i * 60_000);
      const logged = await db.complaints.get(out.id);
      if (logged) await index.afterWrite({ upsert: logged });
      lastLogged = out.id;
    } else if (op.kind === 'undo-last' || op.kind === 'delete') {
      const ids = await liveIds();
      const id = op.kind === 'undo-last' ? lastLogged : ids[op.pick % Math.max(1, ids.length)];
      if (id && (await undoComplaint(db, id))) await index.afterWrite({ remove: id });
      lastLogged = undefined;
    } else if (op.kind === 'triage') {
      const ids = await liveIds();
      const id = ids[op.pick % Math.max(1, ids.length)];
      if (!id) continue;
      const updated = await updateComplaint(db, id, { status: op.status }, BASE + next * 60_000);
      await index.afterWrite({ upsert: updated });
    } else index = new ComplaintIndex(db, chunkSize); // the worker restarted: read the saved slices
    await expectExact(index, db);
  }
}

describe('the complaint index stays exact', () => {
  it('through log, undo, triage, delete and restarts at every size around the slice boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 1, max: 4 })
          .chain((chunkSize) =>
            fc.tuple(
              fc.constant(chunkSize),
              fc.integer({ min: 0, max: chunkSize * 3 + 1 }),
              fc.array(opArb, { minLength: 1, maxLength: 12 }),
            ),
          ),
        async ([chunkSize, start, ops]) => {
          await inThrowawayDb(fresh(), async (db) => {
            await preload(db, start);
            await run(db, chunkSize, start, ops);
          });
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it('with exactly one full slice of real size: log, undo, then a status change lists each complaint once', async () => {
    const db = fresh();
    await preload(db, CHUNK_SIZE);
    // The sequence: log, undo, triage, and a later deletion that must show.
    await run(db, CHUNK_SIZE, CHUNK_SIZE, [
      { kind: 'log' },
      { kind: 'undo-last' },
      { kind: 'triage', pick: 3, status: 'resolved' },
      { kind: 'delete', pick: 10 },
      { kind: 'restart' },
      { kind: 'log' },
    ]);
    const index = new ComplaintIndex(db);
    await index.query({}, 0, 1);
    expect(await index.query({}, 0, 1)).toMatchObject({ total: CHUNK_SIZE, exact: true });
  }, 60_000);
});

describe('the complaints not shared with a team', () => {
  it('are counted from the index as from the log itself (shared ones, nobody handling or someone, and deleted ones left out), and after a restart from the saved base', async () => {
    const db = fresh();
    const team = (assignee: string | null) => ({ loggers: ['ani'], assignee, lastSeq: 1, history: [] });
    const complaints = Array.from({ length: 23 }, (_, i) =>
      makeComplaint(
        i,
        {
          ...(i % 3 === 1 ? { team: team(null) } : i % 3 === 2 ? { team: team('budi') } : {}),
          deleted: i % 5 === 0 ? 1 : 0,
        },
        BASE,
      ),
    );
    await db.transaction('rw', db.complaints, db.settings, async () => {
      await db.complaints.bulkAdd(complaints);
      await bumpRevision(db);
    });
    const fromLog = await unsharedCount(db);
    // 0, 3, 6 … not shared; 0, 15 of them deleted.
    expect(fromLog).toBe(6);
    expect(await new ComplaintIndex(db, 4).unsharedCount()).toBe(fromLog);
    expect(await new ComplaintIndex(db, 4).unsharedCount()).toBe(fromLog);
  });
});
