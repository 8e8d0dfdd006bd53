// npm run bench:inpage: on a 500-post feed, the time from a post entering the viewport to
// its badge, and from a click on "Log complaint" to the record being committed.
import { badgeCount, clickInBadge, LOG } from '../scripts/lib/badge-dom';
import { scrollFeed } from './lib/scroll-feed';
import { type Measure, percentile } from './lib/x-feed';

const { session, page, measures } = await scrollFeed(Number(process.env.BENCH_POSTS ?? 500), 20);
const badge = measures.filter((m) => m.name === 'simak:badge').map((m) => m.duration);

// Click the log button of 100 posts still in the DOM, one after another, with the mouse (a
// badge ignores synthetic clicks). The measure runs from the click to the worker's answer.
const hosts = await badgeCount(page);
for (let i = Math.max(0, hosts - 100); i < hosts; i++) {
  await clickInBadge(page, i, LOG);
  await page.waitForTimeout(30);
}
await page.waitForTimeout(1500);
const after = await page.evaluate(() => (window as unknown as { __simak: Measure[] }).__simak);
const log = after.filter((m) => m.name === 'simak:log').map((m) => m.duration);
await session.close();

console.log(`in-page bench: ${badge.length} posts badged, ${log.length} complaints logged`);
console.log(
  `  viewport -> badge: p50 ${percentile(badge, 50).toFixed(1)} ms, p95 ${percentile(badge, 95).toFixed(1)} ms (target p95 <= 100 ms)`,
);
console.log(
  `  click -> committed: p50 ${percentile(log, 50).toFixed(1)} ms, p95 ${percentile(log, 95).toFixed(1)} ms (target p95 <= 50 ms)`,
);
