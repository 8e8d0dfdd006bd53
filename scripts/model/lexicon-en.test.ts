// The English word list ships as JSON built by lexicon-en.ts: the file must be what the builder
// makes today (a change to the builder without `npm run model -- --english` fails here), and the
// project's own entries must read as meant.
import { describe, expect, it } from 'vitest';
import { knowsWord } from '../../src/core/analyze';
import shipped from '../../src/core/model/lexicon-en.json';
import sentimentWeights from '../../src/core/model/sentiment-id.json';
import { makeSentimentModel } from '../../src/core/sentiment/sentiment';
import { readTokens } from '../../src/core/text/normalize';
import { buildEnglishLexicon } from './lexicon-en';

const english = (text: string) => makeSentimentModel(sentimentWeights).english(readTokens(text, knowsWord));

describe('the English word list', () => {
  it('ships as the builder makes it', () => {
    expect(shipped.words).toEqual(buildEnglishLexicon());
  });

  it('reads a name that holds a sentiment word as no sentiment', () => {
    expect(english('Watching The Walking Dead tonight with my brother').label).toBe('neutral');
    expect(english('Manchester United play Chelsea on Sunday').label).toBe('neutral');
    // The word outside the name still counts.
    expect(english('the dead fish smell in this flat').label).toBe('negative');
  });

  it('reads leagues, races and game terms as no sentiment', () => {
    expect(english('Champions League final on Saturday at 8pm').label).toBe('neutral');
    expect(english('Free kick to Spurs on the edge of the box').label).toBe('neutral');
    expect(english('The new Marvel film opens on Friday').label).toBe('neutral');
  });

  it('knows complaint words and praise phrases the lists lack', () => {
    expect(english('this show has gone downhill, unwatchable now').label).toBe('negative');
    expect(english('nothing beats a Sunday roast').label).toBe('positive');
  });

  it('knows tweet slang the lists lack', () => {
    expect(english('this album is lit').label).toBe('positive');
    expect(english('missed the bus again fml').label).toBe('negative');
  });

  it('reads a word that names an occasion or an offer as too mild to make a post polar alone', () => {
    expect(english('Launch party on Thursday at the Social, doors at 8').label).toBe('neutral');
    expect(english('Entry is free for under 12s this weekend').label).toBe('neutral');
    // Beside praise it still adds.
    expect(english('best party ever, thank you all').label).toBe('positive');
  });

  it('reads set phrases of swearing as the phrase means', () => {
    expect(english('hell yeah, Friday off').label).toBe('positive');
    expect(english('holy crap it is December already').label).toBe('neutral');
  });

  it('reads slang that praises as often as it blames as no sentiment', () => {
    expect(english('time to fire up the barbecue, burgers at 6').label).toBe('neutral');
  });

  it("reads an offer's formula as no interest of the author's", () => {
    expect(english('Selling my old road bike, DM if interested').label).toBe('neutral');
  });

  it('reads one or two letters that abbreviate something plain as no sentiment', () => {
    expect(english('Flying into L.A. on Thursday, back Monday').label).toBe('neutral');
    expect(english('We move to Austin TX in June').label).toBe('neutral');
  });

  it('reads idioms as they mean, not word by word', () => {
    expect(english('she absolutely killed it last night').label).toBe('positive');
    expect(english('dead heat in the 100m final').label).toBe('neutral');
  });

  it('reads "why" as a mild complaint, but not in "that\'s why"', () => {
    expect(english('why is a coffee £5 now').label).toBe('negative');
    expect(english("and that's why she's the best teacher in the school").label).toBe('positive');
  });

  it('reads "rapper" and "rappers" as themselves, not as the misspellings they fold to', () => {
    expect(english('Ice Cube is the greatest rapper ever').label).toBe('positive');
    expect(english('the best rappers alive, all on one stage').label).toBe('positive');
  });

  it('reads being moved to tears as no grief, and wanting to cry as one', () => {
    expect(english('that final episode had me in tears, what a beautiful ending').label).toBe('positive');
    expect(english('the speech made me cry').label).toBe('neutral');
    expect(english('happy tears all round').label).toBe('positive');
    expect(english('phone smashed on day one, I want to cry').label).toBe('negative');
  });
});
