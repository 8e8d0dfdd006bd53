// User settings: schema, defaults and validation (pure; settings-store.ts keeps them in
// browser.storage.local). Stored values are validated on read: a field that is missing or
// malformed (an older version, a hand-edited profile) falls back to its default, alone.
import * as v from 'valibot';
import taxonomy from './core/complaint/taxonomy.default.json' with { type: 'json' };
import type { Site } from './core/post';

export const SETTINGS_KEY = 'settings';
export const LANGUAGES = ['auto', 'id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The complaint categories staff start from: the taxonomy's, plus "other" (editable, with reset). */
export const DEFAULT_CATEGORIES = [
  ...taxonomy.categories.map((c) => c.id).filter((id) => id !== 'apresiasi'),
  'lainnya',
];
export const DEFAULT_WATCH_QUERIES = ['bpjs', 'jkn', 'mobile jkn'];

const Line = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500));
const Ratio = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

const fields = {
  language: v.picklist(LANGUAGES),
  /** Which sites Simak reads: one switch per site (the compiler holds this to the list of sites). */
  sites: v.object({ x: v.boolean(), facebook: v.boolean(), instagram: v.boolean() } satisfies Record<Site, unknown>),
  /** Badges show their whole panel at all times, not one chip that opens it. */
  badgeFull: v.boolean(),
  thresholds: v.object({
    /** Complaint probability from which a post is marked as a complaint. */
    complaint: Ratio,
    /** Sentiment score at or below which a post is marked negative (−1…0); null: the model's label. */
    negative: v.nullable(v.pipe(v.number(), v.minValue(-1), v.maxValue(0))),
  }),
  /** Delete complaints and seen posts older than this many days; null = keep everything. */
  retentionDays: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650))),
  watchQueries: v.pipe(v.array(Line), v.maxLength(200)),
  categories: v.pipe(v.array(Line), v.minLength(1), v.maxLength(100)),
  /**
   * Keywords per category where they differ from the taxonomy (a category the user added, or
   * one whose keywords were edited); null: the taxonomy's keywords throughout.
   */
  categoryKeywords: v.nullable(
    v.pipe(
      v.record(v.pipe(v.string(), v.maxLength(500)), v.pipe(v.array(Line), v.maxLength(500))),
      v.check((r) => Object.keys(r).length <= 100, 'at most 100 categories'),
    ),
  ),
};

/** The taxonomy's own keywords for a category (Indonesian and English together). */
export function defaultKeywords(id: string): string[] {
  const c = taxonomy.categories.find((x) => x.id === id);
  return c ? [...c.keywords_id, ...c.keywords_en] : [];
}

export const SettingsSchema = v.object(fields);
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  sites: { x: true, facebook: true, instagram: true },
  badgeFull: false,
  thresholds: { complaint: 0.5, negative: null },
  retentionDays: null,
  watchQueries: DEFAULT_WATCH_QUERIES,
  categories: DEFAULT_CATEGORIES,
  categoryKeywords: null,
};

/** Reads stored settings field by field: one bad field does not cost the others. */
export function parseSettings(raw: unknown): Settings {
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object') {
    for (const [name, schema] of Object.entries(fields)) {
      const parsed = v.safeParse(schema, (raw as Record<string, unknown>)[name]);
      if (parsed.success) out[name] = parsed.output;
    }
  }
  return out as Settings;
}

/** Validates a whole settings value before it is stored; returns the first problem. */
export function validateSettings(
  candidate: unknown,
): { ok: true; settings: Settings } | { ok: false; field: string; message: string } {
  const parsed = v.safeParse(SettingsSchema, candidate);
  if (parsed.success) return { ok: true, settings: parsed.output };
  const issue = parsed.issues[0];
  return { ok: false, field: issue.path?.map((p) => String(p.key)).join('.') ?? '', message: issue.message };
}
