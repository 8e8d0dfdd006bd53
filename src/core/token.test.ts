import { describe, expect, it } from 'vitest';
import { readTokens } from './normalize';
import { forgetTokensIfFull, TOKEN_LIMIT, type Token, TokenRows, tokenGeneration, tokenOf } from './token';

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

describe('token rows', () => {
  /** Rows of [text length] and [text length / 2], counting how often a row is filled. */
  function lengthRows() {
    const filled: string[] = [];
    const rows = new TokenRows(1, 1, (token: Token, row, r) => {
      filled.push(token.text);
      r.ints[row] = token.text.length;
      r.floats[row] = token.text.length / 2;
    });
    return { rows, filled };
  }

  it('fills the row of a token once, at its id', () => {
    const { rows, filled } = lengthRows();
    rows.startPost();
    const t = tokenOf('rows-test-antrean');
    expect(rows.row(t)).toBe(t.id);
    expect(rows.row(t)).toBe(t.id);
    expect(rows.ints[t.id]).toBe(17);
    expect(rows.floats[t.id]).toBe(8.5);
    expect(filled).toEqual(['rows-test-antrean']);
  });

  it('keeps its rows as it grows past its first size', () => {
    const { rows } = lengthRows();
    rows.startPost();
    const first = tokenOf('rows-test-a');
    rows.row(first);
    const tokens = Array.from({ length: 10_000 }, (_, i) => tokenOf(`rows-grow-${i}`));
    for (const t of tokens) rows.row(t);
    expect(rows.ints[first.id]).toBe(11);
    const last = tokens[tokens.length - 1] as Token;
    expect(rows.ints[last.id]).toBe(last.text.length);
  });

  it('drops every row at the first post after the records are forgotten', () => {
    const { rows, filled } = lengthRows();
    /** Reads a post as the first of a new generation: its tokens get ids 0, 1… */
    const firstPost = (text: string) => {
      for (let i = 0; i < TOKEN_LIMIT; i++) tokenOf(`filler${i}`);
      return readTokens(text);
    };
    const old = firstPost('kecewa berat');
    rows.startPost();
    for (const t of old) rows.row(t);
    const now = firstPost('lama sekali');
    expect(now.map((t) => t.id)).toEqual(old.map((t) => t.id));
    rows.startPost();
    for (const t of now) rows.row(t);
    // Rows 0 and 1 are the new tokens', not kept from "kecewa" and "berat".
    expect([...rows.ints.subarray(0, 2)]).toEqual([4, 6]);
    expect(filled).toEqual(['kecewa', 'berat', 'lama', 'sekali']);
  });
});
