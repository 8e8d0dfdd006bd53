// The saved base's columns give back exactly the entries written: any text (emoji, control
// characters, the separators a naive format would split on), handlers present, absent or nobody.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainOf, DELTA_KEY, decodePart, deltaChanges, deltaRow, encodePart, partsOf, toSlices } from './index-parts';
import type { SearchEntry } from './schema';

const entryArb: fc.Arbitrary<SearchEntry> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 30 }),
    day: fc.constantFrom('2026-11-01', '2026-11-02'),
    status: fc.constantFrom('new', 'in-progress', 'resolved', 'dismissed' as const),
    category: fc.string({ maxLength: 12 }),
    site: fc.constantFrom('x', 'facebook', 'instagram' as const),
    priority: fc.constantFrom('normal', 'high', 'urgent' as const),
    queries: fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
    hay: fc.string({ unit: 'binary', maxLength: 60 }),
    assignee: fc.option(fc.option(fc.string({ maxLength: 8 }), { nil: null }), { nil: undefined }),
  })
  .map(({ assignee, ...e }) => (assignee === undefined ? e : { ...e, assignee }));

/** A search entry numbered `i`. */
const entry = (i: number, queries: string[] = []): SearchEntry => ({
  id: `id${i}`,
  day: '2026-11-01',
  status: 'new',
  category: 'obat',
  site: 'x',
  priority: 'normal',
  queries,
  hay: `teks ${i}`,
});

describe('index parts', () => {
  it('decode to the entries encoded', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 40 }), (entries) => {
        expect(decodePart(encodePart(0, entries))).toEqual(entries);
      }),
    );
  });

  it('cut the base into parts of the size asked, in order', () => {
    const entries = Array.from({ length: 7 }, (_, i) => entry(i));
    const parts = partsOf(toSlices(entries, 2), 3);
    expect(parts.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(parts.map((p, i) => encodePart(i, p)).flatMap(decodePart)).toEqual(entries);
  });

  it('keep the last word of a delta for each complaint', () => {
    const [a, b] = [entry(0, ['bpjs']), entry(1, ['bpjs'])];
    const row = deltaRow(4, 5, [
      ['id0', null],
      ['id0', a],
      ['id1', b],
      ['id1', null],
    ]);
    expect(row).toMatchObject({ chunk: DELTA_KEY + 5, from: 4, to: 5, removed: ['id1'] });
    expect(deltaChanges(row)).toEqual([
      ['id1', null],
      ['id0', a],
    ]);
  });

  it('find the changes from the base to the revision, or say one is missing', () => {
    const d = (from: number, to: number) => deltaRow(from, to, []);
    expect(chainOf([d(3, 4), d(4, 5), d(5, 6)], 3, 6)?.map((x) => x.to)).toEqual([4, 5, 6]);
    expect(chainOf([d(3, 4), d(5, 6)], 3, 6)).toBeUndefined();
    expect(chainOf([], 6, 6)).toEqual([]);
    expect(chainOf([d(3, 4)], 3, 5)).toBeUndefined();
  });
});
