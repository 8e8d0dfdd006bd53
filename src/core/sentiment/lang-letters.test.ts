import { describe, expect, it } from 'vitest';
import { englishOddsBySpelling, letterGrams, wordsForGuess } from './lang-letters';

describe('the words the spelling guess reads', () => {
  it("leaves out links and handles, keeps a hashtag's word, folds drawn-out letters", () => {
    expect(wordsForGuess('@TwitterSupport please help https://t.co/x1 #Blessed')).toEqual([
      'please',
      'help',
      'blessed',
    ]);
    expect(wordsForGuess('Lancarrrr, kereeeen!! Mum’s cooking')).toEqual(['lancar', 'keren', "mum's", 'cooking']);
    expect(wordsForGuess('🎉 2026 !!')).toEqual([]);
  });

  it('takes every letter sequence of one to four characters, bounds marked', () => {
    const grams: string[] = [];
    letterGrams('ya', (g) => grams.push(g));
    expect(grams.sort()).toEqual(['<y', '<ya', '<ya>', 'a', 'a>', 'y', 'ya', 'ya>'].sort());
  });
});

describe('the log-odds by spelling', () => {
  it('reads short English posts with no function word as English', () => {
    for (const post of [
      'Great cast, great story, great night out',
      'Half term starts next week',
      'Monday. Rain. Traffic.',
    ])
      expect(englishOddsBySpelling(post), post).toBeGreaterThan(2);
  });

  it('reads short Indonesian posts as Indonesian, slang and drawn-out letters too', () => {
    for (const post of ['antrian panjang bener', 'mantap jiwa', 'Lancarrrr', 'pelayanan cepat, petugas ramah'])
      expect(englishOddsBySpelling(post), post).toBeLessThan(0);
  });

  it('is 0 for a post with no word', () => {
    expect(englishOddsBySpelling('https://t.co/abc @someone 🙏')).toBe(0);
  });
});
