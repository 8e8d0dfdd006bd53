// Names told by their capitals: the words inside one move nothing; a capital that only starts a
// sentence, a day's, a month's or "I" makes no name, and a post in Title Case tells none.
import { describe, expect, it } from 'vitest';
import { knowsWord } from '../analyze';
import sentimentWeights from '../model/sentiment-id.json';
import { readTokens } from '../text/normalize';
import { wordsInNames } from './english-names';
import { makeSentimentModel } from './sentiment';

const named = (text: string) =>
  [...wordsInNames(text)].flatMap(([word, flags]) => (flags.some((f) => f) ? [word] : [])).sort();

describe('words inside names', () => {
  it('finds runs of capitalised words, with small words between them', () => {
    expect(named('Bad Bunny headlines on Saturday night')).toEqual(['bad', 'bunny']);
    expect(named('my brother is watching Attack on Titan')).toEqual(['attack', 'on', 'titan']);
    expect(named('The Lost City is on Netflix from Friday')).toEqual(['city', 'lost', 'the']);
  });

  it('reads no name from the first word of a sentence alone, "I", days or months', () => {
    expect(named('Thanks to Amazon the parcel came early')).toEqual([]);
    expect(named('Happy Friday everyone, what a week')).toEqual([]);
    expect(named('Great news. Tickets go on sale in June')).toEqual([]);
    expect(named('So I Love this song')).toEqual([]);
  });

  it('reads curly quotes, wide spaces and other characters beyond ASCII as the plain text would', () => {
    // A closing quote, or a no-break space after a full stop, starts the sentence: "Thanks" is no name.
    expect(named('Sure” Thanks to Amazon the parcel came early')).toEqual([]);
    expect(named('Sure.\u00a0\u00a0Thanks to Amazon the parcel came early')).toEqual([]);
    expect(named('Sure, Thanks to Amazon the parcel came early')).toEqual(['amazon', 'sure', 'thanks', 'to']);
    expect(named('my brother is watching Attack on Titan 📺')).toEqual(['attack', 'on', 'titan']);
    expect(named('I’m watching Attack on Titan')).toEqual(['attack', 'on', 'titan']);
  });

  it('tells a sentence’s start by what stands before its first word, a line break and spaces too', () => {
    // "Bake" starts a sentence after a line break and a space, after "#" or after a full stop and
    // two spaces (not three): a capitalised word before it makes no name with it.
    expect(named('we watched Great Bake today')).toEqual(['bake', 'great']);
    expect(named('we watched Great\n Bake today')).toEqual([]);
    expect(named('we watched Great #Bake today')).toEqual([]);
    expect(named('we watched Great.  Bake today')).toEqual([]);
    expect(named('we watched Great,   Bake today')).toEqual(['bake', 'great']);
  });

  it('reads no name from a post in Title Case', () => {
    expect(named('Best Day Of My Life With The Best People')).toEqual([]);
  });

  it('marks each occurrence of a word on its own', () => {
    expect(wordsInNames('lost my keys watching The Lost City').get('lost')).toEqual([false, true]);
  });
});

describe('the English reading of a post with its text', () => {
  const model = makeSentimentModel(sentimentWeights);
  const read = (text: string, withText: boolean) =>
    model.english(readTokens(text, knowsWord), withText ? text : undefined).label;

  it('reads a sentiment word inside a name as none', () => {
    expect(read('Bad Bunny headlines on Saturday night', false)).toBe('negative');
    expect(read('Bad Bunny headlines on Saturday night', true)).toBe('neutral');
    expect(read('season two of Lost in Space is out on Friday', true)).toBe('neutral');
  });

  it('still reads the same word outside the name', () => {
    expect(read('lost my keys again, awful day', true)).toBe('negative');
  });
});
