// How the settings act on the worker's scoring: which sites are read and where the
// thresholds fall. Pure, so the worker and its tests share it.
import { atThreshold, DEFAULT_TAXONOMY, PRAISE_CATEGORY, type Taxonomy, type TaxonomyCategory } from '../core/analyze';
import type { Analysis, Site } from '../core/types';
import type { Settings } from '../settings';

/** Relabels an analysis by the user's thresholds (the core's own are the defaults). */
export function withThresholds(a: Analysis, th: Settings['thresholds']): Analysis {
  const complaint = atThreshold(a.complaint, th.complaint);
  // No negative threshold: the model's own label stands (it is what docs/evaluation.md measures).
  if (th.negative === null) return { ...a, complaint };
  const negative = a.sentiment.score <= th.negative;
  const label = negative ? 'negative' : a.sentiment.label === 'negative' ? 'neutral' : a.sentiment.label;
  return { ...a, sentiment: { ...a.sentiment, label }, complaint };
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

export const siteEnabled = (settings: Settings, site: Site) => settings.sites[site];
