import type { Analysis } from './types';
export function analyze(text: string): Analysis {
  const neg = /tolong|lambat|kecewa|ditolak/i.test(text);
  return { lang: 'id', sentiment: { label: neg ? 'negative' : 'neutral', score: neg ? -0.5 : 0, confidence: 0.5, drivers: [] }, complaint: { is: neg, probability: neg ? 0.8 : 0.1, categories: [], urgent: false, urgencyFlags: [], asksForHelp: false }, matches: [], modelVersion: 'shim' };
}
