// npm run bench:faults: stop the service worker (DevTools protocol) at random points while
// 1,000 posts are scored and 200 complaints are logged. Prints: posts badged, logs
// acknowledged, records in the database, duplicates. Seeded, so a run can be repeated.
import { clickInBadge, inBadges, LOG, logButtonTexts } from '../scripts/lib/badge-dom';
import { launch, openExtensionPage, openHtml, readStore } from '../scripts/lib/browser';
import { xFeedPage } from './lib/x-feed';

const POSTS = Number(process.env.FAULT_POSTS ?? 1000);
const LOGS = Number(process.env.FAULT_LOGS ?? 200);
let seed = Number(process.env.FAULT_SEED ?? 7);
const random = () => {
  // mulberry32: a small seeded generator, so the stop points repeat from run to run.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const session = await launch();
const page = await openHtml(session, 'https://x.com/home', xFeedPage(POSTS, 20, false));
await page.setViewportSize({ width: 1000, height: 900 });
await page.bringToFront();
// The DevTools session lives on a blank tab that stays open through both phases.
const cdp = await session.context.newCDPSession(await session.context.newPage());
await cdp.send('ServiceWorker.enable');
let stops = 0;
const maybeStop = async (chance: number) => {
  if (random() < chance) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    stops++;
  }
};

// Score: scroll the whole feed, stopping the worker now and then. Badges are drawn only for
// posts the worker answered for, so every badge is an acknowledged score.
const badged = new Set<string>();
for (let i = 0; i < POSTS * 3; i++) {
  await page.mouse.wheel(0, 400);
  await page.waitForTimeout(20);
  await maybeStop(0.03);
  for (const key of await page.evaluate(() =>
    [...document.querySelectorAll('[data-simak-badge]')].map(
      (h) => h.closest('article')?.querySelector('time')?.parentElement?.getAttribute('href') ?? '',
    ),
  ))
    badged.add(key);
  const done = await page.evaluate(() => innerHeight + scrollY >= document.documentElement.scrollHeight - 2);
  if (done && badged.size >= POSTS) break;
  if (done && i > POSTS * 2) break;
}

// Log: on a feed with every post mounted, click log buttons one after another, stopping the
// worker at random points.
await page.close();
// Every post stays mounted (no unmounting above the viewport), or the first ones are never shown.
const logPage = await openHtml(session, 'https://x.com/i/lists/1', xFeedPage(LOGS + 50, LOGS + 50, false, LOGS + 50));
await logPage.bringToFront();
const acknowledged: string[] = [];
let attempts = 0;
while (acknowledged.length < LOGS && attempts < LOGS * 3) {
  attempts++;
  await maybeStop(0.1);
  // The first badge not yet logged, clicked with the mouse (a badge ignores synthetic clicks),
  // then its button watched until it says "logged".
  const states = await logButtonTexts(logPage);
  const next = states.findIndex((t) => !/Logged|Tercatat|Sudah dicatat/i.test(t));
  let key = '';
  if (next >= 0) {
    await clickInBadge(logPage, next, LOG);
    for (
      let t = 0;
      t < 100 && !/Logged|Tercatat|Sudah dicatat/i.test((await logButtonTexts(logPage))[next] ?? '');
      t++
    ) {
      await logPage.waitForTimeout(50);
    }
    if (/Logged|Tercatat|Sudah dicatat/i.test((await logButtonTexts(logPage))[next] ?? '')) {
      key = await inBadges(
        logPage,
        (badges, i) =>
          badges[i]?.host.closest('article')?.querySelector('time')?.parentElement?.getAttribute('href') ?? '?',
        next,
      );
    }
  } else {
    // A short step, then two frames: the intersection observer sees every post go by.
    await logPage.evaluate(async () => {
      scrollBy(0, 400);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
  }
  if (key) acknowledged.push(key);
}
const ext = await openExtensionPage(session, 'src/ui/popup/index.html');
const rows = await readStore<{ postKey: string }>(ext, 'complaints');
await session.close();

const stored = new Set(rows.map((r) => r.postKey));
const missing = acknowledged.filter((href) => !stored.has(`x:${/status\/(\d+)/.exec(href)?.[1]}`));
console.log(`worker faults: ${stops} worker stops`);
console.log(`  scoring: ${badged.size} of ${POSTS} posts badged`);
console.log(
  `  logging: ${acknowledged.length} logs acknowledged, ${rows.length} records, ${rows.length - stored.size} duplicates, ${missing.length} acknowledged but missing`,
);
// A run that could not make all its logs proves less: it fails too.
process.exit(missing.length === 0 && rows.length === stored.size && acknowledged.length === LOGS ? 0 : 1);
