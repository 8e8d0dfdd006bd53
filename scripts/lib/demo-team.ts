// `npm run demo -- --team [--headless]`: the team demo. A team server on this machine (in this
// process, PGlite in memory, loopback only), two staff each in their own Chromium profile,
// signed in through Options → Team. Both log complaints on the demo X feed by clicking (some
// the same posts: one complaint each, with both names), Budi claims one, and the shared log is
// written as screenshots: each one's popup, a shared complaint's team panel, the options page.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_POSTS } from '../../demo/posts';
import { xHome } from '../../demo/render';
import { clickInBadge, inBadges, LOG } from './badge-dom';
import { openExtensionPage, openHtml, readStore, type Session } from './browser';
import { chooseIndonesian } from './stored-settings';
import { loopbackBuild, signInFromOptions, staffBrowser, syncState } from './team-browsers';
import { TeamServer } from './team-server';

/** Clicks the log button of flagged posts `skip`…`skip + most` as a person does (closed roots: read by CDP). */
async function logFlagged(page: Page, skip: number, most: number): Promise<number> {
  const flags = await inBadges(page, (badges) => badges.map(({ root }) => !!root.querySelector('.category')), null);
  const flagged = flags.flatMap((f, i) => (f ? [i] : [])).slice(skip, skip + most);
  for (const i of flagged) await clickInBadge(page, i, LOG);
  return flagged.length;
}

async function until(check: () => Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`demo: gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

export async function runTeamDemo(options: { headless: boolean; outDir: string }): Promise<number> {
  const server = await TeamServer.start();
  const build = loopbackBuild();
  const sessions: Session[] = [];
  try {
    const ani = await server.member('ani', 'agent');
    const budi = await server.member('budi', 'supervisor');
    console.log(`team server: ${server.base} (office "Kantor Cabang Jakarta Pusat"; staff ani, budi)`);
    const [a, b] = [await staffBrowser(build.dir, server), await staffBrowser(build.dir, server)];
    sessions.push(a, b);
    for (const [s, m] of [
      [a, ani],
      [b, budi],
    ] as const) {
      await chooseIndonesian(s);
      await (await signInFromOptions(s, server, m)).close();
    }
    // Ani logs the first three flagged posts on screen, Budi from the second on: posts logged by both.
    const feedA = await openHtml(a, 'https://x.com/home', xHome(DEMO_POSTS));
    const feedB = await openHtml(b, 'https://x.com/home', xHome(DEMO_POSTS));
    await feedA.waitForTimeout(1500);
    await feedB.waitForTimeout(1500);
    const loggedA = await logFlagged(feedA, 0, 3);
    const loggedB = await logFlagged(feedB, 1, 4);
    console.log(`ani logged ${loggedA} complaints by clicking; budi logged ${loggedB}`);

    const popupA = await openExtensionPage(a, 'src/ui/popup/index.html');
    const popupB = await openExtensionPage(b, 'src/ui/popup/index.html');
    for (const p of [popupA, popupB]) await p.setViewportSize({ width: 420, height: 640 });
    const expected = new Set<string>();
    await until(async () => {
      const [ra, rb] = [
        await readStore<{ postKey: string }>(popupA, 'complaints'),
        await readStore<{ postKey: string }>(popupB, 'complaints'),
      ];
      for (const r of [...ra, ...rb]) expected.add(r.postKey);
      return (
        ra.length === expected.size &&
        rb.length === expected.size &&
        (await syncState(popupA)) === 'synced' &&
        (await syncState(popupB)) === 'synced'
      );
    }, 'both logs to hold every complaint');

    // Budi claims the newest complaint; Ani's popup shows who handles it.
    await popupB.getByTestId('complaint-row').first().click();
    await popupB.getByTestId('team-claim').click();
    await until(
      async () => (await popupA.getByTestId('row-handler').allTextContents()).some((h) => h.includes('budi')),
      "ani's popup to show budi's claim",
    );

    mkdirSync(options.outDir, { recursive: true });
    const shots = {
      'team-popup-ani.png': popupA,
      'team-popup-budi.png': popupB,
    };
    for (const [name, page] of Object.entries(shots)) await page.screenshot({ path: join(options.outDir, name) });
    await popupA
      .getByTestId('complaint-row')
      .filter({ has: popupA.getByTestId('row-handler').filter({ hasText: 'budi' }) })
      .first()
      .click();
    await popupA.getByTestId('team-panel').waitFor();
    await popupA.screenshot({ path: join(options.outDir, 'team-complaint-ani.png'), fullPage: true });
    // Budi supervises: his dashboard shows the office's figures per staff member.
    const dashB = await openExtensionPage(b, 'src/ui/dashboard/index.html');
    await dashB.getByTestId('dash-team-staff').waitFor({ timeout: 30_000 });
    await dashB.getByTestId('dash-team').screenshot({ path: join(options.outDir, 'team-dashboard-budi.png') });
    const optionsA = await openExtensionPage(a, 'src/ui/options/index.html#team');
    await optionsA.getByTestId('team-signed-in').waitFor();
    await optionsA.locator('#team').screenshot({ path: join(options.outDir, 'team-options-ani.png') });

    const office = await server.api(
      server.adminToken,
      'GET',
      `/api/offices/${server.officeId}/changes?since=0&limit=1000`,
    );
    const both = office.body.complaints.filter((c: { loggers: unknown[] }) => c.loggers.length === 2).length;
    console.log(
      `team: ${office.body.complaints.length} complaints in the office log (${both} logged by both), ani and budi each see ${expected.size}; budi handles 1`,
    );
    console.log(
      `team: screenshots ${Object.keys(shots).join(', ')}, team-complaint-ani.png, team-dashboard-budi.png, team-options-ani.png in ${options.outDir}`,
    );
    if (!options.headless) {
      console.log('demo: two Chromium windows (ani, budi) share one office log. Close them to end.');
      await Promise.all(sessions.map((s) => new Promise<void>((done) => s.context.on('close', () => done()))));
    }
    return office.body.complaints.length > 0 && office.body.complaints.length === expected.size ? 0 : 1;
  } finally {
    for (const s of sessions) await s.close().catch(() => undefined);
    build.dispose();
    await server.close();
  }
}
