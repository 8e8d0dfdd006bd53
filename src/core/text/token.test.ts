import { describe, expect, it } from 'vitest';
import { readTokens } from './normalize';
import { forgetTokensIfFull, TOKEN_LIMIT, tokenGeneration, tokenOf } from './token';

describe('token records', () => {
  it('gives one record per text, with small dense ids', () => {
    const a = tokenOf('antrean-test-a');
    expect(tokenOf('antrean-test-a')).toBe(a);
    const b = tokenOf('antrean-test-b');
    expect(b.id).toBe(a.id + 1);
  });

  it('forgets all records once full, between posts, and numbers afresh', () => {
    const before = tokenOf('kecewa');
    const generation = tokenGeneration();
    for (let i = 0; i < TOKEN_LIMIT; i++) tokenOf(`filler${i}`);
    // Full, but nothing is forgotten until the next post is read.
    expect(tokenOf('kecewa')).toBe(before);
    forgetTokensIfFull();
    expect(tokenGeneration()).toBe(generation + 1);
    const after = tokenOf('kecewa');
    expect(after).not.toBe(before);
    expect(after.id).toBe(0);
  });

  it('reads a post with records of the current generation only', () => {
    for (let i = 0; i < TOKEN_LIMIT; i++) tokenOf(`filler${i}`);
    const generation = tokenGeneration();
    const tokens = readTokens('antri lama banget');
    expect(tokenGeneration()).toBe(generation + 1);
    // The word memory was dropped with the records: the tokens are the new generation's.
    for (const t of tokens) expect(tokenOf(t.text)).toBe(t);
    expect(tokens.map((t) => t.id)).toEqual([0, 1, 2]);
  });
});
