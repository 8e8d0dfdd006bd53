import { describe, expect, it } from 'vitest';
import type { Analysis } from '../core/types';
import { DEFAULT_SETTINGS, parseSettings } from '../settings';
import { withThresholds } from './apply-settings';

const analysis = (score: number, probability: number): Analysis => ({
  lang: 'id',
  sentiment: { label: score < -0.2 ? 'negative' : 'neutral', score, confidence: 0.8, drivers: [] },
  complaint: { is: probability >= 0.5, probability, categories: [], urgent: false, urgencyFlags: [], asksForHelp: false },
  matches: [],
  modelVersion: 't',
});

describe('settings acting on the analysis', () => {
  it('moves the complaint and negative thresholds', () => {
    const strict = { complaint: 0.8, negative: -0.5 };
    expect(withThresholds(analysis(-0.3, 0.6), strict)).toMatchObject({ sentiment: { label: 'neutral' }, complaint: { is: false } });
    expect(withThresholds(analysis(-0.6, 0.9), strict)).toMatchObject({ sentiment: { label: 'negative' }, complaint: { is: true } });
    const loose = { complaint: 0.3, negative: -0.1 };
    expect(withThresholds(analysis(-0.15, 0.35), loose)).toMatchObject({ sentiment: { label: 'negative' }, complaint: { is: true } });
  });

  it('reads stored settings field by field, falling back to defaults for bad or missing fields', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    const mixed = parseSettings({ language: 'en', retentionDays: -4, sites: { x: false, facebook: true, instagram: true }, categories: [] });
    expect(mixed).toEqual({ ...DEFAULT_SETTINGS, language: 'en', sites: { x: false, facebook: true, instagram: true } });
    expect(DEFAULT_SETTINGS.retentionDays).toBeNull();
    expect(DEFAULT_SETTINGS.categories).toContain('antrean');
  });
});
