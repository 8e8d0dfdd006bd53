// The trials of a trained English model: its features say what a post does, the words it learns
// are the word list's gaps, and cross-validation never reads a topic it trained on.
import { describe, expect, it } from 'vitest';
import type { EnglishTweet } from '../lib/english-corpus';
import { EN_SIGNAL, WORD_MARK } from './english-features';
import {
  crossValidate,
  EN_DEFAULTS,
  featurizeEnglish,
  predictEnglish,
  toDocs,
  trainEnglish,
} from './train-sentiment-en';

describe('the English model features', () => {
  it('marks a question, a link, a day and a person, and keeps listed words out of the word layer', () => {
    const f = featurizeEnglish('Are you going to the great gig on Friday? http://t.co/x1');
    for (const s of [EN_SIGNAL.bias, EN_SIGNAL.question, EN_SIGNAL.link, EN_SIGNAL.when, EN_SIGNAL.secondPerson])
      expect(f.has(s)).toBe(true);
    expect(f.has(EN_SIGNAL.exclamation)).toBe(false);
    // "great" is in the word list: it counts through the rule sums, not as a word of its own.
    expect(f.get(EN_SIGNAL.positive)).toBeGreaterThan(0);
    expect(f.has(`${WORD_MARK}great`)).toBe(false);
    expect(f.has(`${WORD_MARK}gig`)).toBe(true);
  });

  it('gives the rules reading of a plainly negative post', () => {
    const f = featurizeEnglish('this is the worst service ever');
    expect(f.get(EN_SIGNAL.ruleNegative)).toBe(1);
    expect(f.has(EN_SIGNAL.rulePositive)).toBe(false);
  });
});

/**
 * Toy tweets that differ only by one unlisted word: in topic "a" "zork" marks praise and "frub"
 * none, in topic "b" "blip" and "wug" do.
 */
function toyTweets(): EnglishTweet[] {
  const out: EnglishTweet[] = [];
  const names = ['mall', 'park', 'shop', 'pool', 'gym', 'cafe', 'bar', 'zoo', 'pier', 'dock', 'yard', 'farm'];
  names.forEach((n, i) => {
    out.push({ id: `a-${2 * i + 1}`, text: `zork ${n}`, label: 'positive' });
    out.push({ id: `a-${2 * i + 2}`, text: `frub ${n}`, label: 'neutral' });
    out.push({ id: `b-${2 * i + 1}`, text: `blip ${n}`, label: 'positive' });
    out.push({ id: `b-${2 * i + 2}`, text: `wug ${n}`, label: 'neutral' });
  });
  return out;
}

describe('the English model trials', () => {
  const options = { ...EN_DEFAULTS, wordL2: 1e-3, minCount: 2 };

  it('learns a word the list lacks from the tweets', () => {
    const w = trainEnglish(toDocs(toyTweets()), options);
    expect(predictEnglish(w, featurizeEnglish('zork station'))).toBe('positive');
    expect(predictEnglish(w, featurizeEnglish('frub station'))).toBe('neutral');
  });

  it('reads each topic with a model that never saw it', () => {
    const tweets = toyTweets();
    const docs = toDocs(tweets);
    const oof = crossValidate(tweets, docs, options);
    // Read by a model trained on "b" alone, "zork mall" and "frub mall" look the same: each pair
    // of topic "a" gets one label, while the model trained on everything tells them apart.
    for (let i = 0; i < tweets.length; i += 4) expect(oof[i]).toBe(oof[i + 1]);
    const all = trainEnglish(docs, options);
    expect(predictEnglish(all, featurizeEnglish('zork mall'))).toBe('positive');
    expect(predictEnglish(all, featurizeEnglish('frub mall'))).toBe('neutral');
  });
});
