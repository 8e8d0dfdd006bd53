// Injection on the dashboard: a kept post's text, link and a complaint's category carrying HTML,
// script, CSS and spreadsheet-formula payloads show as text, and nothing runs or loads.
// (The page, popup and exports have their own tests: inpage, popup, options, csv.)
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openExtensionPage, type Session } from '../../scripts/lib/browser';
import { makeComplaint } from '../support/complaints';
import { demoPosts } from './lib/demo-data';
import { seedComplaints, seedRows } from './lib/seed';

const PAYLOAD = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><style>body{display:none}</style>=HYPERLINK("http://evil.invalid","klik")`;
const CATEGORY = '<b onmouseover="window.__pwned=3">obat</b>';

describe('dashboard: hostile post text, link and category', () => {
  let session: Session;
  let page: Page;
  beforeAll(async () => {
    session = await launch();
    const seeder = await openExtensionPage(session, 'src/ui/popup/index.html');
    const [first, ...rest] = demoPosts();
    if (!first) throw new Error('no demo posts');
    // The most engaged post of the period, so it heads the dashboard's top posts.
    const hostile = {
      ...first,
      post: { ...first.post, text: PAYLOAD, url: 'javascript:window.__pwned=4', counts: { likes: 100_000 } },
    };
    await seedRows(seeder, 'posts', [hostile, ...rest]);
    await seedComplaints(seeder, [makeComplaint(1, { category: CATEGORY }, Date.now() - 3_600_000)]);
    page = await openExtensionPage(session, 'src/ui/dashboard/index.html');
    await page.getByTestId('dash-top').waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    const blocked = session?.blocked ?? [];
    await session?.close();
    expect(blocked).toEqual([]);
  });

  it('shows the payloads as text', async () => {
    const top = page.getByTestId('dash-top').locator('tbody tr').first();
    expect(await top.locator('td.post').textContent()).toContain(PAYLOAD);
    expect(await page.getByTestId('dash-categories').textContent()).toContain(CATEGORY);
  });

  it('creates no element from them, runs nothing and links nowhere but http(s)', async () => {
    const found = await page.evaluate(() => ({
      images: document.querySelectorAll('img[src="x"]').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__pwned')).length,
      styles: [...document.querySelectorAll('style')].filter((s) => s.textContent?.includes('display:none')).length,
      bold: [...document.querySelectorAll('b')].filter((b) => b.hasAttribute('onmouseover')).length,
      links: [...document.querySelectorAll('a[href]')]
        .map((a) => a.getAttribute('href') ?? '')
        .filter((h) => !/^https?:|^#|^\/|^[\w-]+\.html/.test(h)),
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
      bodyShown: getComputedStyle(document.body).display !== 'none',
    }));
    expect(found).toEqual({ images: 0, scripts: 0, styles: 0, bold: 0, links: [], pwned: 0, bodyShown: true });
  });
});
