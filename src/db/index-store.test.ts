// Reading the saved index back: the whole of it, and, while the older parts are still read,
// the newest part with the changes since, which must be the index exactly for the complaints
// from that part's first on (a restarted worker answers a first search from it).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { makeComplaint } from '../../tests/support/complaints';
import { toSearchEntry } from './complaint-filter';
import { BULK_TABLES, ComplaintIndex } from './complaint-index';
import { SimakDb } from './db';
import { readSaved } from './index-store';
import type { Complaint, SearchEntry } from './schema';

afterEach(async () => {
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

const BASE = Date.UTC(2026, 10, 1, 3);

async function pull(db: SimakDb, index: ComplaintIndex, put: Complaint[], removed: string[] = []): Promise<void> {
  await db.transaction('rw', [...BULK_TABLES], async () => {
    await db.complaints.bulkDelete(removed);
    await db.complaints.bulkPut(put);
    await index.applyChanges(put, removed);
  });
}

describe('the saved index read back', () => {
  it('gives the newest part with the changes since first, exact for the newest complaints', async () => {
    const db = new SimakDb('index-store-test');
    // Slices of 2, parts of 2 slices: 23 complaints make 6 parts.
    const writer = new ComplaintIndex(db, 2, 2, 0);
    const all = Array.from({ length: 23 }, (_, i) => makeComplaint(i, {}, BASE));
    // Written with no change rows: the first load rebuilds the index and saves it as the base.
    await db.transaction('rw', db.complaints, db.settings, async () => {
      await db.complaints.bulkAdd(all);
      await db.settings.put({ key: 'logRevision', value: 1, updatedAt: BASE });
    });
    await writer.query({}, 0, 1);
    await writer.query({}, 0, 1);
    // Changes since the base: one new complaint (the newest), one resolved among the newest,
    // one removed among the newest, one resolved among the oldest.
    const newer = makeComplaint(40, {}, BASE);
    const changed = [newer, { ...(all[21] as Complaint), status: 'resolved' as const }];
    await pull(
      db,
      writer,
      [...changed, { ...(all[0] as Complaint), status: 'resolved' as const }],
      [(all[22] as Complaint).id],
    );
    let newest: SearchEntry[][] | undefined;
    const saved = await readSaved(db, 2, (chunks) => {
      newest = chunks;
    });
    const live = (await db.complaints.toArray()).map(toSearchEntry).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(saved.chunks?.flat()).toEqual(live);
    // The newest part held complaints 20–22 (the last, short part): from 20 on, as now.
    const from = (all[20] as Complaint).id;
    expect(newest?.flat()).toEqual(live.filter((e) => e.id >= from));
    db.close();
  });
});
