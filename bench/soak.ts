// npm run bench:soak: scroll an X-like feed of 10,000 posts (and a Facebook-like one of 3,000
// once the Facebook adapter reads it) with Simak on; print the JS heap and the DOM nodes Simak
// holds at 1k, 5k and 10k posts. Memory must level off: at 10k no more than 1.5x the 1k figure.
import { launch, openHtml } from '../scripts/lib/browser';
import { xFeedPage } from './lib/x-feed';

type Totals = { read: number; longWork: number };
const totals = () => (window as unknown as { __simakTotals: Totals }).__simakTotals;

const TOTAL = Number(process.env.SOAK_POSTS ?? 10_000);
const CHECKPOINTS = [1_000, 5_000, 10_000].filter((n) => n <= TOTAL);

const session = await launch();
const page = await openHtml(session, 'https://x.com/home', xFeedPage(TOTAL, 20, false));
await page.setViewportSize({ width: 1000, height: 900 });
await page.bringToFront();
const cdp = await session.context.newCDPSession(page);
await cdp.send('HeapProfiler.enable');

const rows: string[] = [];
let next = 0;
for (let i = 0; i < TOTAL * 3 && next < CHECKPOINTS.length; i++) {
  await page.mouse.wheel(0, 500);
  if (i % 4 === 0) await page.waitForTimeout(16);
  const { read } = await page.evaluate(totals);
  const checkpoint = CHECKPOINTS[next];
  if (checkpoint === undefined || read < checkpoint) continue;
  await page.waitForTimeout(500);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const dom = await page.evaluate(() => {
    const hosts = document.querySelectorAll('[data-simak-badge]');
    let nodes = hosts.length;
    for (const h of hosts) nodes += h.shadowRoot?.querySelectorAll('*').length ?? 0;
    return { hosts: hosts.length, nodes, page: document.getElementsByTagName('*').length };
  });
  const long = (await page.evaluate(totals)).longWork;
  rows.push(
    `${String(checkpoint).padStart(6)} posts: heap ${(heap.usedSize / 1048576).toFixed(1)} MB, Simak DOM nodes ${dom.nodes} (${dom.hosts} badges), page elements ${dom.page}, Simak tasks > 50 ms: ${long}`,
  );
  console.log(rows.at(-1));
  next++;
}
await session.close();
const heapOf = (row: string | undefined) => Number(/heap ([\d.]+)/.exec(row ?? '')?.[1]);
if (rows.length >= 2) {
  const ratio = heapOf(rows.at(-1)) / heapOf(rows[0]);
  console.log(`soak: heap at ${CHECKPOINTS.at(-1)} / heap at ${CHECKPOINTS[0]} = ${ratio.toFixed(2)} (target <= 1.5)`);
}
