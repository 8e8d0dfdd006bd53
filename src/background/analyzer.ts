// The worker's view of the analysis core: one post in, one Analysis out, with the user's
// watch queries from the settings (applied live on change; thresholds: apply-settings.ts).
import {
  analyze,
  type CompiledTaxonomy,
  type CompiledWatchQuery,
  compileQueries,
  compileTaxonomy,
  type Taxonomy,
} from '../core/analyze';
import type { Analysis, Post } from '../core/types';

let queries: CompiledWatchQuery[] = [];
let taxonomy: CompiledTaxonomy | undefined;

/** Takes the taxonomy built from the settings' categories and keywords (compiled once). */
export function applyTaxonomy(t: Taxonomy): void {
  taxonomy = compileTaxonomy(t);
}

/** Takes the settings' watch list; each query is its own id. A malformed one is left out. */
export function applyWatchQueries(watchQueries: readonly string[]): void {
  queries = compileQueries(watchQueries.map((source) => ({ id: source, source })));
}

export function analyzePost(post: Post): Analysis {
  const text = post.quoted?.text ? `${post.text}\n${post.quoted.text}` : post.text;
  return analyze(text, taxonomy ? { queries, taxonomy } : { queries });
}
