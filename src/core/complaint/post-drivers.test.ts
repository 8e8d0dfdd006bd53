import { describe, expect, it } from 'vitest';
import { tokenOf } from '../text/token';
import { SeenWords } from './post-drivers';

/** Seen words with their weights, in the order they came. */
function seen(words: [string, number][]): SeenWords {
  const s = new SeenWords();
  for (const [i, [, weight]] of words.entries()) {
    s.add(i, i);
    s.weights[i] = weight;
  }
  return s;
}

const tokensOf = (words: [string, number][]) => words.map(([w]) => tokenOf(w));

describe('a complaint’s drivers', () => {
  it('come after the category’s phrases, heaviest first, the earlier first among equals, at most four', () => {
    const words: [string, number][] = [
      ['antri', 0.5],
      ['lama', 1.2],
      ['yang', 0.1],
      ['#lama', 1.2],
      ['loket', 0.5],
      ['petugas', 0.9],
    ];
    const s = seen(words);
    // "#lama" reads as the word "lama": said once. "yang" weighs too little.
    expect(s.drivers(['antrean panjang'], tokensOf(words))).toEqual(['antrean panjang', 'lama', 'petugas', 'antri']);
  });

  it('are none once the post is forgotten', () => {
    const s = seen([['lama', 2]]);
    s.clear();
    expect(s.drivers([], tokensOf([['lama', 2]]))).toEqual([]);
  });
});
