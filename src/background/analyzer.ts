// The worker's view of the analysis core: one post in, one Analysis out, with the user's
// watch queries and complaint threshold from the settings (applied live on change).
import { analyze, compileQueries } from '../core/analyze';
import type { CompiledWatchQuery } from '../core/query';
import type { Analysis, Post } from '../core/types';
import type { Settings } from '../settings';

let queries: CompiledWatchQuery[] = [];
let complaintThreshold = 0.5;

/** Takes the settings' watch list (each query is its own id) and threshold. */
export function applySettings(settings: Pick<Settings, 'watchQueries' | 'thresholds'>): void {
  queries = compileQueries(settings.watchQueries.map((source) => ({ id: source, source })));
  complaintThreshold = settings.thresholds.complaint;
}

export function analyzePost(post: Post): Analysis {
  const text = post.quoted?.text ? `${post.text}\n${post.quoted.text}` : post.text;
  const a = analyze(text, { queries });
  const is = a.complaint.probability >= complaintThreshold;
  return is === a.complaint.is ? a : { ...a, complaint: { ...a.complaint, is, urgent: is && a.complaint.urgent } };
}
