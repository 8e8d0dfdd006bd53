// What the complaint log can be filtered by, and the compact search entry each complaint is
// reduced to. Pure: the same matching runs in the worker's index and in unit tests.
import * as v from 'valibot';
import { SiteSchema } from '../core/post';
import { CategorySchema, DaySchema, PrioritySchema, StatusSchema } from './complaint-fields';
import type { Complaint, SearchEntry } from './schema';

export type { SearchEntry } from './schema';

/** What the complaint log can be filtered by (the popup's search and menus, the dashboard). */
export const ComplaintFilterSchema = v.object({
  /** Full text: every word must appear in the post text, author, category or notes. */
  text: v.optional(v.pipe(v.string(), v.maxLength(500))),
  status: v.optional(StatusSchema),
  category: v.optional(CategorySchema),
  site: v.optional(SiteSchema),
  priority: v.optional(PrioritySchema),
  /** Watch query id the post matched. */
  query: v.optional(v.pipe(v.string(), v.maxLength(200))),
  /** Inclusive local days, YYYY-MM-DD. */
  from: v.optional(DaySchema),
  to: v.optional(DaySchema),
  /** In a team: who handles it (a username), or null for nobody yet. */
  assignee: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(40)))),
});
export type ComplaintFilter = v.InferOutput<typeof ComplaintFilterSchema>;

/**
 * Lower case without accents or extra spaces, so "Kecéwa  BANGET" finds "kecewa banget".
 * Staff type on phones and laptops alike; accents and case should never hide a complaint.
 */
export function fold(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  // Most texts hold single spaces only: the collapsing replace, a match per space, is then
  // skipped (it was most of what an entry allocated, and a team pull makes hundreds a second).
  return (LOOSE_SPACE.test(plain) ? plain.replace(/\s+/g, ' ') : plain).trim();
}

/** Whitespace that folding collapses: a run, or any but a plain space. */
const LOOSE_SPACE = /\s\s|[^\S ]/;

/**
 * `fold(parts.join(' \n '))`, made part by part: each part folded alone (most have nothing to
 * collapse) and the non-empty ones joined by a space, which is what the separator folds to.
 */
export function foldJoined(parts: readonly string[]): string {
  const out: string[] = [];
  for (const part of parts) {
    const folded = fold(part);
    if (folded !== '') out.push(folded);
  }
  return out.join(' ');
}

export function toSearchEntry(c: Complaint): SearchEntry {
  const author = [c.post.author.name, c.post.author.handle].filter(Boolean).join(' ');
  return {
    id: c.id,
    day: c.day,
    status: c.status,
    category: c.category,
    site: c.site,
    priority: c.priority,
    queries: c.analysis.matches.map((m) => m.queryId),
    hay: foldJoined([c.post.text, author, c.category, ...c.notes]),
    ...(c.team ? { assignee: c.team.assignee } : {}),
  };
}

/** The words of a search, folded; empty when there is nothing to search for. */
export function searchWords(text: string | undefined): string[] {
  return text ? fold(text).split(' ').filter(Boolean) : [];
}

export function matchesFilter(e: SearchEntry, f: ComplaintFilter, words = searchWords(f.text)): boolean {
  if (f.status && e.status !== f.status) return false;
  if (f.category && e.category !== f.category) return false;
  if (f.site && e.site !== f.site) return false;
  if (f.priority && e.priority !== f.priority) return false;
  if (f.query && !e.queries.includes(f.query)) return false;
  if (f.from && e.day < f.from) return false;
  if (f.to && e.day > f.to) return false;
  if (f.assignee !== undefined && (e.assignee ?? null) !== f.assignee) return false;
  for (const w of words) if (!e.hay.includes(w)) return false;
  return true;
}

/** True when the filter narrows nothing: the log can be read straight from the index. */
export function isEmptyFilter(f: ComplaintFilter): boolean {
  return (
    !f.status &&
    !f.category &&
    !f.site &&
    !f.priority &&
    !f.query &&
    !f.from &&
    !f.to &&
    f.assignee === undefined &&
    searchWords(f.text).length === 0
  );
}
