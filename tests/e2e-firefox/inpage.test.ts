// Simak in Firefox ESR, installed as a temporary add-on over WebDriver BiDi, on the demo feeds
// of X, Facebook and Instagram (styled after the real sites). The badge's shadow root is closed,
// so the tests see it as a person does: each of the first posts' chips is found by pointing
// (tests/e2e-firefox/lib/chip.ts) and must be on top, inside its post and clear of its text and
// author; a complaint is logged with real input (a mouse click on the chip opens its panel, Tab
// reaches the log button, Enter presses it), and the popup then lists it.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_POSTS } from '../../demo/posts';
import { facebookFeed, instagramHome, xHome } from '../../demo/render';
import {
  type FirefoxSession,
  launchFirefox,
  openFirefoxExtensionPage,
  openHtmlInFirefox,
  pollPage,
} from '../../scripts/lib/firefox';
import { POST_PARTS } from '../support/visibility';
import { BADGE, findChip } from './lib/chip';

const FEEDS = [
  {
    site: 'X',
    parts: POST_PARTS.x,
    url: 'https://x.com/home',
    html: xHome(DEMO_POSTS),
    post: 'article[data-testid="tweet"]',
    // Each feed logs a different complaint, so the popup's list proves this feed's log.
    logs: 0,
  },
  {
    site: 'Facebook',
    parts: POST_PARTS.facebook,
    url: 'https://www.facebook.com/',
    html: facebookFeed(DEMO_POSTS),
    post: '[aria-posinset]',
    logs: 1,
  },
  {
    site: 'Instagram',
    parts: POST_PARTS.instagram,
    url: 'https://www.instagram.com/',
    html: instagramHome(DEMO_POSTS),
    post: 'article',
    logs: 3,
  },
];
/** Posts checked per feed: the first screens, where a person looks first. */
const CHECKED = 5;

const popupText = async (session: FirefoxSession): Promise<string> => {
  const popup = await openFirefoxExtensionPage(session, 'src/ui/popup/index.html');
  // The list is drawn once the log has been read: wait for the page to settle on its content.
  const text = (await pollPage(popup, () => document.body.textContent?.trim())) ?? '';
  await popup.close();
  return text;
};

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

  describe.each(FEEDS)('on the $site demo feed', ({ url, html, post, parts, logs }) => {
    let page: Page;
    beforeAll(async () => {
      page = await openHtmlInFirefox(session, url, html);
    });
    afterAll(() => page?.close());

    it('shows each chip on top of its own post, clear of its text and author', async () => {
      const posts = (await page.$$(post)).slice(0, CHECKED);
      expect(posts).toHaveLength(CHECKED);
      const report: string[] = [];
      for (const [i, element] of posts.entries()) {
        const { problems } = await findChip(page, element, parts);
        report.push(`post ${i + 1}: ${problems.join('; ') || 'seen'}`);
      }
      expect(report).toEqual(report.map((line) => line.replace(/: .*/, ': seen')));
    });

    it('logs a complaint with a click on the chip and the keyboard, and the popup lists it', async () => {
      const element = (await page.$$(post))[logs];
      if (!element) throw new Error(`no post ${logs + 1}`);
      const postText = await element.evaluate((e) => e.textContent ?? '');
      const complaint = DEMO_POSTS.find((p) => postText.includes(p.text));
      expect(complaint, 'the post is a demo post').toBeDefined();
      const start = complaint?.text.slice(0, 40) ?? '';
      expect(await popupText(session), 'not in the log before').not.toContain(start);

      await page.bringToFront();
      const { chip } = await findChip(page, element, parts);
      if (!chip) throw new Error(`post ${logs + 1} shows no chip`);
      // A real click at the chip's centre opens and pins its panel (and focuses the chip).
      await page.mouse.click(chip.x + chip.w / 2, chip.y + chip.h / 2);
      // Tab moves on to the panel's log button: focus stays in the badge (seen from the page as
      // its host), and Enter presses the button as a person's key does.
      await page.keyboard.press('Tab');
      expect(
        await element.evaluate((e, badge) => document.activeElement === e.querySelector(badge), BADGE),
        'focus in the badge after Tab',
      ).toBe(true);
      await page.keyboard.press('Enter');

      await expect.poll(() => popupText(session), { timeout: 20_000, interval: 500 }).toContain(start);
    });
  });
});
