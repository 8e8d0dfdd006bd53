// npm run bench:soak: scroll an X-like feed of 10,000 posts and a Facebook-like one of 3,000
// with Simak on; print the JS heap and the DOM nodes Simak holds at each checkpoint (posts the
// feed has shown; how many Simak read is printed beside). Memory
// must level off: at the last checkpoint no more than 1.5x the 1k figure. SOAK_POSTS and
// SOAK_FB_POSTS change the lengths; SOAK_SITES=x or =facebook runs one feed.
import { inBadges } from '../scripts/lib/badge-dom';
import { launch, openHtml } from '../scripts/lib/browser';
import { fbFeedPage } from './lib/fb-feed';
import { profileBuild } from './lib/profile-build';
import { xFeedPage } from './lib/x-feed';

type Totals = { read: number; longWork: number };
const dist = profileBuild();
const totals = () => (window as unknown as { __simakTotals: Totals }).__simakTotals;

async function soak(label: string, url: string, html: string, total: number, checkpoints: number[]): Promise<boolean> {
  const session = await launch(dist);
  const page = await openHtml(session, url, html);
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.bringToFront();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');

  console.log(`${label}: ${total} posts`);
  const rows: string[] = [];
  let next = 0;
  for (let i = 0; i < total * 3 && next < checkpoints.length; i++) {
    await page.mouse.wheel(0, 500);
    if (i % 4 === 0) await page.waitForTimeout(16);
    // Checkpoints count the posts the feed has shown (scrolled into the page), not the posts
    // Simak read: a post a fast scroll carries past between two frames is never on screen.
    const loaded = await page.evaluate(() => (window as unknown as { __feed: { loaded(): number } }).__feed.loaded());
    const checkpoint = checkpoints[next];
    if (checkpoint === undefined || loaded < checkpoint) continue;
    await page.waitForTimeout(500);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const dom = await inBadges(
      page,
      (badges) => ({
        hosts: badges.length,
        nodes: badges.reduce((n, b) => n + 1 + b.root.querySelectorAll('*').length, 0),
        page: document.getElementsByTagName('*').length,
      }),
      null,
    );
    const { read, longWork: long } = await page.evaluate(totals);
    rows.push(
      `${String(checkpoint).padStart(6)} posts (${read} read by Simak): heap ${(heap.usedSize / 1048576).toFixed(1)} MB, Simak DOM nodes ${dom.nodes} (${dom.hosts} badges), page elements ${dom.page}, Simak tasks > 50 ms: ${long}`,
    );
    console.log(rows.at(-1));
    next++;
  }
  await session.close();
  if (rows.length < checkpoints.length) {
    console.log(
      `soak (${label}): stopped after ${rows.length} of ${checkpoints.length} checkpoints (the feed did not load)`,
    );
    return false;
  }
  const heapOf = (row: string | undefined) => Number(/heap ([\d.]+)/.exec(row ?? '')?.[1]);
  const ratio = heapOf(rows.at(-1)) / heapOf(rows[0]);
  console.log(
    `soak (${label}): heap at ${checkpoints.at(-1)} / heap at ${checkpoints[0]} = ${ratio.toFixed(2)} (target <= 1.5)`,
  );
  return ratio <= 1.5;
}

const sites = (process.env.SOAK_SITES ?? 'x,facebook').split(',');
const xPosts = Number(process.env.SOAK_POSTS ?? 10_000);
const fbPosts = Number(process.env.SOAK_FB_POSTS ?? 3_000);
let good = true;
if (sites.includes('x')) {
  good =
    (await soak(
      'X',
      'https://x.com/home',
      xFeedPage(xPosts, 20, false),
      xPosts,
      [1_000, 5_000, 10_000].filter((n) => n <= xPosts),
    )) && good;
}
if (sites.includes('facebook')) {
  good =
    (await soak(
      'Facebook',
      'https://www.facebook.com/',
      fbFeedPage(fbPosts, 20, false),
      fbPosts,
      [1_000, 2_000, 3_000].filter((n) => n <= fbPosts),
    )) && good;
}
process.exit(good ? 0 : 1);
