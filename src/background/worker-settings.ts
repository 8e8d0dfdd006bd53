// The worker's settings, held in one place: the settings in force, what is compiled from them
// (watch queries, the taxonomy), and a generation that changes with them, so the score cache
// knows what is stale. The worker loads them once and follows storage.onChanged.
import {
  analyze,
  type CompiledTaxonomy,
  type CompiledWatchQuery,
  compileQueries,
  compileTaxonomy,
} from '../core/analyze';
import type { Analysis, Post, Site } from '../core/types';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { taxonomyFrom, withNegativeThreshold } from './apply-settings';

/** The settings and what is compiled from them, swapped together. */
interface InForce {
  settings: Settings;
  queries: CompiledWatchQuery[];
  taxonomy: CompiledTaxonomy;
}

/** A malformed watch query is left out; each query is its own id. */
function compile(settings: Settings): InForce {
  return {
    settings,
    queries: compileQueries(settings.watchQueries.map((source) => ({ id: source, source }))),
    taxonomy: compileTaxonomy(taxonomyFrom(settings)),
  };
}

export class WorkerSettings {
  private inForce: InForce;
  /** Bumped on every change: scores made before it are stale. */
  private changes = 0;

  constructor(initial: Settings = DEFAULT_SETTINGS) {
    this.inForce = compile(initial);
  }

  apply(next: Settings): void {
    this.inForce = compile(next);
    this.changes++;
  }

  get current(): Settings {
    return this.inForce.settings;
  }

  get generation(): number {
    return this.changes;
  }

  readsSite(site: Site): boolean {
    return this.inForce.settings.sites[site];
  }

  /** One post scored with the settings in force; a quote is read with the post quoting it. */
  analyze(post: Post): Analysis {
    const { settings, queries, taxonomy } = this.inForce;
    const text = post.quoted?.text ? `${post.text}\n${post.quoted.text}` : post.text;
    const analysis = analyze(text, { queries, taxonomy, complaintThreshold: settings.thresholds.complaint });
    return withNegativeThreshold(analysis, settings.thresholds.negative);
  }
}
