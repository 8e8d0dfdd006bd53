// The built extension reads saved pages of the three sites in real Chromium, as
// `npm run extract -- --scroll` does: every post element is found, read and reported once.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openSavedPage, type Session, scrollToEnd } from '../../scripts/lib/browser';
import { type Extracted, extractPage } from '../../scripts/lib/extract';
import type { Post } from '../../src/core/types';

const root = resolve(import.meta.dirname, '../..');
const shipped = (path: string) => resolve(root, 'tests/fixtures', path);
const measured = (path: string) => resolve(root, '../shared/fixtures', path);

const byId = (posts: Post[]) => Object.fromEntries(posts.map((p) => [p.postId, p]));

describe('sites: the built extension reads saved pages in Chromium', () => {
  let session: Session;
  const read = (url: string, file: string): Promise<Extracted> => extractPage(session, url, file, { scroll: true });

  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    // The saved pages' own images and styles were requested by the pages and aborted;
    // nothing here checks the network (the other e2e files do, on pages without them).
    await session?.close();
  });

  it('X: hand-built Indonesian home timeline, with its ad, repost, quote and thread', async () => {
    const { posts, skipped } = await read('https://x.com/home', shipped('x/x-home-id.html'));
    const got = byId(posts);
    expect(Object.keys(got).sort()).toEqual(
      ['1', '2', '3', '4', '5', '6', '7', '8'].map((n) => `186100000000000000${n}`),
    );
    expect(skipped).toEqual({ 'no text': 1 });
    expect(got['1861000000000000002']?.kind).toBe('ad');
    expect(got['1861000000000000003']).toMatchObject({ kind: 'repost', repostedBy: 'budi_kurir' });
    expect(got['1861000000000000004']).toMatchObject({ kind: 'quote', quoted: { postId: '1860000000000000099' } });
    // The thread line is read from the computed style in a real browser too.
    expect(got['1861000000000000006']?.kind).toBe('reply');
    expect(got['1861000000000000008']).toMatchObject({
      truncated: true,
      counts: { replies: 48, reposts: 152, likes: 9812, views: 1503220 },
    });
  });

  it('X: a saved real profile timeline', async () => {
    const { posts, skipped } = await read(
      'https://x.com/163ba6y',
      shipped('x/x-profile-loggedin-dark_himicos_2025-05.html'),
    );
    expect(posts.map((p) => p.postId).sort()).toEqual([
      '1926002832307569114',
      '1926116031010902481',
      '1927044674365075899',
      '1927748201039192089',
      '1927749506138816741',
    ]);
    expect(skipped).toEqual({});
  });

  it('Facebook: hand-built Indonesian news feed with Bersponsor and "Lihat selengkapnya"', async () => {
    const { posts, skipped } = await read('https://www.facebook.com/', shipped('facebook/fb-feed-id.html'));
    const got = byId(posts);
    expect(Object.keys(got).sort()).toEqual([
      '2200000000000001',
      '4400000000000001',
      'pfbid02XyZ987abc',
      'pfbid0AbCdEfGhIjKlMnOpQrStUvWxYz123456789',
    ]);
    expect(skipped).toEqual({ 'empty placeholder': 1 });
    expect(got.pfbid0AbCdEfGhIjKlMnOpQrStUvWxYz123456789?.kind).toBe('ad');
    expect(got.pfbid02XyZ987abc?.truncated).toBe(true);
    expect(got['2200000000000001']?.counts).toEqual({ likes: 1200, comments: 48, shares: 12 });
  });

  it('Facebook: a saved real post page (logged out) and a legacy m.facebook.com group feed', async () => {
    const post = await read(
      'https://www.facebook.com/salmanmd.sultan.1/posts/pfbid02pmb12q1MvJtRmoNbehRRgzd48vLkUZca1mV5L4AKZq4MsLK52Kgmjag2hvQoFQwhl',
      shipped('facebook/fb-post-permalink-loggedout-bn_tanjinadnanabir_2025.html'),
    );
    expect(post.posts).toHaveLength(1);
    expect(post.posts[0]).toMatchObject({
      kind: 'post',
      truncated: true,
      counts: { likes: 369, comments: 782, shares: 114 },
    });
    const group = await read(
      'https://m.facebook.com/groups/group/',
      shipped('facebook/mfb-legacy-group-feed_kevinzg-facebook-scraper_2021.html'),
    );
    expect(group.posts).toHaveLength(16);
    expect(group.skipped).toEqual({ 'no text': 5 });
  });

  it('Instagram: hand-built Indonesian home feed of articles', async () => {
    const { posts, skipped } = await read('https://www.instagram.com/', shipped('instagram/ig-home-id.html'));
    const got = byId(posts);
    expect(Object.keys(got).sort()).toEqual(['DAbc123XyZ1', 'DAdv456Ad02', 'DAlong789Cc3']);
    expect(skipped).toEqual({ 'no text': 1 });
    expect(got.DAdv456Ad02?.kind).toBe('ad');
    expect(got.DAlong789Cc3).toMatchObject({ truncated: true, counts: { likes: 3_400_000, comments: 1200 } });
  });

  it.each([
    ['X', 'https://x.com/home', 'x/x-home-id.html', 8],
    ['Facebook', 'https://www.facebook.com/', 'facebook/fb-feed-id.html', 4],
    ['Instagram', 'https://www.instagram.com/', 'instagram/ig-home-id.html', 3],
  ])('%s: the content script badges every post it reads, once', async (_site, url, file, readable) => {
    const page = await openSavedPage(session, url, shipped(file));
    try {
      // Simak's first look at the page comes a frame or more after it starts: scrolling at once
      // would carry the first screen's posts away unseen (a busy CI machine lost one that way).
      await expect.poll(() => page.locator('[data-simak-badge]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await scrollToEnd(page);
      await expect.poll(() => page.locator('[data-simak-badge]').count(), { timeout: 15_000 }).toBe(readable);
      await page.waitForTimeout(500);
      expect(await page.locator('[data-simak-badge]').count()).toBe(readable);
    } finally {
      await page.close();
    }
  });

  const SEARCH = measured('facebook/fb-search-posts-loggedin-dark_nivakaran_2025-12.html');
  it.skipIf(!existsSync(SEARCH))(
    'Facebook: saved logged-in search results (skips when ../shared/fixtures/facebook is absent)',
    async () => {
      const { posts, skipped } = await read('https://www.facebook.com/search/posts/?q=elon%20musk', SEARCH);
      const got = byId(posts);
      expect(Object.keys(got).sort()).toEqual(['1390415372702099', '9621062074667003']);
      expect(skipped).toEqual({ 'no id': 1, 'empty placeholder': 2 });
      // Chromium parses this page's first post whole, reactions bar included (happy-dom does not).
      expect(got['1390415372702099']?.counts).toEqual({ likes: 1 });
    },
  );

  const IG_POST = measured('instagram/ig-post-permalink-loggedin-ptBR_PET-Social-Media-Observatory_2025-11.html');
  const IG_REEL = measured('instagram/ig-reel-permalink-loggedout-desktop_anurraggg_2025.html');
  it.skipIf(!existsSync(IG_POST) || !existsSync(IG_REEL))(
    'Instagram: saved real post and reel pages (skips when ../shared/fixtures/instagram is absent)',
    async () => {
      const post = await read('https://www.instagram.com/thenews.cc/p/DRQcDGdF956/', IG_POST);
      expect(post.posts.map((p) => [p.postId, p.kind, p.counts])).toEqual([
        ['DRQcDGdF956', 'post', { likes: 11_700, comments: 1100 }],
      ]);
      const reel = await read('https://www.instagram.com/reel/DM5F3Vzq6TN/', IG_REEL);
      expect(reel.posts.map((p) => [p.postId, p.kind, p.counts])).toEqual([
        ['DM5F3Vzq6TN', 'ad', { likes: 493, comments: 17 }],
      ]);
    },
  );
});
