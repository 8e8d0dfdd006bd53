import { describe, expect, it } from 'vitest';
import { forgetTokensIfFull, TOKEN_LIMIT, tokenOf } from './token';
import { Numbering, TokenTable } from './token-table';

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
