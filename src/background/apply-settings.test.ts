import { describe, expect, it } from 'vitest';
import { analyze, compileTaxonomy, DEFAULT_TAXONOMY } from '../core/analyze';
import type { Analysis } from '../core/types';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../settings';
import { taxonomyFrom, withNegativeThreshold } from './apply-settings';

const analysis = (score: number, probability: number): Analysis => ({
  lang: 'id',
  sentiment: { label: score < -0.2 ? 'negative' : 'neutral', score, confidence: 0.8, drivers: [] },
  complaint: {
    is: probability >= 0.5,
    probability,
    categories: [],
    urgent: false,
    urgencyFlags: [],
    asksForHelp: false,
  },
  matches: [],
  modelVersion: 't',
});

describe('settings acting on the analysis', () => {
  it('moves the negative threshold, and leaves the model’s label without one', () => {
    expect(withNegativeThreshold(analysis(-0.3, 0.6), -0.5)).toMatchObject({ sentiment: { label: 'neutral' } });
    expect(withNegativeThreshold(analysis(-0.6, 0.9), -0.5)).toMatchObject({ sentiment: { label: 'negative' } });
    expect(withNegativeThreshold(analysis(-0.15, 0.35), -0.1)).toMatchObject({ sentiment: { label: 'negative' } });
    expect(withNegativeThreshold(analysis(-0.15, 0.35), null)).toMatchObject({ sentiment: { label: 'neutral' } });
  });

  it('reads stored settings field by field, falling back to defaults for bad or missing fields', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    const mixed = parseSettings({
      language: 'en',
      retentionDays: -4,
      sites: { x: false, facebook: true, instagram: true },
      categories: [],
    });
    expect(mixed).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'en',
      sites: { x: false, facebook: true, instagram: true },
    });
    expect(DEFAULT_SETTINGS.retentionDays).toBeNull();
    expect(DEFAULT_SETTINGS.categories).toContain('antrean');
  });
});

describe('categories and keywords from the settings', () => {
  const categoriesOf = (text: string, settings: Pick<Settings, 'categories' | 'categoryKeywords'>) =>
    analyze(text, { taxonomy: compileTaxonomy(taxonomyFrom(settings)) }).complaint.categories;
  const TEXT = 'Obat kronis habis di apotek, disuruh beli sendiri. Kecewa, tolong min';

  it('scores with the taxonomy by default', () => {
    expect(
      taxonomyFrom(DEFAULT_SETTINGS)
        .categories.map((c) => c.id)
        .sort(),
    ).toEqual(DEFAULT_TAXONOMY.categories.map((c) => c.id).sort());
    expect(categoriesOf(TEXT, DEFAULT_SETTINGS)).toContain('obat');
  });

  it('drops a removed category, adds a new one with its keywords, and uses edited keywords', () => {
    const settings = {
      categories: [...DEFAULT_SETTINGS.categories.filter((c) => c !== 'obat'), 'vaksin'],
      categoryKeywords: { vaksin: ['vaksin', 'imunisasi'], antrean: ['apotek'] },
    };
    expect(categoriesOf(TEXT, settings)).not.toContain('obat');
    expect(categoriesOf(TEXT, settings)).toContain('antrean');
    expect(categoriesOf('Imunisasi anak ditolak di puskesmas, kecewa', settings)).toContain('vaksin');
  });
});
