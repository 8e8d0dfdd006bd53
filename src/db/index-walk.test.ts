// The walk answers exactly what testing every entry with `matchesFilter` answers, newest first,
// over slices of uneven sizes (as patches leave them), counts included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ComplaintFilter, matchesFilter, type SearchEntry, searchWords } from './complaint-filter';
import { countByCategoryOf, countOf, facetsOf, matchingEntries, pageOf } from './index-walk';

const WORDS = ['obat', 'kronis', 'antre', 'antrean', 'no.', '12', '123', 'rujukan', 'é', 'ab', 'b'];
const entryArb = fc.record({
  words: fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }),
  status: fc.constantFrom('new', 'resolved') as fc.Arbitrary<SearchEntry['status']>,
  site: fc.constantFrom('x', 'facebook') as fc.Arbitrary<SearchEntry['site']>,
  category: fc.constantFrom('obat', 'antrean'),
});
const filterArb: fc.Arbitrary<ComplaintFilter> = fc.record(
  {
    text: fc.array(fc.constantFrom(...WORDS, 'zzz', 'ob', 'S 1'), { maxLength: 3 }).map((w) => w.join(' ')),
    status: fc.constantFrom('new', 'resolved') as fc.Arbitrary<SearchEntry['status']>,
    site: fc.constantFrom('x', 'facebook') as fc.Arbitrary<SearchEntry['site']>,
  },
  { requiredKeys: [] },
);

/** Entries in ascending id order, cut into slices of uneven sizes (as patches leave them). */
const slicesArb = fc
  .tuple(fc.array(entryArb, { maxLength: 80 }), fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1 }))
  .map(([raw, sizes]) => {
    const entries: SearchEntry[] = raw.map((r, i) => ({
      id: `id${String(i).padStart(4, '0')}`,
      day: '2026-12-03',
      status: r.status,
      category: r.category,
      site: r.site,
      priority: 'normal',
      queries: [],
      hay: r.words.join(' '),
    }));
    const slices: SearchEntry[][] = [];
    for (let at = 0, k = 0; at < entries.length; k++) {
      const size = sizes[k % sizes.length] as number;
      slices.push(entries.slice(at, at + size));
      at += size;
    }
    return { entries, slices };
  });

describe('index walk', () => {
  it('answers what matchesFilter answers, newest first, counts included', () => {
    fc.assert(
      fc.property(
        slicesArb,
        filterArb,
        fc.nat(20),
        fc.integer({ min: 1, max: 10 }),
        ({ entries, slices }, f, offset, limit) => {
          const words = searchWords(f.text);
          const matching = entries.filter((e) => matchesFilter(e, f, words)).reverse();
          const page = pageOf(slices, f, offset, limit);
          expect(page.total).toBe(matching.length);
          expect(page.entries.map((e) => e.id)).toEqual(matching.slice(offset, offset + limit).map((e) => e.id));
          expect(countOf(slices, f)).toBe(matching.length);
          const byCategory: Record<string, number> = {};
          for (const e of matching) byCategory[e.category] = (byCategory[e.category] ?? 0) + 1;
          expect(countByCategoryOf(slices, f)).toEqual(byCategory);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('lists every match in id order, walk after walk (each list its own, whatever the walk before held)', () => {
    fc.assert(
      fc.property(slicesArb, fc.array(filterArb, { minLength: 1, maxLength: 4 }), ({ entries, slices }, filters) => {
        const lists = filters.map((f) => matchingEntries(slices, f));
        for (const [i, f] of filters.entries()) {
          const words = searchWords(f.text);
          expect(lists[i]?.map((e) => e.id)).toEqual(
            entries.filter((e) => matchesFilter(e, f, words)).map((e) => e.id),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lists the categories and watch queries present', () => {
    const entry = (id: string, category: string, queries: string[]): SearchEntry => ({
      id,
      day: '2026-12-03',
      status: 'new',
      category,
      site: 'x',
      priority: 'normal',
      queries,
      hay: '',
    });
    expect(
      facetsOf([[entry('a', 'obat', ['q2', 'q1'])], [entry('b', 'antrean', []), entry('c', 'obat', ['q3'])]]),
    ).toEqual({
      categories: ['antrean', 'obat'],
      queries: ['q1', 'q2', 'q3'],
    });
  });
});
