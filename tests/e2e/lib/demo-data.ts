// Invented figures for the dashboard tests and the screenshots: 90 days of daily stats on
// three sites and two watch queries, with one clear spike, plus kept posts with engagement.
import { localDay } from '../../../src/db/day';
import type { DailyStat, SeenPost } from '../../../src/db/schema';
import { makeComplaint } from '../../support/complaints';

const DAY = 86_400_000;
export const SPIKE_DAYS_AGO = 3;

export function demoStats(now = Date.now()): DailyStat[] {
  const rows: DailyStat[] = [];
  for (let ago = 89; ago >= 0; ago--) {
    const day = localDay(now - ago * DAY);
    for (const [s, site] of (['x', 'facebook', 'instagram'] as const).entries()) {
      for (const query of ['*', 'bpjs', 'mobile jkn']) {
        const base = query === '*' ? 120 - s * 30 : query === 'bpjs' ? 30 - s * 5 : 8;
        const wobble = ((ago * 7 + s * 3) % 11) - 5;
        const spike = ago === SPIKE_DAYS_AGO && query !== 'mobile jkn' ? 4 : 1;
        const postsSeen = Math.max(0, (base + wobble) * spike);
        const negative = Math.round(postsSeen * (spike > 1 ? 0.6 : 0.3));
        const positive = Math.round(postsSeen * 0.2);
        rows.push({
          id: `${day}|${query}|${site}`,
          day,
          query,
          site,
          postsSeen,
          negative,
          positive,
          neutral: postsSeen - negative - positive,
          complaints: Math.round(negative / 2),
          engagement: postsSeen * 6,
          updatedAt: now,
          deleted: 0,
          deviceId: 'demo',
        });
      }
    }
  }
  return rows;
}

export function demoPosts(now = Date.now()): SeenPost[] {
  return Array.from({ length: 12 }, (_, i) => {
    const c = makeComplaint(i, {}, now - i * 5 * 3_600_000);
    return {
      key: c.postKey,
      site: c.site,
      analysis: c.analysis,
      seenAt: c.createdAt,
      day: c.day,
      post: { ...c.post, counts: { likes: 40 * (12 - i), replies: 3 * i, reposts: i } },
      updatedAt: now,
      deleted: 0,
      deviceId: 'demo',
    };
  });
}
