// The complaint taxonomy: categories with keywords, urgency flags, complaint markers. The
// default (taxonomy.default.json, from the project's domain research) ships; the user edits a
// copy in the options, so the analysis takes the taxonomy as a value.
import { HELP_CUES, INQUIRY_CUES, PRAISE_CUES, PROBLEM_CUES } from './complaint-cues';
import { PhraseIndex } from './phrase';
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

/** Each category's display name in Indonesian or English, by id. */
export function categoryLabels(locale: 'id' | 'en', t: Taxonomy = DEFAULT_TAXONOMY): Record<string, string> {
  return Object.fromEntries(t.categories.map((c) => [c.id, locale === 'id' ? c.label_id : c.label_en]));
}

/** A category that is praise, not a complaint: its keywords count against a complaint. */
export const PRAISE_CATEGORY = 'apresiasi';

/** The phrase groups the complaint model reads. */
export const GROUP = {
  problem: 'problem',
  help: 'help',
  inquiry: 'inquiry',
  praise: 'praise',
  urgency: 'urgency',
  brand: 'brand',
  category: (id: string) => `category:${id}`,
} as const;

export interface CompiledTaxonomy {
  /** Category id and its phrase group, in the taxonomy's order. */
  categories: { id: string; group: string }[];
  phrases: PhraseIndex;
}

export function compileTaxonomy(t: Taxonomy): CompiledTaxonomy {
  const phrases = new PhraseIndex()
    .add(GROUP.problem, PROBLEM_CUES)
    .add(GROUP.help, [...HELP_CUES, ...t.complaint_intent_markers.keywords_id])
    .add(GROUP.inquiry, INQUIRY_CUES)
    .add(GROUP.praise, PRAISE_CUES)
    .add(GROUP.urgency, t.urgency_flags.keywords_id)
    .add(GROUP.brand, t.complaint_intent_markers.brand_terms);
  const categories: CompiledTaxonomy['categories'] = [];
  for (const c of t.categories) {
    const keywords = [...c.keywords_id, ...c.keywords_en];
    if (c.id === PRAISE_CATEGORY) phrases.add(GROUP.praise, keywords);
    else {
      // One string for both sides: the complaint compares a phrase's group with the category's.
      const group = GROUP.category(c.id);
      categories.push({ id: c.id, group });
      phrases.add(group, keywords);
    }
  }
  return { categories, phrases };
}
