// The lists held for the last filters follow each patch of the index: after any run of patches
// (and questions between them, which walk, hold or evict), a held filter answers exactly what
// walking the patched index answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ComplaintFilter, SearchEntry } from './complaint-filter';
import { type EntryChange, patchSlices } from './index-slices';
import { countOf, pageOf } from './index-walk';
import { MatchCache } from './match-cache';

const entryOf = (n: number, words: string[], status: SearchEntry['status']): SearchEntry => ({
  id: `id${String(n).padStart(3, '0')}`,
  day: '2026-12-03',
  status,
  category: 'obat',
  site: 'x',
  priority: 'normal',
  queries: [],
  hay: words.join(' '),
});
const changeArb: fc.Arbitrary<EntryChange> = fc
  .tuple(
    fc.nat(60),
    fc.option(fc.array(fc.constantFrom('obat', 'kronis', 'antrean', 'no.'), { maxLength: 3 }), { nil: null }),
    fc.constantFrom('new', 'resolved') as fc.Arbitrary<SearchEntry['status']>,
  )
  .map(([n, words, status]): EntryChange => [entryOf(n, [], status).id, words ? entryOf(n, words, status) : null]);
const FILTERS: ComplaintFilter[] = [
  { text: 'obat' },
  { text: 'kronis obat' },
  { status: 'new' },
  { status: 'resolved', text: 'no.' },
  { text: 'antre' },
  {},
];
const stepArb = fc.oneof(
  fc.record({ patch: fc.array(changeArb, { maxLength: 12 }) }),
  fc.record({ ask: fc.constantFrom(...FILTERS), offset: fc.nat(5), limit: fc.integer({ min: 1, max: 8 }) }),
);

describe('MatchCache', () => {
  it('answers as a walk of the patched index does, whatever was held', () => {
    fc.assert(
      fc.property(fc.array(changeArb, { maxLength: 40 }), fc.array(stepArb, { maxLength: 30 }), (start, steps) => {
        let chunks = patchSlices([], start, 4).chunks;
        let revision = 1;
        const cache = new MatchCache(2);
        for (const step of steps) {
          if ('patch' in step) {
            chunks = patchSlices(chunks, step.patch, 4).chunks;
            cache.patch(step.patch, revision, revision + 1, chunks);
            revision++;
            continue;
          }
          const { ask, offset, limit } = step;
          const walked = pageOf(chunks, ask, offset, limit);
          const held = cache.pageOf(chunks, chunks, revision, ask, offset, limit);
          expect(held.total).toBe(walked.total);
          expect(held.entries).toEqual(walked.entries);
          expect(cache.count(chunks, chunks, revision, ask)).toBe(countOf(chunks, ask));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('walks again after a patch it did not see', () => {
    const cache = new MatchCache();
    const empty: SearchEntry[][] = [];
    expect(cache.count(empty, empty, 1, { text: 'obat' })).toBe(0);
    const next = patchSlices([], [['id002', entryOf(2, ['obat'], 'new')]], 4).chunks;
    // Revision 3 was reached by patches this cache never heard of: its list for revision 1 is dropped.
    expect(cache.count(next, next, 3, { text: 'obat' })).toBe(1);
  });
});
