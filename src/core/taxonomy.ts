// The complaint taxonomy: categories with keywords, urgency flags, complaint markers. The
// default (taxonomy.default.json, from the project's domain research) ships; the user edits a
// copy in the options, so the analysis takes the taxonomy as a value.

import { compilePhrases, type Phrase } from './phrase';
import defaultTaxonomy from './taxonomy.default.json';

export interface TaxonomyCategory {
  id: string;
  label_id: string;
  label_en: string;
  keywords_id: string[];
  keywords_en: string[];
}

export interface Taxonomy {
  categories: TaxonomyCategory[];
  urgency_flags: { keywords_id: string[] };
  complaint_intent_markers: { keywords_id: string[]; brand_terms: string[] };
}

export const DEFAULT_TAXONOMY: Taxonomy = defaultTaxonomy;

/** A category that is praise, not a complaint: its keywords count against a complaint. */
export const PRAISE_CATEGORY = 'apresiasi';

export interface CompiledTaxonomy {
  categories: { id: string; phrases: Phrase[] }[];
  praise: Phrase[];
  urgency: Phrase[];
  intent: Phrase[];
  brand: Phrase[];
}

export function compileTaxonomy(t: Taxonomy): CompiledTaxonomy {
  const praise = t.categories.find((c) => c.id === PRAISE_CATEGORY);
  return {
    categories: t.categories
      .filter((c) => c.id !== PRAISE_CATEGORY)
      .map((c) => ({ id: c.id, phrases: compilePhrases([...c.keywords_id, ...c.keywords_en]) })),
    praise: praise ? compilePhrases([...praise.keywords_id, ...praise.keywords_en]) : [],
    urgency: compilePhrases(t.urgency_flags.keywords_id),
    intent: compilePhrases(t.complaint_intent_markers.keywords_id),
    brand: compilePhrases(t.complaint_intent_markers.brand_terms),
  };
}
