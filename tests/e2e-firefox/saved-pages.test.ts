// Simak in Firefox ESR on the saved real pages that keep their site's own styles (read from
// ../shared/fixtures at test time; skipped when absent): every badge Simak draws there must be
// seen, as in Chromium (tests/e2e/badge-visibility.test.ts), in Gecko's layout of the sites' CSS.
// The chip is found by pointing, the closed root being out of reach (tests/e2e-firefox/lib/chip.ts).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefox, openHtmlInFirefox } from '../../scripts/lib/firefox';
import { stripScripts } from '../../scripts/lib/saved-page';
import { POST_PARTS } from '../support/visibility';
import { BADGE, findChip } from './lib/chip';

const shared = (path: string) => resolve(import.meta.dirname, '../../../shared/fixtures', path);

const SAVED = [
  {
    name: 'X profile, dark',
    site: 'x',
    url: 'https://x.com/163ba6y',
    file: 'x/x-profile-loggedin-dark_himicos_2025-05.html',
  },
  {
    name: 'X profile, Chinese UI',
    site: 'x',
    url: 'https://x.com/skiinfomation',
    file: 'x/x-profile-loggedin-zhUI_cyohei9907_2025-10.html',
  },
  {
    name: 'Facebook post page',
    site: 'facebook',
    url: 'https://www.facebook.com/salmanmd.sultan.1/posts/pfbid02pmb12q1MvJtRmoNbehRRgzd48vLkUZca1mV5L4AKZq4MsLK52Kgmjag2hvQoFQwhl',
    file: 'facebook/fb-post-permalink-loggedout-bn_tanjinadnanabir_2025.html',
  },
  {
    name: 'Facebook search, dark',
    site: 'facebook',
    url: 'https://www.facebook.com/search/posts/?q=elon%20musk',
    file: 'facebook/fb-search-posts-loggedin-dark_nivakaran_2025-12.html',
  },
  {
    name: 'Instagram post page',
    site: 'instagram',
    url: 'https://www.instagram.com/thenews.cc/p/DRQcDGdF956/',
    file: 'instagram/ig-post-permalink-loggedin-ptBR_PET-Social-Media-Observatory_2025-11.html',
  },
  {
    name: 'Instagram reel page',
    site: 'instagram',
    url: 'https://www.instagram.com/reel/DM5F3Vzq6TN/',
    file: 'instagram/ig-reel-permalink-loggedout-desktop_anurraggg_2025.html',
  },
] as const;

const available = SAVED.filter((p) => existsSync(shared(p.file)));

describe.skipIf(available.length === 0)('Simak in Firefox ESR on the styled saved pages', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    // The saved pages' own images and styles are aborted and not listed: anything else would be Simak's.
    const blocked = session?.blocked ?? [];
    await session?.close();
    expect(blocked).toEqual([]);
  });

  it.each(available)('$name: every badge is seen on its post', async ({ name, site, url, file }) => {
    const html = stripScripts(readFileSync(shared(file), 'utf8'));
    const page = await openHtmlInFirefox(session, url, html, { pageOwns: html, badgeFirst: false });
    try {
      // Some saved pages hold a screenful of empty space above the feed: start at the first post.
      await page.evaluate(() =>
        (
          document.querySelector('article, [role="article"], [aria-posinset]') ?? document.querySelector('main')
        )?.scrollIntoView(),
      );
      // Simak badges what comes into view, in idle-time batches: let the first screen be
      // badged, then scroll the page through as a person reads it, and let the last batch come.
      const settled = async () => {
        let hosts: ElementHandle<Element>[] = [];
        for (let stable = 0, last = -1; stable < 3; ) {
          await new Promise((r) => setTimeout(r, 300));
          hosts = await page.$$(BADGE);
          stable = hosts.length === last ? stable + 1 : 0;
          last = hosts.length;
        }
        return hosts;
      };
      await settled();
      for (let i = 0; i < 60; i++) {
        const atEnd = await page.evaluate(() => {
          scrollBy(0, innerHeight * 0.7);
          return innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
        });
        await new Promise((r) => setTimeout(r, 80));
        if (atEnd) break;
      }
      // Judged one by one, each scrolled into view (tests/e2e-firefox/lib/chip.ts).
      const hosts = await settled();
      expect(hosts.length, 'badges drawn').toBeGreaterThan(0);
      const report: string[] = [];
      for (const [i, host] of hosts.entries()) {
        const post = (await host.evaluateHandle((h) => h.parentElement as Element)) as ElementHandle<Element>;
        const { problems } = await findChip(page, post, POST_PARTS[site]);
        report.push(`badge ${i + 1}: ${problems.join('; ') || 'seen'}`);
      }
      console.log(`${name}: ${hosts.length} badges judged in Firefox`);
      expect(report).toEqual(report.map((line) => line.replace(/: .*/, ': seen')));
    } finally {
      await page.close();
    }
  });
});
