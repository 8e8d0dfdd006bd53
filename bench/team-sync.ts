// npm run bench:team-sync: how long after staff A clicks "Log complaint" staff B, with the
// popup open, sees the complaint in the office's log. Two Chromium profiles with the built
// extension, signed in to one team server (PGlite in memory, in this process) as in
// tests/e2e/team.test.ts; A logs N posts one after another, each only once B saw the last,
// at a random moment of the popup's 3 s tick.
// Both times are read from the browsers' own clocks (the same machine's wall clock): A's
// trusted click on the page, B's first frame that draws the row.
import { badgeCount, clickInBadge, LOG } from '../scripts/lib/badge-dom';
import { openExtensionPage, openHtml, scrollToEnd } from '../scripts/lib/browser';
import { loopbackBuild, signInFromOptions, staffBrowser, syncState } from '../scripts/lib/team-browsers';
import { TeamServer } from '../scripts/lib/team-server';
import { percentile } from './lib/x-feed';

const N = Number(process.env.BENCH_POSTS ?? 30);
const text = (i: number) => `Keluhan nomor ${i}: antri dari subuh di RS, kartu BPJS ditolak, kecewa banget`;
const post = (i: number) => {
  const id = String(1790000000000100000n + BigInt(i));
  return `<div data-testid="cellInnerDiv" style="min-height:220px"><article data-testid="tweet" role="article">
  <div data-testid="User-Name"><a href="/warga${i}"><span>Warga ${i}</span></a><a href="/warga${i}"><span>@warga${i}</span></a>
  <a href="/warga${i}/status/${id}"><time datetime="2026-11-20T03:04:05.000Z">20 Nov</time></a></div>
  <div data-testid="tweetText" lang="in"><span>${text(i)}</span></div></article></div>`;
};
const PAGE = `<!doctype html><html lang="id"><body><main><div data-testid="primaryColumn"><section>
${Array.from({ length: N }, (_, i) => post(i)).join('\n')}
</section></div></main></body></html>`;

const server = await TeamServer.start();
const build = loopbackBuild();
const a = await staffBrowser(build.dir, server);
const b = await staffBrowser(build.dir, server);
try {
  await signInFromOptions(a, server, await server.member('ani'));
  await signInFromOptions(b, server, await server.member('budi'));
  const popupB = await openExtensionPage(b, 'src/ui/popup/index.html');
  for (let i = 0; i < 200 && (await syncState(popupB)) !== 'synced'; i++) await popupB.waitForTimeout(100);

  const x = await openHtml(a, 'https://x.com/home', PAGE);
  // Every post badged first, so badge i is post i.
  await scrollToEnd(x);
  for (let i = 0; i < 300 && (await badgeCount(x)) < N; i++) await x.waitForTimeout(100);
  await x.evaluate(() => {
    scrollTo(0, 0);
    // A's click as the page sees it (capture phase on the window: the badge's root is closed,
    // its clicks reach the window retargeted to the host).
    addEventListener(
      'click',
      (e) => {
        if (e.isTrusted) (window as unknown as { clickedAt: number }).clickedAt = performance.timeOrigin + e.timeStamp;
      },
      true,
    );
  });

  const waits: number[] = [];
  for (let i = 0; i < N; i++) {
    // At a random moment of the popup's 3 s tick, not in step with it.
    await x.waitForTimeout(Math.random() * 3_000);
    await clickInBadge(x, i, LOG);
    const seen = await popupB.waitForFunction(
      (want) =>
        [...document.querySelectorAll('[data-testid="complaint-row"]')].some((r) => r.textContent?.includes(want))
          ? performance.timeOrigin + performance.now()
          : 0,
      `Keluhan nomor ${i}:`,
      { polling: 'raf', timeout: 60_000 },
    );
    const clicked = await x.evaluate(() => (window as unknown as { clickedAt: number }).clickedAt);
    waits.push((await seen.jsonValue()) - clicked);
  }
  await x.close();

  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`team sync: ${N} complaints logged by A, each seen in B's open popup`);
  console.log(
    `  A's click -> row in B's popup: p50 ${fmt(percentile(waits, 50))}, p95 ${fmt(percentile(waits, 95))}, max ${fmt(Math.max(...waits))} (target: within 5 s)`,
  );
} finally {
  await a.close();
  await b.close();
  build.dispose();
  await server.close();
}
