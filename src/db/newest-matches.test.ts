// The popup's own read of the top of the list (newest-matches.ts): for any log and filter, the
// rows it gives are the first page of the worker's answer on the same log (newest first, the
// index's matching), or it gives none; it never creates the database or opens one of another
// schema version.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeComplaint } from '../../tests/support/complaints';
import { inThrowawayDb } from '../../tests/support/throwaway-db';
import type { ComplaintFilter } from './complaint-filter';
import { ComplaintIndex } from './complaint-index';
import { logComplaint } from './complaints';
import { SimakDb } from './db';
import { newestMatches } from './newest-matches';
import type { ComplaintStatus } from './schema';

let n = 0;
const fresh = () => new SimakDb(`newest-matches-test-${++n}`);
afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

const STATUSES: ComplaintStatus[] = ['new', 'in-progress', 'resolved', 'dismissed'];
const FILTERS: ComplaintFilter[] = [
  {},
  { status: 'resolved' },
  { site: 'facebook' },
  { text: 'obat' },
  { text: 'tidak ada kata seperti ini' },
  { text: 'rujukan', status: 'new' },
];

// A browser without `getAll` options (IndexedDB 3.0, told by `getAllRecords`, as Dexie tells it)
// is read through a cursor. Both ways are held to the same answers.
const proto = IDBObjectStore.prototype as unknown as Record<string, unknown>;
const getAllRecords = proto.getAllRecords;
describe.each(['in batches', 'through a cursor'])('the newest matches read by the popup, %s', (way) => {
  beforeEach(() => {
    if (way === 'through a cursor') delete proto.getAllRecords;
  });
  afterEach(() => {
    proto.getAllRecords = getAllRecords;
  });

  it('are the first page of the index’s answer, or nothing when the scan ends short of a page', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ status: fc.constantFrom(...STATUSES), deleted: fc.boolean() }), { maxLength: 40 }),
        fc.constantFrom(...FILTERS),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 50 }),
        (specs, filter, limit, offset, maxScan) =>
          inThrowawayDb(fresh(), async (db) => {
            const index = new ComplaintIndex(db);
            for (const [i, spec] of specs.entries()) {
              const c = makeComplaint(i, { status: spec.status, deleted: spec.deleted ? 1 : 0 });
              await db.complaints.add(c);
            }
            const worker = await index.query(filter, offset, limit);
            const read = await newestMatches(filter, offset, limit, { name: db.name, maxScan });
            if (read === undefined) {
              // Given up only when the scan looked at its most without finding a page.
              expect(specs.length).toBeGreaterThanOrEqual(maxScan);
              return;
            }
            expect(read.rows).toEqual(worker.rows);
            if (read.complete) expect(read.rows.length).toBe(Math.max(0, Math.min(limit, worker.total - offset)));
          }),
      ),
      { numRuns: 40 },
    );
  });

  it('reads the log as another context writes it: one moment, before or after a write', async () => {
    await inThrowawayDb(fresh(), async (db) => {
      for (let i = 0; i < 10; i++) await logComplaint(db, makeComplaint(i).post, makeComplaint(i).analysis, 'dev');
      const before = (await newestMatches({}, 0, 5, { name: db.name }))?.rows.map((r) => r.id);
      const writing = logComplaint(db, makeComplaint(10).post, makeComplaint(10).analysis, 'dev');
      const during = (await newestMatches({}, 0, 5, { name: db.name }))?.rows.map((r) => r.id);
      await writing;
      const after = (await newestMatches({}, 0, 5, { name: db.name }))?.rows.map((r) => r.id);
      expect(before).toHaveLength(5);
      expect(after).toHaveLength(5);
      expect([before, after]).toContainEqual(during);
      expect(after).not.toEqual(before);
    });
  });

  it('never creates the log, and leaves a log of another schema version to the worker', async () => {
    const name = `newest-matches-absent-${++n}`;
    expect(await newestMatches({}, 0, 5, { name })).toBeUndefined();
    expect(await Dexie.getDatabaseNames()).not.toContain(name);

    const old = new Dexie(`newest-matches-old-${++n}`);
    old.version(1).stores({ complaints: 'id' });
    await old.table('complaints').add(makeComplaint(0));
    old.close();
    expect(await newestMatches({}, 0, 1, { name: old.name })).toBeUndefined();
  });
});
