// Badges a person can see, not just badges in the DOM: on every saved page that keeps its
// site's own styles (read from ../shared/fixtures at test time; skipped when absent) and on the
// demo feeds, at 1280 and 375 px wide and, on X, at 150 % zoom, every badge's chip is on top,
// inside its post and over none of its text, author or buttons (tests/support/visibility.ts).
// The page's layout must not move when the badges come: layout shifts after the first badge
// are summed with the Layout Instability API (the saved pages run no script of their own).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_POSTS } from '../../demo/posts';
import { facebookFeed, instagramHome, xHome } from '../../demo/render';
import { launch, openHtml, openSavedPage, type Session, scrollToEnd } from '../../scripts/lib/browser';
import { type BadgeView, badgeProblems, onScreen, POST_PARTS } from '../support/visibility';
import { viewBadge } from './lib/badge-view';

const shared = (path: string) => resolve(import.meta.dirname, '../../../shared/fixtures', path);

type Site = keyof typeof POST_PARTS;
interface Layout {
  name: string;
  site: Site;
  url: string;
  /** A saved page (path) or a demo feed (html). */
  file?: string;
  html?: string;
  zoom?: boolean;
}

const SAVED: Layout[] = [
  {
    name: 'X profile, dark',
    site: 'x',
    url: 'https://x.com/163ba6y',
    file: shared('x/x-profile-loggedin-dark_himicos_2025-05.html'),
    zoom: true,
  },
  {
    name: 'X profile, Chinese UI',
    site: 'x',
    url: 'https://x.com/skiinfomation',
    file: shared('x/x-profile-loggedin-zhUI_cyohei9907_2025-10.html'),
    zoom: true,
  },
  {
    name: 'Facebook post page',
    site: 'facebook',
    url: 'https://www.facebook.com/salmanmd.sultan.1/posts/pfbid02pmb12q1MvJtRmoNbehRRgzd48vLkUZca1mV5L4AKZq4MsLK52Kgmjag2hvQoFQwhl',
    file: shared('facebook/fb-post-permalink-loggedout-bn_tanjinadnanabir_2025.html'),
  },
  {
    name: 'Facebook search, dark',
    site: 'facebook',
    url: 'https://www.facebook.com/search/posts/?q=elon%20musk',
    file: shared('facebook/fb-search-posts-loggedin-dark_nivakaran_2025-12.html'),
  },
  {
    name: 'Instagram post page',
    site: 'instagram',
    url: 'https://www.instagram.com/thenews.cc/p/DRQcDGdF956/',
    file: shared('instagram/ig-post-permalink-loggedin-ptBR_PET-Social-Media-Observatory_2025-11.html'),
  },
  {
    name: 'Instagram reel page',
    site: 'instagram',
    url: 'https://www.instagram.com/reel/DM5F3Vzq6TN/',
    file: shared('instagram/ig-reel-permalink-loggedout-desktop_anurraggg_2025.html'),
  },
];
/** What sites do to containers, on the X demo feed: the badge must hold through all of it. */
const HOSTILE = `<style>
[data-testid=cellInnerDiv] { transform: translateY(0); contain: layout paint; }
article { display: flex; flex-direction: row; overflow: hidden; gap: 12px; }
article:nth-child(3n) { display: grid; grid-template-columns: 1fr; }
article:nth-child(3n+1) { flex-direction: column; }
</style>`;
const DEMO: Layout[] = [
  { name: 'X demo feed', site: 'x', url: 'https://x.com/home', html: xHome(DEMO_POSTS), zoom: true },
  {
    name: 'X demo feed, right to left',
    site: 'x',
    url: 'https://x.com/home',
    html: xHome(DEMO_POSTS).replace('<html lang="id">', '<html lang="ar" dir="rtl">'),
  },
  {
    name: 'X demo feed, flex/grid/overflow/contain/transform containers',
    site: 'x',
    url: 'https://x.com/home',
    html: xHome(DEMO_POSTS).replace('</head>', `${HOSTILE}</head>`),
  },
  { name: 'Facebook demo feed', site: 'facebook', url: 'https://www.facebook.com/', html: facebookFeed(DEMO_POSTS) },
  {
    name: 'Instagram demo feed',
    site: 'instagram',
    url: 'https://www.instagram.com/',
    html: instagramHome(DEMO_POSTS),
  },
];

const VIEWPORTS = [
  { label: '1280 px', width: 1280, height: 900, scale: 1 },
  { label: '375 px', width: 375, height: 740, scale: 1 },
] as const;
/** Browser zoom at 150 %: CSS pixels 1.5 device pixels wide, so a 1280 px window is 853 CSS px. */
const ZOOM = { label: '150 % zoom', width: 853, height: 600, scale: 1.5 } as const;

/** Sums layout shifts (without recent input) from the first badge on; installed before the page runs. */
function watchLayoutShifts(): void {
  const w = window as unknown as { __shift: { firstBadge: number; after: number; entries: number } };
  w.__shift = { firstBadge: -1, after: 0, entries: 0 };
  new MutationObserver((records, observer) => {
    if (
      records.some((r) => [...r.addedNodes].some((n) => n instanceof Element && n.hasAttribute('data-simak-badge')))
    ) {
      w.__shift.firstBadge = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (e.hadRecentInput || w.__shift.firstBadge < 0 || e.startTime < w.__shift.firstBadge) continue;
      w.__shift.after += e.value;
      w.__shift.entries++;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Opens `layout` at the viewport and zoom of `vp`, with the layout-shift watch installed. */
function openAt(session: Session, layout: Layout, vp: { width: number; height: number; scale: number }) {
  const prepare = async (page: Page) => {
    await page.addInitScript(watchLayoutShifts);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: vp.width,
      height: vp.height,
      deviceScaleFactor: vp.scale,
      mobile: false,
    });
  };
  return layout.file
    ? openSavedPage(session, layout.url, layout.file, prepare)
    : openHtml(session, layout.url, layout.html ?? '', prepare);
}

/** Waits until the number of badges stops moving (idle-time batches come a little after a look). */
async function badgesSettled(page: Page): Promise<number> {
  let last = -1;
  for (let stable = 0; stable < 3; ) {
    await page.waitForTimeout(300);
    const n = await page.locator('[data-simak-badge]').count();
    stable = n === last ? stable + 1 : 0;
    last = n;
  }
  return last;
}

/** Marks each post that has a badge with the test's own attribute, numbered: judged by post, not by badge index. */
const MARK = 'data-visibility-post';

async function scrollThrough(page: Page): Promise<number> {
  // Some saved pages hold a screenful of empty space above the feed: start at the first post.
  await page.evaluate(() => document.querySelector('article, [role="article"], [aria-posinset]')?.scrollIntoView());
  // Simak badges what comes into view, and its first look comes a frame or more after it
  // starts: let the first screen be badged before scrolling it away (a busy machine did not).
  await badgesSettled(page);
  await scrollToEnd(page);
  // Idle-time batches arrive shortly after scrolling stops: wait until the count settles.
  await badgesSettled(page);
  // Posts scrolled past before Simak looked have no badge yet and get one when they come back
  // into view, so a badge's index would name another post meanwhile: the posts are numbered.
  return page.evaluate((mark) => {
    const posts = [...document.querySelectorAll('[data-simak-badge]')].map((host) => host.parentElement);
    for (const [i, post] of posts.entries()) post?.setAttribute(mark, String(i));
    return posts.length;
  }, MARK);
}

/** Scrolls post `i` so its head is in the top third of the window, then measures its badge. */
async function judge(page: Page, site: Site, i: number) {
  const post = `[${MARK}="${i}"]`;
  let view: BadgeView | null | undefined;
  // Asked again if the page was still settling its scroll position when measured.
  for (let attempt = 0; attempt < 3 && !(view && onScreen(view)); attempt++) {
    await page.evaluate((post) => {
      const element = document.querySelector(post);
      if (element) scrollBy(0, element.getBoundingClientRect().top - innerHeight * 0.3);
    }, post);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    view = await viewBadge(page, POST_PARTS[site], `${post} > [data-simak-badge]`);
  }
  if (view && !onScreen(view))
    console.log(`badge ${i + 1} off screen`, JSON.stringify(view.chip), JSON.stringify(view.post));
  const problems = view && onScreen(view) ? badgeProblems(view) : null;
  if (view && problems?.length) {
    const at = await page.evaluate(() => ({ x: scrollX, y: scrollY, h: document.documentElement.scrollHeight }));
    console.log(`badge ${i + 1} seen badly at scroll ${JSON.stringify(at)}`, JSON.stringify(view));
  }
  return problems;
}

const available = [...SAVED.filter((l) => l.file && existsSync(l.file)), ...DEMO];

describe('badges are seen: every chip on top, inside its post, clear of its text, author and buttons', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  const cases = available.flatMap((layout) =>
    [...VIEWPORTS, ...(layout.zoom ? [ZOOM] : [])].map((vp) => [`${layout.name}, ${vp.label}`, layout, vp] as const),
  );
  it.each(cases)('%s', async (_label, layout, vp) => {
    const page = await openAt(session, layout, vp);
    try {
      const count = await scrollThrough(page);
      expect(count, 'badges drawn').toBeGreaterThan(0);
      const problems: string[] = [];
      let judged = 0;
      for (let i = 0; i < count; i++) {
        const found = await judge(page, layout.site, i);
        if (found === null) continue;
        judged++;
        for (const p of found) problems.push(`badge ${i + 1}: ${p}`);
      }
      expect(problems).toEqual([]);
      expect(judged, 'badges judged on screen').toBe(count);
      const shift = await page.evaluate(() => (window as unknown as { __shift: { after: number } }).__shift.after);
      console.log(
        `${layout.name}, ${vp.label}: ${count} badges, layout shift after the first badge ${shift.toFixed(4)}`,
      );
      expect(shift).toBe(0);
    } finally {
      await page.close();
    }
  });
});
