// Negation that strengthens a comparison ("couldn't be happier") keeps the comparison's sign;
// negation of a plain word still flips it.
import { describe, expect, it } from 'vitest';
import { knowsWord } from '../analyze';
import sentimentWeights from '../model/sentiment-id.json';
import { readTokens } from '../text/normalize';
import { strengtheningNegation } from './english-negation';
import { LEXICON_EN } from './lexicon';
import { makeSentimentModel } from './sentiment';

const texts = (text: string) =>
  strengtheningNegation(readTokens(text, knowsWord), LEXICON_EN)?.map((t) => t.text) ?? 'unchanged';

describe('negation that strengthens', () => {
  it('drops a negator before a verb of being and a comparison', () => {
    expect(texts("couldn't be happier")).toEqual(['_', 'be', 'happier']);
    expect(texts('could not be more excited')).toEqual(['could', '_', 'be', 'more', 'excited']);
    expect(texts('never been worse')).toEqual(['_', 'been', 'worse']);
  });

  it('leaves other negation alone', () => {
    expect(texts('not good enough')).toBe('unchanged');
    expect(texts('the sequel is not better')).toBe('unchanged');
  });
});

describe('the English reading of negation', () => {
  const model = makeSentimentModel(sentimentWeights);
  const label = (text: string) => model.english(readTokens(text, knowsWord), text).label;

  it('reads "couldn\'t be happier" as praise and "never been worse" as blame', () => {
    expect(label("couldn't be prouder of my sister today")).toBe('positive');
    expect(label('service has never been worse at this branch')).toBe('negative');
  });

  it('still flips a plain negated word', () => {
    expect(label('not happy with the haircut')).toBe('negative');
  });

  it('flips after every negated auxiliary, with or without its apostrophe', () => {
    for (const text of [
      'the burger wasnt good',
      "the seats weren't comfortable",
      'the seats werent comfortable',
      "we hadn't been happy there for years",
      'honestly the show couldnt be funny if it tried',
    ])
      expect(label(text), text).toBe('negative');
  });
});
