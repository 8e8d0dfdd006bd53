// npm run demo [-- --headless] [-- --no-build]: Simak on built-in demo feeds of X, Facebook and
// Instagram, served at the sites' real URLs with no account and no network. With a display it
// opens a window to play with; headless (or with no display) it scrolls each feed, logs a few
// complaints by clicking, opens the popup and dashboard, and writes screenshots to demo-output/
// (each feed as it first shows, and again with one chip's panel open).
// With --team: a local team server and two staff sharing one log (scripts/lib/demo-team.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { DEMO_POSTS } from '../demo/posts';
import { facebookFeed, instagramHome, xHome } from '../demo/render';
import { badgeCentre, clickInBadge, inBadges, LOG } from './lib/badge-dom';
import { DIST, launch, openExtensionPage, openHtml, readStore, type Session } from './lib/browser';
import { runTeamDemo } from './lib/demo-team';
import { chooseIndonesian } from './lib/stored-settings';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'demo-output' },
    team: { type: 'boolean', default: false },
  },
});
const headless = values.headless || !process.env.DISPLAY;
const outDir = resolve(root, values.out);

const FEEDS = [
  { site: 'X', url: 'https://x.com/home', html: xHome(DEMO_POSTS) },
  { site: 'Facebook', url: 'https://www.facebook.com/', html: facebookFeed(DEMO_POSTS) },
  { site: 'Instagram', url: 'https://www.instagram.com/', html: instagramHome(DEMO_POSTS) },
];

async function scrollThrough(page: Page): Promise<void> {
  await page.bringToFront();
  for (let i = 0; i < 200; i++) {
    const atEnd = await page.evaluate(() => innerHeight + scrollY >= document.documentElement.scrollHeight - 2);
    if (atEnd) break;
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(500);
}

/** What Simak shows on each badge: sentiment, category, urgency, as a person reads them. */
function badgesOf(page: Page) {
  return inBadges(
    page,
    (badges) =>
      badges.map(({ root }) => ({
        tags: [...root.querySelectorAll('.tag')].map((c) => c.textContent ?? ''),
        urgent: !!root.querySelector('.chip.urgent'),
        category: root.querySelector('.tag.category')?.textContent ?? '',
      })),
    null,
  );
}

/** Logs up to `most` of the posts Simak flags as complaints, clicking as a person does. */
async function logComplaints(page: Page, most: number): Promise<number> {
  const flagged = (await badgesOf(page)).flatMap((b, i) => (b.category ? [i] : [])).slice(0, most);
  for (const i of flagged) await clickInBadge(page, i, LOG);
  return flagged.length;
}

/** Points at the first post's chip, as a person does to read why it was flagged: its panel opens. */
async function showPanel(page: Page, badges: unknown[]): Promise<void> {
  const chip = badges.length > 0 ? await badgeCentre(page, 0, '.chip') : null;
  if (!chip) return;
  await page.mouse.move(chip.x, chip.y);
  await page.waitForTimeout(400);
}

async function runHeadless(session: Session): Promise<number> {
  mkdirSync(outDir, { recursive: true });
  for (const feed of FEEDS) {
    const page = await openHtml(session, feed.url, feed.html);
    await scrollThrough(page);
    const badges = await badgesOf(page);
    const clicked = await logComplaints(page, 3);
    await page.waitForTimeout(400);
    // A press on an empty corner of the page closes the panel the last click pinned open.
    const { h } = await page.evaluate(() => ({ h: innerHeight }));
    await page.mouse.click(4, h - 4);
    await page.evaluate(() => scrollTo(0, 0));
    await page.waitForTimeout(200);
    const shot = join(outDir, `${feed.site.toLowerCase()}.png`);
    await page.screenshot({ path: shot });
    await showPanel(page, badges);
    await page.screenshot({ path: join(outDir, `${feed.site.toLowerCase()}-panel.png`) });
    const complaints = badges.filter((b) => b.category).length;
    console.log(
      `${feed.site}: ${badges.length} posts badged (${complaints} flagged as complaints, ${badges.filter((b) => b.urgent).length} urgent); logged ${clicked} by clicking; screenshot ${shot}`,
    );
  }
  const popup = await openExtensionPage(session, 'src/ui/popup/index.html');
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.waitForTimeout(800);
  await popup.screenshot({ path: join(outDir, 'popup.png') });
  const rows = await readStore<{ category: string; post: { site: string; text: string } }>(popup, 'complaints');
  console.log(`popup: ${rows.length} complaints in the log; screenshot ${join(outDir, 'popup.png')}`);
  for (const r of rows) console.log(`  [${r.post.site}] ${r.category}: ${r.post.text.slice(0, 70)}…`);
  if (existsSync(join(DIST, 'src/ui/dashboard/index.html'))) {
    const dashboard = await openExtensionPage(session, 'src/ui/dashboard/index.html');
    await dashboard.waitForTimeout(1000);
    await dashboard.screenshot({ path: join(outDir, 'dashboard.png'), fullPage: true });
    console.log(`dashboard: screenshot ${join(outDir, 'dashboard.png')}`);
  }
  return rows.length > 0 ? 0 : 1;
}

async function runWindow(session: Session): Promise<number> {
  for (const feed of FEEDS) await openHtml(session, feed.url, feed.html);
  await openExtensionPage(session, 'src/ui/popup/index.html');
  console.log('demo: Chromium is open with Simak on demo feeds of X, Facebook and Instagram. Close the window to end.');
  await new Promise<void>((done) => session.context.on('close', () => done()));
  return 0;
}

async function main(): Promise<number> {
  if (!values['no-build']) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (values.team) return runTeamDemo({ headless, outDir });
  const session = await launch(DIST, { headless });
  try {
    await chooseIndonesian(session);
    return headless ? await runHeadless(session) : await runWindow(session);
  } finally {
    await session.close().catch(() => undefined);
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`demo: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
