// The joined texts of the index's slices are a memo: a slice made by a patch may take the text
// of the slice it replaced (carryText). Whatever the patch, a search must find exactly the
// entries whose own text holds every word.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EntryChange, patchSlices } from './index-slices';
import type { SearchEntry } from './schema';
import { markWords } from './slice-text';

const WORDS = ['antri', 'obat', 'kartu', 'rujukan'];

function entry(id: number, words: number[], status: SearchEntry['status'] = 'new'): SearchEntry {
  return {
    id: `id${String(id).padStart(4, '0')}`,
    day: '2026-11-01',
    status,
    category: 'lainnya',
    site: 'x',
    priority: 'normal',
    queries: [],
    hay: words.map((w) => WORDS[w % WORDS.length]).join(' '),
  };
}

/** The ids of `slice` whose text holds every word, by the joined text and by each entry's own. */
function found(slice: readonly SearchEntry[], words: string[]): { joined: string[]; own: string[] } {
  const hits = new Uint16Array(slice.length);
  const count = markWords(slice, words, hits);
  const joined = slice.filter((_, k) => count > 0 && hits[k] === words.length).map((e) => e.id);
  const own = slice.filter((e) => words.every((w) => e.hay.includes(w))).map((e) => e.id);
  return { joined, own };
}

const wordsArb = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 });

describe("a slice's joined text", () => {
  it('finds the same entries as their own texts after any patch, the text carried over or made anew', () => {
    fc.assert(
      fc.property(
        fc.array(wordsArb, { minLength: 1, maxLength: 12 }),
        fc.array(
          fc.record({
            at: fc.nat(),
            kind: fc.constantFrom('status', 'text', 'remove', 'swap'),
            words: wordsArb,
          }),
          { maxLength: 6 },
        ),
        fc.subarray(WORDS, { minLength: 1, maxLength: 2 }),
        (start, edits, search) => {
          let chunks: SearchEntry[][] = [start.map((w, i) => entry(i * 2, w))];
          // Texts made before the patch, as a search would.
          for (const slice of chunks) found(slice, search);
          const slice = chunks[0] as SearchEntry[];
          const changes: EntryChange[] = edits.map(({ at, kind, words }) => {
            const old = slice[at % slice.length] as SearchEntry;
            const n = Number(old.id.slice(2));
            if (kind === 'status') return [old.id, { ...old, status: 'resolved' }];
            if (kind === 'text') return [old.id, entry(n, words)];
            if (kind === 'remove') return [old.id, null];
            // Another complaint in its place: the same length, another text.
            return [entry(n + 1, words).id, entry(n + 1, words)];
          });
          chunks = patchSlices(chunks, changes, 100).chunks;
          for (const s of chunks) {
            const { joined, own } = found(s, search);
            expect(joined).toEqual(own);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
