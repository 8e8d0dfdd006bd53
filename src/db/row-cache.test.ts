// The list rows the worker holds beside its index: kept within their limit (the least recently
// used go first), replaced or dropped by every change, and rows read from IndexedDB kept only
// when no change came in while they were read.
import { describe, expect, it } from 'vitest';
import { makeComplaint } from '../../tests/support/complaints';
import { toRow } from './complaint-rows';
import { RowCache } from './row-cache';
import type { Complaint } from './schema';

const complaints = Array.from({ length: 6 }, (_, i) => makeComplaint(i));
const byId = new Map(complaints.map((c) => [c.id, c]));
const id = (i: number) => (complaints[i] as Complaint).id;
const row = (i: number) => toRow(complaints[i] as Complaint);

/** Reads as IndexedDB would, counting the ids read. */
function reader() {
  const read: string[] = [];
  return {
    read,
    fn: async (missing: string[]) => {
      read.push(...missing);
      return missing.map((m) => byId.get(m));
    },
  };
}

describe('the rows the worker holds', () => {
  it('answers in the order asked, reads only what it does not hold, and leaves out a complaint gone', async () => {
    const cache = new RowCache();
    cache.changed([], [row(1), row(3)]);
    const r = reader();
    const rows = await cache.rowsOf([id(3), 'gone', id(2), id(1)], r.fn, () => true);
    expect(rows.map((x) => x.id)).toEqual([id(3), id(2), id(1)]);
    expect(r.read).toEqual(['gone', id(2)]);
    // Row 2 is held now.
    const again = reader();
    await cache.rowsOf([id(2)], again.fn, () => true);
    expect(again.read).toEqual([]);
  });

  it('does not keep a row read that the index does not hold as read', async () => {
    const cache = new RowCache();
    const r = reader();
    const rows = await cache.rowsOf([id(0), id(1)], r.fn, (c) => c.id !== id(0));
    expect(rows.map((x) => x.id)).toEqual([id(0), id(1)]);
    expect(cache.take([id(0), id(1)]).has(id(0))).toBe(false);
    expect(cache.take([id(1)]).has(id(1))).toBe(true);
  });

  it('keeps no row read while a change came in, and follows each change', async () => {
    const cache = new RowCache();
    const mark = cache.mark();
    cache.changed([id(4)]);
    cache.keepRead(mark, [row(0)]);
    expect(cache.size).toBe(0);
    cache.keepRead(cache.mark(), [row(0), row(1)]);
    const resolved = toRow({ ...(complaints[1] as Complaint), status: 'resolved' });
    cache.changed([id(0), id(1)], [resolved]);
    expect([...cache.take([id(0), id(1)]).values()]).toEqual([resolved]);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('holds at most its limit, letting the least recently used go', () => {
    const cache = new RowCache(3);
    cache.changed([], [row(0), row(1), row(2)]);
    cache.take([id(0)]);
    cache.changed([], [row(3)]);
    expect([...cache.take([0, 1, 2, 3].map(id)).keys()].sort()).toEqual([id(0), id(2), id(3)].sort());
  });
});
