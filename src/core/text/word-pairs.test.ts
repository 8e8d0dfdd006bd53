import { describe, expect, it } from 'vitest';
import { WordPairs } from './word-pairs';

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
});
