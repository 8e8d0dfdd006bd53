// The post that fills the token records: its words past the records kept (token-table.ts) are
// worked out at each ask, in scratch records, by every walk over the tokens; the analysis must
// be the one the same post gets when read at the start of a generation.
import { describe, expect, it } from 'vitest';
import { analyze, compileQueries } from './analyze';
import { TOKEN_LIMIT, tokenCount, tokenGeneration, tokenOf } from './text/token';

const queries = compileQueries([
  { id: 'antrean', source: 'antri* OR "nunggu lama"' },
  { id: 'login', source: 'login NEAR/3 gagal' },
  { id: 'refund', source: 'refund' },
]);

/** Words for each walk: polarity's two-word entries, negation, pairs, phrases, signals, anchors. */
const POSTS = [
  'antrian panjang, petugasnya keras kepala dan tidak becus! kenapa gak bisa login? gagal terus #bpjs @BPJSKesehatanRI',
  '@budi_santoso waited 3 hours with no reply, still waiting on my refund. this is not good at all, fed up with the worst customer service ever',
];

/** Starts a generation of token records, and fills it to one short of the limit. */
function nearlyFullRecords(prefix: string): void {
  const generation = tokenGeneration();
  for (let i = 0; i < TOKEN_LIMIT; i++) tokenOf(`${prefix}-old${i}`);
  analyze('mulai');
  expect(tokenGeneration()).toBe(generation + 1);
  for (let i = tokenCount(); i < TOKEN_LIMIT - 1; i++) tokenOf(`${prefix}-fill${i}`);
}

describe('a post read as the token records fill', () => {
  it.each(POSTS.map((post, n) => [n, post] as const))('is analysed as at the start of a generation (%i)', (n, post) => {
    // Two thousand new words first: the post's own words come past the records kept.
    const words = Array.from({ length: 2000 }, (_, i) => `kataq${n}x${i}`).join(' ');
    const text = `${words} ${post}`;
    nearlyFullRecords(`full${n}`);
    const past = analyze(text, { queries });
    expect(tokenCount()).toBeGreaterThan(TOKEN_LIMIT + 2000);
    // The next post starts a generation: the same words now get the first ids.
    const fresh = analyze(text, { queries });
    expect(tokenCount()).toBeLessThan(2100);
    expect(past).toEqual(fresh);
    // Something for every walk to find.
    expect(fresh.sentiment.drivers.length).toBeGreaterThan(1);
    expect(fresh.matches.length).toBeGreaterThan(0);
  });
});
