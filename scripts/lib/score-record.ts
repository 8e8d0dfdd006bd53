// One output line of `npm run score`: the fields the contract names, nothing page-specific.
import type { Analysis } from '../../src/core/types';

export function scoreRecord(id: unknown, a: Analysis) {
  return {
    id,
    lang: a.lang,
    sentiment: {
      label: a.sentiment.label,
      score: a.sentiment.score,
      confidence: a.sentiment.confidence,
      drivers: a.sentiment.drivers,
    },
    // What the post does (complaint, inquiry, news, opinion, praise, other) and how sure.
    kind: a.kind ? { label: a.kind.label, probability: a.kind.probability } : undefined,
    complaint: {
      is: a.complaint.is,
      probability: a.complaint.probability,
      categories: a.complaint.categories,
      urgent: a.complaint.urgent,
      urgencyFlags: a.complaint.urgencyFlags,
      asksForHelp: a.complaint.asksForHelp,
      drivers: a.complaint.drivers ?? [],
    },
    matches: a.matches,
  };
}
