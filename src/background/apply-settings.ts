// How the settings act on the worker's scoring: which sites are read and where the
// thresholds fall. Pure, so the worker and its tests share it.
import type { Analysis, Site } from '../core/types';
import type { Settings } from '../settings';

/** Relabels an analysis by the user's thresholds (the core's own are the defaults). */
export function withThresholds(a: Analysis, th: Settings['thresholds']): Analysis {
  const negative = a.sentiment.score <= th.negative;
  const label = negative ? 'negative' : a.sentiment.label === 'negative' ? 'neutral' : a.sentiment.label;
  return {
    ...a,
    sentiment: { ...a.sentiment, label },
    complaint: { ...a.complaint, is: a.complaint.probability >= th.complaint },
  };
}

export const siteEnabled = (settings: Settings, site: Site) => settings.sites[site];
