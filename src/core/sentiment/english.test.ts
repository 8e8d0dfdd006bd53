// The English rules over the word list's sums: a negative word weighs more than a positive one,
// one mild praise word alone stays neutral, a question halves praise and "!" adds emphasis.
import { describe, expect, it } from 'vitest';
import { readTokens } from '../text/normalize';
import { EN_NEGATIVE_WEIGHT, EN_POSITIVE_FROM, englishCompound, englishSentiment } from './english';
import type { Polarity } from './polarity';

const tokens = (text: string) => readTokens(text, () => false);
const sums = (pos: number, neg: number): Polarity => ({ pos, neg, drivers: [] });

describe('the English rules', () => {
  it('weighs a negative word more than a positive word of the same valence', () => {
    expect(EN_NEGATIVE_WEIGHT).toBeGreaterThan(1);
    const mixed = englishSentiment(tokens('great food, rude staff'), sums(2, 2));
    expect(mixed.label).toBe('negative');
    expect(mixed.score).toBeLessThan(0);
  });

  it('keeps one mild praise word neutral and reads a stronger one as positive', () => {
    expect(englishSentiment(tokens('top of the table'), sums(0.9, 0)).label).toBe('neutral');
    expect(englishSentiment(tokens('a great night'), sums(2.1, 0)).label).toBe('positive');
    // The band's edge: a compound just above it is positive.
    const s = (EN_POSITIVE_FROM * Math.sqrt(15)) / Math.sqrt(1 - EN_POSITIVE_FROM ** 2) + 0.01;
    expect(englishSentiment(tokens('fine'), sums(s, 0)).label).toBe('positive');
  });

  it('reads any clear negative word as negative', () => {
    expect(englishSentiment(tokens('the train is delayed'), sums(0, 1.2)).label).toBe('negative');
  });

  it('halves praise in a question and adds emphasis for each "!"', () => {
    const plain = englishCompound(tokens('best show tonight'), sums(2, 0)).weighed;
    expect(englishCompound(tokens('best show tonight ?'), sums(2, 0)).weighed).toBeLessThan(plain);
    expect(englishCompound(tokens('best show tonight !'), sums(2, 0)).weighed).toBeGreaterThan(plain);
    // A question does not soften a complaint.
    expect(englishCompound(tokens('why is it broken ?'), sums(0, 2))).toEqual(
      englishCompound(tokens('broken'), sums(0, 2)),
    );
  });

  it("scores a post of one side on VADER's scale, and a mixed one on the side its label took", () => {
    const vader = (s: number) => Math.round((s / Math.sqrt(s * s + 15)) * 1000) / 1000;
    expect(englishSentiment(tokens('awful'), sums(0, 2)).score).toBe(vader(-2));
    expect(englishSentiment(tokens('lovely'), sums(2, 0)).score).toBe(vader(2));
    const mixed = englishSentiment(tokens('great food, rude staff'), sums(2, 1.5));
    expect(mixed.label).toBe('negative');
    expect(mixed.score).toBeLessThan(0);
    expect(mixed.score).toBeGreaterThan(vader(-1.5));
  });

  it('gives a neutral post with no words full confidence, and a polar one at least half', () => {
    const none = englishSentiment(tokens('the match starts at 8pm'), sums(0, 0));
    expect(none).toMatchObject({ label: 'neutral', score: 0, confidence: 1 });
    const polar = englishSentiment(tokens('awful'), sums(0, 2));
    expect(polar.confidence).toBeGreaterThanOrEqual(0.5);
    expect(polar.confidence).toBeLessThanOrEqual(1);
  });
});
