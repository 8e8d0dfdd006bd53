// Simak in Firefox ESR, installed as a temporary add-on over WebDriver BiDi, on the demo feeds
// of X, Facebook and Instagram (styled after the real sites): each badge a person would look at
// is seen on its post, one click on a flagged post logs it, and the popup lists that complaint.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_POSTS } from '../../demo/posts';
import { facebookFeed, instagramHome, xHome } from '../../demo/render';
import {
  type FirefoxSession,
  launchFirefox,
  openFirefoxExtensionPage,
  openHtmlInFirefox,
} from '../../scripts/lib/firefox';
import { seenReport } from './lib/seen';

const FEEDS = [
  { site: 'X', url: 'https://x.com/home', html: xHome(DEMO_POSTS), post: 'article[data-testid="tweet"]' },
  {
    site: 'Facebook',
    url: 'https://www.facebook.com/',
    html: facebookFeed(DEMO_POSTS),
    post: '[aria-posinset]',
  },
  { site: 'Instagram', url: 'https://www.instagram.com/', html: instagramHome(DEMO_POSTS), post: 'article' },
];
/** Posts checked per feed: the first screens, where a person looks first. */
const CHECKED = 5;

describe('Simak in Firefox ESR (temporary add-on over WebDriver BiDi)', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    // Nothing Simak did in Firefox tried to reach the network.
    const blocked = session?.blocked ?? [];
    await session?.close();
    expect(blocked).toEqual([]);
  });

  it('installs the Firefox build as the add-on its manifest names', () => {
    expect(session.addonId).toBe('simak@simak.dev');
  });

  describe.each(FEEDS)('on the $site demo feed', ({ url, html, post }) => {
    let page: Page;
    beforeAll(async () => {
      page = await openHtmlInFirefox(session, url, html);
    });
    afterAll(() => page?.close());

    it('shows each badge on top of its own post, uncovered and unclipped', async () => {
      const report = await seenReport(page, post, CHECKED);
      expect(report).toEqual(report.map((line) => line.replace(/: .*/, ': seen')));
    });

    it('logs a flagged post with one click, and the popup lists the complaint', async () => {
      // A person logs what Simak flags as a complaint: the first post whose badge has a category
      // chip. The post is held, not the button: a badge is redrawn when its strings arrive.
      const flagged = await page.evaluateHandle((p) => {
        const host = [...document.querySelectorAll('[data-simak-badge]')].find((h) =>
          h.shadowRoot?.querySelector('.category'),
        );
        return host?.closest(p) ?? document.body;
      }, post);
      const logButton = () =>
        flagged.evaluateHandle(
          (e) =>
            e.querySelector('[data-simak-badge]')?.shadowRoot?.querySelector('button[data-simak-action="log"]') ??
            document.body,
        );
      // A closed shadow root hides the button from a test as from the site: this test then needs
      // the badge's own test hook to find it.
      expect(
        await (await logButton()).evaluate((b) => b.tagName),
        'a flagged post whose badge has a log button in an open shadow root',
      ).toBe('BUTTON');
      const postText = await flagged.evaluate((e) => e.textContent ?? '');
      const logged = DEMO_POSTS.find((p) => postText.includes(p.text));
      expect(logged, 'the flagged post is a demo post').toBeDefined();
      // A real pointer click at the button's centre: it lands only if nothing covers the button.
      await (await logButton()).click();
      await expect
        .poll(async () => (await logButton()).evaluate((b) => b.getAttribute('data-state')), { timeout: 10_000 })
        .toBe('logged');

      const popup = await openFirefoxExtensionPage(session, 'src/ui/popup/index.html');
      const start = logged?.text.slice(0, 40) ?? '';
      await expect.poll(() => popup.evaluate(() => document.body.textContent), { timeout: 15_000 }).toContain(start);
      await popup.close();
    });
  });
});
