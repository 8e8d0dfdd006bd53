// capitalisedAsked and wordsInNames read a plain ASCII post from the tokenizer's copy of its bytes
// (english-names.ts: askedInUnits, mayHoldNameInUnits, readWordsInUnits), and any other text by
// its characters. Both must answer alike on every text: here the project's English texts, each
// again with every other word capitalised, and made-up texts around the edges of a block of four,
// read once right after the tokenizer read them (the bytes) and once by the characters.
import { describe, expect, it } from 'vitest';
import { readEnglishCorpus } from '../../../scripts/lib/english-corpus';
import { readCorpus } from '../../../scripts/model/train-post';
import { knowsWord } from '../analyze';
import { readTokens, unitsHold } from '../text/normalize';
import { askedInText, capitalisedAsked, wordsInNames } from './english-names';
import { LEXICON_EN } from './lexicon';

/** The text with every other word (of letters) capitalised, starting with the first or the second. */
function capitalisedByTurns(text: string, first: 0 | 1): string {
  let n = 0;
  return text.replace(/[a-z]+/g, (w) => (n++ % 2 === first ? w[0]?.toUpperCase() + w.slice(1) : w));
}

/** Each word as written and with its first letter capitalised, as english-tokens.ts asks. */
const withCapital = (words: Iterable<string>) =>
  new Set([...words].flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]));

describe('capitalised words asked for, by the bytes and by the characters', () => {
  const texts = [...readEnglishCorpus().map((t) => t.text), ...readCorpus().map((p) => p.text)];
  const made = [
    'Ok',
    'ok Go',
    'abc Good',
    'abcd Good day',
    'abcde Good. Bad Day',
    "x O'Brien is sad",
    "we watched McDonald's Sad Story",
    'so Happy',
    'Happy',
    'it was Bad',
    'fine. Bad\nBunny Good',
    // A sentence's end, then two spaces (its first word) or three (not: startsSentence).
    'fine.  Bad day',
    'fine.   Bad day',
    '#Bad day',
    'A',
    '',
  ];
  const variants = [...made, ...texts.flatMap((t) => [t, capitalisedByTurns(t, 0), capitalisedByTurns(t, 1)])];
  const askedSets = [
    withCapital([...LEXICON_EN.keys()].flatMap((k) => k.split(' '))),
    // "Brien" is inside "O'Brien": it is never looked up on its own.
    withCapital(['bad', 'sad', 'good', 'day', 'brien', "mcdonald's", 'go']),
  ];

  it('answers alike both ways, on texts read both ways', () => {
    let byBytes = 0;
    let yes = 0;
    let no = 0;
    for (const asked of askedSets) {
      for (const text of variants) {
        readTokens(text, knowsWord);
        if (unitsHold(text)) byBytes++;
        const fast = capitalisedAsked(text, asked);
        expect({ text, fast }).toEqual({ text, fast: askedInText(text, asked) });
        if (fast) yes++;
        else no++;
      }
    }
    // Most of these are plain ASCII, read by the bytes; both answers came often.
    expect(byBytes).toBeGreaterThan(variants.length);
    expect(Math.min(yes, no)).toBeGreaterThan(1000);
  });

  it('finds the same names both ways', () => {
    const names = (text: string) => JSON.stringify([...wordsInNames(text)]);
    let byBytes = 0;
    let named = 0;
    for (const text of variants) {
      readTokens('', knowsWord);
      const byCharacters = names(text);
      readTokens(text, knowsWord);
      if (unitsHold(text)) byBytes++;
      expect({ text, names: names(text) }).toEqual({ text, names: byCharacters });
      if (byCharacters !== '[]') named++;
    }
    expect(byBytes).toBeGreaterThan(variants.length / 2);
    expect(named).toBeGreaterThan(1000);
  });

  it('reads by the characters a text the tokenizer did not just read as plain ASCII', () => {
    const asked = withCapital(['bad']);
    readTokens('it was Bad', knowsWord);
    expect(unitsHold('it was Bad')).toBe(true);
    // Another text read since: its bytes are not this one's.
    readTokens('it was fine', knowsWord);
    expect(unitsHold('it was Bad')).toBe(false);
    expect(capitalisedAsked('it was Bad', asked)).toBe(true);
    // Beyond ASCII: the tokenizer folds it, and `units` holds the folded text.
    readTokens('it was Bad 😢', knowsWord);
    expect(unitsHold('it was Bad 😢')).toBe(false);
    expect(capitalisedAsked('it was Bad 😢', asked)).toBe(true);
  });
});
