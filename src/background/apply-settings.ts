// How the settings act on the worker's scoring: which sites are read and where the
// thresholds fall. Pure, so the worker and its tests share it.
import type { Analysis, Site } from '../core/types';
import type { Settings } from '../settings';

/** Relabels an analysis by the user's thresholds (the core's own are the defaults). */
export function withThresholds(a: Analysis, th: Settings['thresholds']): Analysis {
  const is = a.complaint.probability >= th.complaint;
  const complaint = { ...a.complaint, is, urgent: is && a.complaint.urgencyFlags.length > 0 };
  // No negative threshold: the model's own label stands (it is what docs/evaluation.md measures).
  if (th.negative === null) return { ...a, complaint };
  const negative = a.sentiment.score <= th.negative;
  const label = negative ? 'negative' : a.sentiment.label === 'negative' ? 'neutral' : a.sentiment.label;
  return { ...a, sentiment: { ...a.sentiment, label }, complaint };
}

export const siteEnabled = (settings: Settings, site: Site) => settings.sites[site];
