import { describe, expect, it } from 'vitest';
import { pairTableLengths, pairValueIn, WordPairs, WordPairsBuilder } from './word-pairs';

describe('word pairs', () => {
  const pairs = new WordPairs([
    ['tidak', 'bisa', 7],
    ['tidak', 'ada', 8],
    ['sangat', 'bisa', 9],
  ]);
  const value = (a: string, b: string) => pairs.value(pairs.firstNumber(a), pairs.secondNumber(b));

  it('finds a pair by the numbers of its words', () => {
    expect(value('tidak', 'bisa')).toBe(7);
    expect(value('tidak', 'ada')).toBe(8);
    expect(value('sangat', 'bisa')).toBe(9);
  });

  it('tells -1 for pairs it lacks, words in the wrong place and words it lacks', () => {
    expect(value('sangat', 'ada')).toBe(-1);
    expect(value('bisa', 'tidak')).toBe(-1);
    expect(pairs.firstNumber('bisa')).toBe(-1);
    expect(pairs.secondNumber('tidak')).toBe(-1);
    expect(value('antri', 'lama')).toBe(-1);
  });

  it('keeps every pair of a large table, where probes step past taken slots', () => {
    const words = Array.from({ length: 120 }, (_, i) => `w${i}`);
    const many = new WordPairs(words.flatMap((a, i) => words.map((b, j) => [a, b, i * 1000 + j] as const)));
    for (let i = 0; i < words.length; i += 7) {
      for (let j = 0; j < words.length; j += 5) {
        expect(many.value(many.firstNumber(`w${i}`), many.secondNumber(`w${j}`))).toBe(i * 1000 + j);
      }
    }
    expect(many.value(many.firstNumber('w1'), many.secondNumber('w120'))).toBe(-1);
  });

  it('answers the same for pairs gathered one by one, past the room it was given', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const given = words.flatMap((a, i) => words.map((b, j) => [a, b, i * 100 + j] as const));
    const builder = new WordPairsBuilder(3);
    for (const [a, b, v] of given) builder.add(a, b, v);
    expect(builder.count).toBe(given.length);
    const gathered = new WordPairs(builder);
    const direct = new WordPairs(given);
    for (const a of [...words, 'x'])
      for (const b of [...words, 'y']) {
        const v = gathered.value(gathered.firstNumber(a), gathered.secondNumber(b));
        expect(v).toBe(direct.value(direct.firstNumber(a), direct.secondNumber(b)));
        expect(v).toBe(a === 'x' || b === 'y' ? -1 : Number(a.slice(1)) * 100 + Number(b.slice(1)));
      }
  });

  it('fills the first part of the arrays it is given, and probes them as pairValueIn does', () => {
    const words = Array.from({ length: 30 }, (_, i) => `w${i}`);
    const given = words.flatMap((a, i) => words.map((b, j) => [a, b, i * 100 + j] as const));
    const lengths = pairTableLengths(given.length);
    // Sized for more pairs (as a shipped model's are, for as many as it has features), and left
    // over from an earlier table: the part the table takes is cleared, the rest left as it was.
    const room = pairTableLengths(given.length * 3);
    expect(room.slots).toBeGreaterThan(lengths.slots);
    const into = { slots: new Int32Array(room.slots).fill(7), filter: new Int32Array(room.filter).fill(-1) };
    const filled = new WordPairs(given, into);
    expect(filled.slots).toBe(into.slots);
    expect(filled.filter).toBe(into.filter);
    expect(into.slots[lengths.slots]).toBe(7);
    expect(filled.slotMask).toBe(lengths.slots / 2 - 1);
    const own = new WordPairs(given);
    expect(own.slots.length).toBe(lengths.slots);
    for (const a of [...words, 'x'])
      for (const b of [...words, 'y']) {
        const first = filled.firstNumber(a);
        const second = filled.secondNumber(b);
        const v = filled.value(first, second);
        expect(v).toBe(a === 'x' || b === 'y' ? -1 : Number(a.slice(1)) * 100 + Number(b.slice(1)));
        expect(own.value(own.firstNumber(a), own.secondNumber(b))).toBe(v);
        if (first >= 0 && second >= 0) {
          const key = first * filled.secondCount + second;
          expect(pairValueIn(filled.slots, filled.filter, key, filled.shift, filled.filterShift, filled.slotMask)).toBe(
            v,
          );
        }
      }
  });

  it('will not fill arrays too short for its pairs', () => {
    const lengths = pairTableLengths(3);
    const short = { slots: new Int32Array(lengths.slots / 2), filter: new Int32Array(lengths.filter) };
    expect(
      () =>
        new WordPairs(
          [
            ['a', 'b', 1],
            ['a', 'c', 2],
            ['d', 'b', 3],
          ],
          short,
        ),
    ).toThrow(/too short/);
  });
});
