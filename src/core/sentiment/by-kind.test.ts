// The sentiment read with what the post does: the rules by kind, each on a post naming BPJS and not.
import { describe, expect, it } from 'vitest';
import type { KindAnalysis, Sentiment } from '../types';
import { sentimentGivenKind } from './by-kind';

const leaning = (label: Sentiment['label'], confidence = 0.7): Sentiment => ({
  label,
  score: label === 'negative' ? -0.4 : label === 'positive' ? 0.4 : 0,
  confidence,
  drivers: [],
});
const kind = (label: KindAnalysis['label'], probability = 0.9): KindAnalysis => ({ label, probability });

describe('sentimentGivenKind', () => {
  it('reads a sure complaint about BPJS as negative even when its words are flat', () => {
    expect(sentimentGivenKind(leaning('neutral'), kind('complaint'), true).label).toBe('negative');
    // Not on a post that does not name BPJS (a review, a tweet about anything): the kinds are read on BPJS posts.
    expect(sentimentGivenKind(leaning('neutral'), kind('complaint'), false).label).toBe('neutral');
    // Nor when the complaint is unsure.
    expect(sentimentGivenKind(leaning('neutral'), kind('complaint', 0.4), true).label).toBe('neutral');
  });

  it('reads a BPJS joke or job advert ("other") as neutral unless its words are surely polar', () => {
    expect(sentimentGivenKind(leaning('negative'), kind('other'), true).label).toBe('neutral');
    expect(sentimentGivenKind(leaning('negative', 0.97), kind('other'), true).label).toBe('negative');
    expect(sentimentGivenKind(leaning('negative'), kind('other'), false).label).toBe('negative');
  });

  it('keeps headlines and questions neutral and praise positive, as before', () => {
    expect(sentimentGivenKind(leaning('negative'), kind('news'), false).label).toBe('neutral');
    expect(sentimentGivenKind(leaning('neutral'), kind('praise'), false).label).toBe('positive');
    expect(sentimentGivenKind(leaning('negative'), kind('opinion'), true).label).toBe('negative');
  });

  it('reads a sure English complaint whose words praise as negative, about any service (sarcasm)', () => {
    const post = 'Bills up again and wages stuck. Brilliant.';
    expect(sentimentGivenKind(leaning('positive'), kind('complaint'), false, post).label).toBe('negative');
    expect(sentimentGivenKind(leaning('positive'), kind('complaint'), true, post).label).toBe('negative');
    // Not when the complaint is unsure, nor on a post read as Indonesian that does not name BPJS.
    expect(sentimentGivenKind(leaning('positive'), kind('complaint', 0.4), false, post).label).toBe('positive');
    expect(sentimentGivenKind(leaning('positive'), kind('complaint'), false).label).toBe('positive');
    // A flat English complaint to another service stays neutral: strangers tell of faults flatly.
    expect(sentimentGivenKind(leaning('neutral'), kind('complaint'), false, post).label).toBe('neutral');
  });

  it('keeps the reading of an English question or headline that exclaims', () => {
    expect(sentimentGivenKind(leaning('negative'), kind('inquiry'), false, 'Seriously?! Another delay?!').label).toBe(
      'negative',
    );
    expect(sentimentGivenKind(leaning('positive'), kind('news'), false, 'Tickets on sale now!').label).toBe('positive');
    // Without a "!" the question reads neutral, and an Indonesian post is read as before.
    expect(sentimentGivenKind(leaning('negative'), kind('inquiry'), false, 'Why is the 9 bus late?').label).toBe(
      'neutral',
    );
    expect(sentimentGivenKind(leaning('negative'), kind('news'), false).label).toBe('neutral');
  });
});
