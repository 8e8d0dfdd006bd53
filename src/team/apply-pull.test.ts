// A pull's page is written in steps (db/bulk-steps.ts), the cursor with the last: a worker
// stopped after some steps has not moved the cursor, pulls the page again and ends with the log
// a single write of the page gives; the search index follows every step.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { makeComplaint, serverViewOf } from '../../tests/support/complaints';
import { inThrowawayDb } from '../../tests/support/throwaway-db';
import { matchesFilter, toSearchEntry } from '../db/complaint-filter';
import { ComplaintIndex } from '../db/complaint-index';
import { SimakDb } from '../db/db';
import type { Complaint, ComplaintStatus } from '../db/schema';
import { applyViews } from './apply-pull';
import { readCursor } from './config';
import type { ChangeView, ComplaintView } from './views';

let n = 0;
const fresh = () => new SimakDb(`apply-pull-test-${++n}`);
afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

const STATUSES: ComplaintStatus[] = ['new', 'in-progress', 'resolved', 'dismissed'];

/** The log by post key, without the ids a device gives complaints new to it (each device its own). */
async function logOf(db: SimakDb): Promise<Map<string, Omit<Complaint, 'id'>>> {
  const all = await db.complaints.toArray();
  return new Map(all.map(({ id: _, ...rest }) => [rest.postKey, rest]));
}

describe('a pull page written in steps', () => {
  it('stopped after any step and pulled again, leaves the log one write leaves; the index follows', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ post: fc.nat({ max: 12 }), status: fc.constantFrom(...STATUSES) }), {
          minLength: 1,
          maxLength: 14,
        }),
        fc.integer({ min: 1, max: 4 }),
        fc.nat(),
        async (spec, step, stopAt) => {
          const views = spec.map((s, i) =>
            serverViewOf(makeComplaint(s.post, {}, Date.UTC(2026, 10, 1)), i + 1, { status: s.status }),
          );
          const changes: ChangeView[] = spec.map((s, i) => ({
            seq: i + 1,
            postKey: (views[i] as ComplaintView).postKey,
            field: 'status',
            from: null,
            to: s.status,
            by: 'ani',
            at: Date.UTC(2026, 10, 1) + i,
            key: `change-${i}`,
          }));
          const once = fresh();
          const stepped = fresh();
          await inThrowawayDb(once, () =>
            inThrowawayDb(stepped, async () => {
              await applyViews(once, views, changes, 7, new ComplaintIndex(once), views.length);
              const index = new ComplaintIndex(stepped);
              // Stopped after some steps: those were written, the cursor was not.
              const done = (stopAt % Math.ceil(views.length / step)) * step;
              await applyViews(stepped, views.slice(0, done), changes, undefined, index, step);
              expect(await readCursor(stepped)).toBe(0);
              await applyViews(stepped, views, changes, 7, index, step);
              expect(await readCursor(stepped)).toBe(7);
              expect(await logOf(stepped)).toEqual(await logOf(once));
              const live = (await stepped.complaints.toArray()).filter((c) => c.deleted === 0);
              for (const status of STATUSES) {
                const page = await index.query({ status }, 0, 100);
                const want = live.filter((c) => matchesFilter(toSearchEntry(c), { status }));
                expect(page.rows.map((r) => r.id)).toEqual(
                  want
                    .map((c) => c.id)
                    .sort()
                    .reverse(),
                );
              }
            }),
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('a pull page and the worker rewriting its index base', () => {
  it("opens no step's transaction while the rewrite is under way (the log stays free for searches); nothing lost or doubled", async () => {
    const db = fresh();
    await inThrowawayDb(db, async () => {
      const index = new ComplaintIndex(db, 10, 2, 0);
      const at = Date.UTC(2026, 10, 1);
      const first = Array.from({ length: 95 }, (_, i) => serverViewOf(makeComplaint(i, {}, at), i + 1));
      await applyViews(db, first, [], 1, index, 10);
      await index.warm();
      const order: string[] = [];
      const bulkPut = db.complaints.bulkPut.bind(db.complaints);
      db.complaints.bulkPut = ((...args: Parameters<typeof bulkPut>) => {
        order.push('step');
        return bulkPut(...args);
      }) as typeof bulkPut;
      const rewrite = index.compactNow().then(() => order.push('rewrite'));
      while (!index.rewritingBase) await new Promise((resolve) => setTimeout(resolve, 0));
      // The office's next page: new complaints and a status change of one already here.
      const next = [
        ...Array.from({ length: 25 }, (_, i) => serverViewOf(makeComplaint(200 + i, {}, at), 100 + i)),
        serverViewOf(makeComplaint(3, {}, at), 200, { status: 'resolved' }),
      ];
      await Promise.all([rewrite, applyViews(db, next, [], 2, index, 10)]);
      expect(order).toEqual(['rewrite', 'step', 'step', 'step']);
      expect(await readCursor(db)).toBe(2);
      expect(await db.complaints.count()).toBe(120);
      for (const copy of [index, new ComplaintIndex(db, 10, 2, 0)]) {
        expect((await copy.query({}, 0, 200)).total).toBe(120);
        expect((await copy.query({ status: 'resolved' }, 0, 10)).total).toBe(1);
      }
    });
  });
});
