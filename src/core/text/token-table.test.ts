import { describe, expect, it } from 'vitest';
import { readTokens } from './normalize';
import { forgetTokensIfFull, TOKEN_LIMIT, type Token, tokenOf } from './token';
import {
  Numbering,
  RECORD_FLOATS,
  RECORD_INTS,
  RECORDS,
  RecordPlace,
  ROW_FILLED,
  TokenRows,
  TokenTable,
} from './token-table';

/** The place of the tables of lengths below: each test makes one, which takes it over. */
const LENGTHS = TokenTable.place();

/** Enough tokens of this generation for ids past the records kept (TOKEN_LIMIT and the last post's). */
function pastTheRecords(prefix: string): Token {
  for (let i = 0; i < TOKEN_LIMIT + 2000; i++) tokenOf(`${prefix}${i}`);
  return tokenOf(`${prefix}-beyond`);
}

/** A table of each token's length, counting how often it had to work one out. */
function lengths() {
  const asked: string[] = [];
  const table = new TokenTable(LENGTHS, (t) => {
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

  it('answers for ids past the records kept (the post that fills them), working the code out at each ask', () => {
    const { table, asked } = lengths();
    const last = tokenOf('z'.repeat(9));
    table.forPost().of(last);
    const beyond = pastTheRecords('filler-b');
    expect(table.forPost().of(beyond)).toBe(beyond.text.length);
    expect(table.of(beyond)).toBe(beyond.text.length);
    // As a walk reads it: past the records the place reads as undefined, `| 0` as not asked.
    const at = beyond.id * table.stride + table.rowOffset;
    expect((table.ints[at] as number) | 0).toBe(0);
    expect(table.codeAt(beyond, at)).toBe(beyond.text.length);
    expect(asked.filter((w) => w === beyond.text)).toHaveLength(3);
    expect(table.of(last)).toBe(9);
    expect(asked.filter((w) => w === last.text)).toHaveLength(1);
    forgetTokensIfFull();
  });

  it('answers a code too large to keep, working it out at each ask', () => {
    const asked: string[] = [];
    const table = new TokenTable(LENGTHS, (t) => {
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

  it('shares its place with the tables of its kind by turns: the one reading a post holds it', () => {
    const first = lengths();
    const second = lengths();
    const t = tokenOf('giliran');
    expect(first.table.forPost().of(t)).toBe(7);
    expect(second.table.forPost().of(t)).toBe(7);
    // The second took the place over, clearing it: the first works its code out again.
    expect(first.table.forPost().of(t)).toBe(7);
    expect(first.table.of(t)).toBe(7);
    expect(first.asked).toEqual(['giliran', 'giliran']);
    expect(second.asked).toEqual(['giliran']);
  });

  it('refuses a place the record has no room for, when the modules load', () => {
    expect(() => new RecordPlace(RECORD_INTS + 1, false)).toThrow(/no room/);
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
  const LENGTH_ROWS = TokenRows.place(2, 1);
  const OTHER_ROWS = TokenRows.place(3, 2);
  const OTHER_CODES = TokenTable.place();
  /** Rows of [the table's mark, text length] and [text length / 2], counting how often a row is filled. */
  function lengthRows() {
    const filled: string[] = [];
    const rows = new TokenRows(LENGTH_ROWS, (token: Token, at, r) => {
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
    const other = new TokenRows(OTHER_ROWS, (token: Token, at, r) => {
      r.ints[at + 1] = -1;
      r.ints[at + 2] = -2;
      r.floats[r.floatAt(at)] = -token.text.length;
      r.floats[r.floatAt(at) + 1] = 0.25;
    });
    const codes = new TokenTable(OTHER_CODES, (token) => token.text.length + 100);
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
    expect(rows.ints[at]).not.toBe(ROW_FILLED);
    expect(rows.ints[rows.row(t) + LENGTH]).toBe(10);
    expect(other.row(t)).toBe(otherAt);
    expect(other.floats[other.floatAt(otherAt)]).toBe(-10);
  });

  it('lets a walk find rows by id after forPost, in the records', () => {
    const { rows, filled } = lengthRows();
    const tokens = Array.from({ length: 10_000 }, (_, i) => tokenOf(`rows-walk-${i}`));
    rows.forPost();
    const { stride, rowOffset } = rows;
    for (const t of tokens) {
      let at = t.id * stride + rowOffset;
      if (RECORDS[at] !== ROW_FILLED) at = rows.fillAt(t, at);
      expect(at).toBe(t.id * stride + rowOffset);
      expect(RECORDS[at + LENGTH]).toBe(t.text.length);
      expect(RECORD_FLOATS[rows.floatAt(at)]).toBe(t.text.length / 2);
    }
    // The same rows as a look-up by token finds, filled once.
    for (const t of tokens) expect(rows.row(t)).toBe(t.id * stride + rowOffset);
    expect(filled).toHaveLength(10_000);
  });

  it('fills the row of a token past the records kept at each ask, in a scratch record', () => {
    const { rows, filled } = lengthRows();
    const kept = tokenOf('rows-kept');
    rows.forPost();
    const keptAt = rows.row(kept);
    const beyond = pastTheRecords('rows-past-');
    const next = tokenOf('rows-past-next-word');
    rows.forPost();
    // As a walk reads it: past the records the mark reads as undefined, and fillAt tells where the row is.
    const at = beyond.id * rows.stride + rows.rowOffset;
    expect(RECORDS[at]).toBeUndefined();
    const row = rows.fillAt(beyond, at);
    // A walk holds two rows at once (a word's and the next word's): both stay as filled.
    const nextRow = rows.row(next);
    expect(nextRow).not.toBe(row);
    expect([RECORDS[row + LENGTH], RECORD_FLOATS[rows.floatAt(row)]]).toEqual([
      beyond.text.length,
      beyond.text.length / 2,
    ]);
    expect(RECORDS[nextRow + LENGTH]).toBe(next.text.length);
    expect(RECORDS[rows.row(beyond) + LENGTH]).toBe(beyond.text.length);
    expect(filled.filter((w) => w === beyond.text)).toHaveLength(2);
    // The rows kept are as they were.
    expect(rows.row(kept)).toBe(keptAt);
    expect(RECORDS[keptAt + LENGTH]).toBe(kept.text.length);
    expect(filled.filter((w) => w === kept.text)).toHaveLength(1);
    forgetTokensIfFull();
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
