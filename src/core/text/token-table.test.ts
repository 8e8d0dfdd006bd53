import { describe, expect, it } from 'vitest';
import { readTokens } from './normalize';
import { forgetTokensIfFull, TOKEN_LIMIT, type Token, tokenOf } from './token';
import { Numbering, ROW_FILLED, TokenRows, TokenTable } from './token-table';

/** A table of each token's length, counting how often it had to work one out. */
function lengths() {
  const asked: string[] = [];
  const table = new TokenTable((t) => {
    asked.push(t.text);
    return t.text.length;
  });
  return { table, asked };
}

describe('TokenTable', () => {
  it('works a code out once per token', () => {
    const { table, asked } = lengths();
    const t = tokenOf('antrean');
    expect(table.forPost().of(t)).toBe(7);
    expect(table.forPost().of(t)).toBe(7);
    expect(asked).toEqual(['antrean']);
  });

  it('forgets its codes with the records: a new generation reuses the ids for other tokens', () => {
    const { table, asked } = lengths();
    const old = tokenOf('kecewa');
    expect(table.forPost().of(old)).toBe(6);
    for (let i = 0; i < TOKEN_LIMIT; i++) tokenOf(`filler${i}`);
    forgetTokensIfFull();
    // The first token of the new generation takes id 0, which an old token may have held.
    const first = tokenOf('x');
    const again = tokenOf('kecewa');
    expect(first.id).toBe(0);
    expect(table.forPost().of(first)).toBe(1);
    expect(table.of(again)).toBe(6);
    expect(asked).toEqual(['kecewa', 'x', 'kecewa']);
  });

  it('takes ids past its first size, and past the record limit within one post', () => {
    const { table } = lengths();
    const last = tokenOf('z'.repeat(9));
    for (let i = 0; i < TOKEN_LIMIT + 10; i++) tokenOf(`filler-b${i}`);
    const beyond = tokenOf('y'.repeat(5));
    expect(beyond.id).toBeGreaterThan(TOKEN_LIMIT);
    expect(table.forPost().of(beyond)).toBe(5);
    expect(table.of(last)).toBe(9);
  });

  it('answers a code too large to keep, working it out at each ask', () => {
    const asked: string[] = [];
    const table = new TokenTable((t) => {
      asked.push(t.text);
      return t.text.length * 1000;
    });
    const t = tokenOf('antrean');
    expect(table.forPost().of(t)).toBe(7000);
    const huge = tokenOf('x'.repeat(70));
    expect(table.of(huge)).toBe(70000);
    expect(table.of(huge)).toBe(70000);
    expect(table.of(t)).toBe(7000);
    expect(asked.filter((w) => w === huge.text)).toHaveLength(2);
    expect(asked.filter((w) => w === t.text)).toHaveLength(1);
  });

  it('works codes out again after clear', () => {
    const { table, asked } = lengths();
    const t = tokenOf('antri');
    table.forPost().of(t);
    table.clear();
    table.of(t);
    expect(asked).toEqual(['antri', 'antri']);
  });
});

describe('Numbering', () => {
  it('numbers each key once, making its value once, until cleared', () => {
    const lists = new Numbering<number[]>();
    expect(lists.numberOf('1,2', () => [1, 2])).toBe(0);
    expect(lists.numberOf('3', () => [3])).toBe(1);
    expect(lists.numberOf('1,2', () => [9])).toBe(0);
    expect(lists.valueOf(0)).toEqual([1, 2]);
    lists.clear();
    expect(lists.numberOf('3', () => [3])).toBe(0);
  });
});

describe('TokenRows', () => {
  /** Rows of [the table's mark, text length] and [text length / 2], counting how often a row is filled. */
  function lengthRows() {
    const filled: string[] = [];
    const rows = new TokenRows(2, 1, (token: Token, at, r) => {
      filled.push(token.text);
      r.ints[at + LENGTH] = token.text.length;
      r.floats[r.floatAt(at)] = token.text.length / 2;
    });
    return { rows, filled };
  }
  /** The length's place in a row: int 0 is the table's own. */
  const LENGTH = 1;

  it('fills the row of a token once, in its record', () => {
    const { rows, filled } = lengthRows();
    rows.forPost();
    const t = tokenOf('rows-test-antrean');
    const at = rows.row(t);
    expect(rows.row(t)).toBe(at);
    expect(rows.ints[at + LENGTH]).toBe(17);
    expect(rows.floats[rows.floatAt(at)]).toBe(8.5);
    expect(filled).toEqual(['rows-test-antrean']);
  });

  it('keeps the rows of tables that share the records apart', () => {
    const { rows } = lengthRows();
    const other = new TokenRows(3, 2, (token: Token, at, r) => {
      r.ints[at + 1] = -1;
      r.ints[at + 2] = -2;
      r.floats[r.floatAt(at)] = -token.text.length;
      r.floats[r.floatAt(at) + 1] = 0.25;
    });
    const codes = new TokenTable((token) => token.text.length + 100);
    const t = tokenOf('rows-apart');
    rows.forPost();
    other.forPost();
    codes.forPost();
    const at = rows.row(t);
    const otherAt = other.row(t);
    expect(codes.of(t)).toBe(110);
    expect([rows.ints[at + LENGTH], rows.floats[rows.floatAt(at)]]).toEqual([10, 5]);
    expect([other.ints[otherAt + 1], other.ints[otherAt + 2]]).toEqual([-1, -2]);
    expect([other.floats[other.floatAt(otherAt)], other.floats[other.floatAt(otherAt) + 1]]).toEqual([-10, 0.25]);
    // Clearing one table makes it fill its rows again, and leaves the others' as they were.
    codes.clear();
    rows.clear();
    expect(codes.of(t)).toBe(110);
    expect(rows.ints[at + LENGTH]).toBe(10);
    expect(other.row(t)).toBe(otherAt);
    expect(other.floats[other.floatAt(otherAt)]).toBe(-10);
  });

  it('gives a table that no longer fits the shared records a store of its own', () => {
    const many = Array.from(
      { length: 20 },
      (_, k) =>
        new TokenRows(3, 0, (token: Token, at, r) => {
          r.ints[at + 1] = token.text.length * 10 + k;
          r.ints[at + 2] = k;
        }),
    );
    const t = tokenOf('rows-many');
    for (const table of many) table.forPost();
    for (const [k, table] of many.entries()) {
      const at = table.row(t);
      expect([table.ints[at + 1], table.ints[at + 2]]).toEqual([90 + k, k]);
    }
  });

  it('keeps its rows as it grows past its first size', () => {
    const { rows } = lengthRows();
    rows.forPost();
    const first = tokenOf('rows-test-a');
    const firstAt = rows.row(first);
    const tokens = Array.from({ length: 10_000 }, (_, i) => tokenOf(`rows-grow-${i}`));
    for (const t of tokens) rows.row(t);
    expect(rows.ints[firstAt + LENGTH]).toBe(11);
    const last = tokens[tokens.length - 1] as Token;
    expect(rows.ints[rows.row(last) + LENGTH]).toBe(last.text.length);
  });

  it('lets a walk find rows by id after reserve, with room for every token there is', () => {
    const { rows, filled } = lengthRows();
    const tokens = Array.from({ length: 10_000 }, (_, i) => tokenOf(`rows-reserve-${i}`));
    rows.reserve();
    const { ints, stride, rowOffset } = rows;
    // Room for the record of the newest token without growing: the walk's buffer stays the one.
    expect(ints.length).toBeGreaterThanOrEqual(((tokens[tokens.length - 1] as Token).id + 1) * stride);
    for (const t of tokens) {
      const at = t.id * stride + rowOffset;
      if (rows.ints[at] !== ROW_FILLED) rows.fillAt(t, at);
      expect(rows.ints).toBe(ints);
      expect(rows.ints[at + LENGTH]).toBe(t.text.length);
    }
    // The same rows as a look-up by token finds, filled once.
    for (const t of tokens) expect(rows.row(t)).toBe(t.id * stride + rowOffset);
    expect(filled).toHaveLength(10_000);
  });

  it('drops every row at the first post after the records are forgotten', () => {
    const { rows, filled } = lengthRows();
    /** Reads a post as the first of a new generation: its tokens get ids 0, 1… */
    const firstPost = (text: string) => {
      for (let i = 0; i < TOKEN_LIMIT; i++) tokenOf(`filler${i}`);
      return readTokens(text);
    };
    const old = firstPost('kecewa berat');
    rows.forPost();
    for (const t of old) rows.row(t);
    const now = firstPost('lama sekali');
    expect(now.map((t) => t.id)).toEqual(old.map((t) => t.id));
    rows.forPost();
    const at = now.map((t) => rows.row(t));
    // Rows 0 and 1 are the new tokens', not kept from "kecewa" and "berat".
    expect(at.map((a) => rows.ints[a + LENGTH])).toEqual([4, 6]);
    expect(filled).toEqual(['kecewa', 'berat', 'lama', 'sekali']);
  });
});
