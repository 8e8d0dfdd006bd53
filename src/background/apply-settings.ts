// How the settings act on the worker's scoring, where the core does not take them itself: the
// negative-sentiment threshold and the categories. Pure, so the worker and its tests share it.
// (The complaint threshold goes into the core's own decision: see worker-settings.ts.)
import { DEFAULT_TAXONOMY, PRAISE_CATEGORY, type Taxonomy, type TaxonomyCategory } from '../core/analyze';
import type { Analysis } from '../core/types';
import type { Settings } from '../settings';

/** Relabels the sentiment by the user's negative threshold; null: the model's label stands. */
export function withNegativeThreshold(a: Analysis, negative: Settings['thresholds']['negative']): Analysis {
  // No threshold: the model's own label (it is what docs/evaluation.md measures).
  if (negative === null) return a;
  const isNegative = a.sentiment.score <= negative;
  const label = isNegative ? 'negative' : a.sentiment.label === 'negative' ? 'neutral' : a.sentiment.label;
  return { ...a, sentiment: { ...a.sentiment, label } };
}

/**
 * The taxonomy the worker scores with: the user's categories in their order, each with its
 * edited keywords or the taxonomy's own; a category the user removed is not scored. Praise
 * (which counts against a complaint), urgency flags and intent markers stay the taxonomy's.
 */
export function taxonomyFrom(settings: Pick<Settings, 'categories' | 'categoryKeywords'>): Taxonomy {
  const byId = new Map(DEFAULT_TAXONOMY.categories.map((c) => [c.id, c]));
  const edited = settings.categoryKeywords ?? {};
  const categories: TaxonomyCategory[] = [];
  for (const id of settings.categories) {
    const base = byId.get(id);
    const keywords = edited[id];
    if (keywords)
      categories.push({
        id,
        label_id: base?.label_id ?? id,
        label_en: base?.label_en ?? id,
        keywords_id: keywords,
        keywords_en: [],
      });
    else if (base) categories.push(base);
  }
  const praise = byId.get(PRAISE_CATEGORY);
  if (praise) categories.push(praise);
  return { ...DEFAULT_TAXONOMY, categories };
}
