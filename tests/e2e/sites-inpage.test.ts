// Badges and one-click logging on Facebook and Instagram, on the hand-built Indonesian feeds
// served at the sites' real URLs (X has its own, fuller test in inpage.test.ts).
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInBadge, LOG } from '../../scripts/lib/badge-dom';
import {
  launch,
  openExtensionPage,
  openSavedPage,
  readStore,
  type Session,
  scrollToEnd,
} from '../../scripts/lib/browser';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

const SITES = [
  {
    site: 'facebook',
    url: 'https://www.facebook.com/',
    file: 'facebook/fb-feed-id.html',
    posts: 4,
    first: 'facebook:2200000000000001',
  },
  {
    site: 'instagram',
    url: 'https://www.instagram.com/',
    file: 'instagram/ig-home-id.html',
    posts: 3,
    first: 'instagram:DAbc123XyZ1',
  },
] as const;

describe.each(SITES)('in the page on $site', ({ url, file, posts, first }) => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await launch();
    page = await openSavedPage(session, url, resolve(FIXTURES, file));
  });
  afterAll(async () => {
    const blocked = session?.blocked ?? [];
    await session?.close();
    expect(blocked).toEqual([]);
  });

  it('badges every readable post and logs exactly one complaint per click', async () => {
    // Only posts that come on screen are read: once Simak has looked at the first screen (its
    // first look comes a frame or more after it starts), scroll the feed a part of a screen at
    // a time, each stop drawn, so every post is on screen in some frame (see scrollToEnd).
    const badges = () => page.locator('[data-simak-badge]').count();
    await expect.poll(badges, { timeout: 15_000 }).toBeGreaterThan(0);
    await scrollToEnd(page);
    await expect.poll(badges, { timeout: 15_000 }).toBe(posts);
    const ext = await openExtensionPage(session, 'src/ui/popup/index.html');
    await clickInBadge(page, 0, LOG);
    await expect
      .poll(async () => (await readStore<{ postKey: string }>(ext, 'complaints')).map((c) => c.postKey))
      .toEqual([first]);
    await clickInBadge(page, 0, LOG);
    await clickInBadge(page, 0, LOG);
    await page.waitForTimeout(300);
    expect(await readStore(ext, 'complaints')).toHaveLength(1);
    await ext.close();
  });
});
