// Swearing as emphasis: before a word of feeling it strengthens that word; before any other it
// stays a curse; "as hell" strengthens the word before it; set phrases read as the word list says.
import { describe, expect, it } from 'vitest';
import { knowsWord } from '../analyze';
import sentimentWeights from '../model/sentiment-id.json';
import { readTokens } from '../text/normalize';
import { swearingAsEmphasis } from './english-swearing';
import { LEXICON_EN } from './lexicon';
import { makeSentimentModel } from './sentiment';

const texts = (text: string) =>
  swearingAsEmphasis(readTokens(text, knowsWord), LEXICON_EN)?.map((t) => t.text) ?? 'unchanged';

describe('swearing as emphasis', () => {
  it('reads a swear word before a listed word as an intensifier', () => {
    expect(texts('so fucking good')).toEqual(['so', 'very', 'good']);
    expect(texts('damn fine coffee')).toEqual(['very', 'fine', 'coffee']);
  });

  it('leaves a swear word before any other word as it is', () => {
    expect(texts('this fucking train')).toBe('unchanged');
  });

  it('reads "as hell" as an intensifier after its word', () => {
    expect(texts('funny as hell')).toEqual(['funny', 'very']);
  });
});

describe('the English reading of swearing', () => {
  const model = makeSentimentModel(sentimentWeights);
  const label = (text: string) => model.english(readTokens(text, knowsWord), text).label;

  it('reads praise with a swear word in it as praise', () => {
    expect(label('that set was so fucking good')).toBe('positive');
    expect(label('funny as hell, watched it twice')).toBe('positive');
    expect(label('hell yeah, Friday off')).toBe('positive');
  });

  it('still reads a curse as negative', () => {
    expect(label('this fucking train has not moved in an hour')).toBe('negative');
    expect(label('fucking useless ref')).toBe('negative');
  });
});
