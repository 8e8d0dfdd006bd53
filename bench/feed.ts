// npm run bench:feed: main-thread time Simak spends per post while an X-like feed of 2,000
// posts is scrolled (appended 20 at a time), long tasks, and the content script's size.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { scrollFeed } from './lib/scroll-feed';
import { percentile } from './lib/x-feed';

const TOTAL = Number(process.env.BENCH_POSTS ?? 2000);
const { session, measures, longTasks } = await scrollFeed(TOTAL, 20);
await session.close();

// Per batch: the time of reading and badging it, divided by the posts in it.
const perPost: number[] = [];
const work = measures.filter((m) => m.name === 'simak:read' || m.name === 'simak:annotate');
for (const m of work) {
  const posts = m.detail?.posts ?? 0;
  if (posts > 0) for (let i = 0; i < posts; i++) perPost.push(m.duration / posts);
}
const scans = measures.filter((m) => m.name === 'simak:scan');
const read = measures.filter((m) => m.name === 'simak:read').reduce((n, m) => n + (m.detail?.posts ?? 0), 0);
const simakLong = [...work, ...scans].filter((m) => m.duration > 50).length; // one task each
const scanTotal = scans.reduce((t, m) => t + m.duration, 0);
const script = readFileSync(resolve(import.meta.dirname, '../dist/chrome/src/content/index.js'));

console.log(`feed bench: ${TOTAL} posts, ${read} read and badged`);
console.log(
  `  per post (read + badge): median ${percentile(perPost, 50).toFixed(3)} ms, p95 ${percentile(perPost, 95).toFixed(3)} ms  (target median <= 0.3 ms)`,
);
console.log(`  feed scans: ${scans.length}, ${(scanTotal / Math.max(1, read)).toFixed(3)} ms per post read`);
console.log(`  Simak tasks over 50 ms: ${simakLong}; long tasks on the page in all: ${longTasks}`);
console.log(
  `  content script: ${(script.length / 1024).toFixed(1)} KB raw, ${(gzipSync(script).length / 1024).toFixed(1)} KB gzip (target <= 40 KB gzip)`,
);
