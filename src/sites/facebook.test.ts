// The Facebook adapter on saved real pages and on a hand-built Indonesian news feed. Expected
// posts are written by hand from each page; only ids, handles and first words are compared.
import { describe, expect, it } from 'vitest';
import {
  type Expected,
  expectPosts,
  measured,
  present,
  readHtml,
  readPage,
  shipped,
} from '../../tests/support/read-page';

describe('Facebook: hand-built logged-in news feed in the Indonesian UI', () => {
  const page = readPage(shipped('facebook/fb-feed-id.html'), 'https://www.facebook.com/');

  it('reads each feed unit, Bersponsor as an ad, "Lihat selengkapnya" as truncated; the empty shell of an unmounted unit is skipped as such', () => {
    expectPosts(page.posts, [
      {
        id: '2200000000000001',
        handle: 'rina.kusuma.77',
        starts: 'Alhamdulillah operasi katarak',
        counts: { likes: 1200, comments: 48, shares: 12 },
        kind: 'post',
        extra: { author: { name: 'Rina Kusuma', handle: 'rina.kusuma.77' } },
      },
      {
        id: 'pfbid0AbCdEfGhIjKlMnOpQrStUvWxYz123456789',
        handle: 'asuransicontoh',
        starts: 'Lindungi keluarga',
        counts: { likes: 7 },
        kind: 'ad',
      },
      {
        id: 'pfbid02XyZ987abc',
        handle: '100000000000042',
        starts: 'Mau cerita pengalaman',
        counts: { comments: 3 },
        kind: 'post',
        extra: {
          truncated: true,
          url: 'https://www.facebook.com/permalink.php?story_fbid=pfbid02XyZ987abc&id=100000000000042',
        },
      },
      {
        id: '4400000000000001',
        handle: '100000000000077',
        starts: 'Ada yang tahu puskesmas',
        counts: { comments: 21 },
        kind: 'post',
        extra: { author: { name: 'Wulan Sari', handle: '100000000000077' } },
      },
    ]);
    expect(page.skipped).toEqual({ 'empty placeholder': 1 });
  });

  it('reads paragraphs as lines and emoji images as characters, without the "see more" button', () => {
    expect(page.posts[0]?.text).toBe(
      'Alhamdulillah operasi katarak bapak lancar, semua ditanggung JKN 🙏\nTerima kasih perawat-perawat di bangsal mata yang sabar banget.',
    );
    expect(page.posts[2]?.text).not.toContain('Lihat selengkapnya');
  });

  it('takes no id from the placeholder date link, and no time from the obfuscated date', () => {
    const first = page.posts[0];
    expect(first?.postId).not.toBe('');
    expect(first).not.toHaveProperty('postedAt');
    expect(first?.url).toBe('https://www.facebook.com/photo/?fbid=1100000000000001&set=pcb.2200000000000001');
  });
});

describe('Facebook: authors', () => {
  const unit = (href: string) =>
    `<div role="feed"><div aria-posinset="1"><div data-ad-rendering-role="profile_name"><h4><a href="${href}"><strong><span>Nama Contoh</span></strong></a></h4></div><a href="https://www.facebook.com/x/posts/77">1 jam</a><div data-ad-rendering-role="story_message"><div dir="auto">Teks contoh</div></div></div></div>`;
  it.each([
    ['https://www.facebook.com/nama.contoh?__cft__[0]=AZ', 'nama.contoh'],
    ['https://www.facebook.com/profile.php?id=100000000000001&__cft__[0]=AZ', '100000000000001'],
    ['https://www.facebook.com/people/Nama-Contoh/100000000000002/?__cft__[0]=AZ', '100000000000002'],
    ['/groups/123/?__cft__[0]=AZ', undefined],
  ])('reads the handle of %s as %s', (href, handle) => {
    const { posts } = readHtml(unit(href), 'https://www.facebook.com/');
    expect(posts[0]?.author).toEqual(handle ? { name: 'Nama Contoh', handle } : { name: 'Nama Contoh' });
  });
});

const SHIPPED: [string, string, Expected[], Record<string, number>][] = [
  [
    // Logged out, a post on its own page with its comments (articles nested in the post).
    'facebook/fb-post-permalink-loggedout-bn_tanjinadnanabir_2025.html',
    'https://www.facebook.com/salmanmd.sultan.1/posts/pfbid02pmb12q1MvJtRmoNbehRRgzd48vLkUZca1mV5L4AKZq4MsLK52Kgmjag2hvQoFQwhl',
    [
      {
        id: 'pfbid02pmb12q1MvJtRmoNbehRRgzd48vLkUZca1mV5L4AKZq4MsLK52Kgmjag2hvQoFQwhl',
        handle: 'salmanmd.sultan.1',
        starts: 'Closed\nঈদ উপলক্ষে',
        counts: { likes: 369, comments: 782, shares: 114 },
        kind: 'post',
        extra: { truncated: true },
      },
    ],
    {},
  ],
  [
    // Legacy m.facebook.com page timeline: a cover-photo update with no text, then a post.
    'facebook/mfb-legacy-page-posts_kevinzg-facebook-scraper_2021.html',
    'https://m.facebook.com/Nintendo/',
    [
      {
        id: '4193752747375813',
        handle: 'Nintendo',
        starts: 'May 2021 is in',
        counts: { likes: 342, comments: 44, shares: 25 },
        kind: 'post',
      },
    ],
    { 'no text': 1 },
  ],
  [
    // Legacy m.facebook.com group feed: 21 stories, 5 of them shares or photos without text.
    'facebook/mfb-legacy-group-feed_kevinzg-facebook-scraper_2021.html',
    'https://m.facebook.com/groups/group/',
    [
      {
        id: '1629606003787605',
        handle: 'omarflorez',
        starts: 'Hola!, This group',
        counts: { likes: 32, comments: 1 },
        kind: 'post',
        extra: { truncated: true, postedAt: '2018-04-03T20:02:42.000Z' },
      },
      {
        id: '4008975265850655',
        handle: 'alfred.kobayashi',
        starts: 'Hola a todos!',
        counts: { likes: 4, shares: 1 },
        kind: 'post',
        extra: { postedAt: '2021-05-26T16:28:21.000Z' },
      },
      {
        id: '4005712009510314',
        handle: 'DataScienceResearch',
        starts: '🤖😎Hola querido',
        counts: { likes: 2 },
        kind: 'post',
      },
      {
        id: '4003847539696761',
        handle: 'DataScienceResearch',
        starts: 'Explora las chambas',
        counts: {},
        kind: 'post',
      },
      {
        id: '4000965133318335',
        handle: 'omarflorez',
        starts: 'Seminario Internacional',
        counts: { likes: 3, shares: 2 },
        kind: 'post',
        extra: { truncated: true },
      },
      {
        id: '3993844284030420',
        handle: 'omarflorez',
        starts: 'Becas de DeepMind',
        counts: { likes: 6, shares: 1 },
        kind: 'post',
      },
      {
        id: '3991814457566736',
        handle: 'DataScienceResearch',
        starts: '#WebinarGratuito\nEste lunes',
        counts: { likes: 1 },
        kind: 'post',
      },
      {
        id: '3991510174263831',
        handle: 'DataScienceResearch',
        starts: 'Coursera liberó',
        counts: { likes: 4 },
        kind: 'post',
      },
      {
        id: '3989292001152315',
        handle: 'omarflorez',
        starts: 'Amigos, este es',
        counts: { likes: 18, comments: 4 },
        kind: 'post',
        extra: { truncated: true },
      },
      {
        id: '3988476744567174',
        handle: 'DataScienceResearch',
        starts: '#WebinarGratuito\nEste sábado',
        counts: {},
        kind: 'post',
      },
      { id: '3982292448518937', handle: 'DataScienceResearch', starts: 'Día Mundial', counts: {}, kind: 'post' },
      {
        id: '3975630669185115',
        handle: 'DataScienceResearch',
        starts: '¡Hola! #Datalover',
        counts: {},
        kind: 'post',
        extra: { truncated: true },
      },
      {
        id: '3973450876069761',
        handle: 'omarflorez',
        starts: 'Descuentos de estudios',
        counts: { likes: 5, shares: 4 },
        kind: 'post',
      },
      { id: '3973300309418151', handle: 'DataScienceResearch', starts: 'Hola #datalover', counts: {}, kind: 'post' },
      { id: '3969898653091650', handle: 'DataScienceResearch', starts: '¡ÚLTIMOS CUPOS!', counts: {}, kind: 'post' },
      {
        id: '3969876906427158',
        handle: 'omarflorez',
        starts: '💪🇵🇪',
        counts: { likes: 20, shares: 1 },
        kind: 'post',
        extra: { postedAt: '2021-05-13T16:33:35.000Z' },
      },
    ],
    { 'no text': 5 },
  ],
];

describe('Facebook: saved real pages shipped with the project', () => {
  it.each(SHIPPED)('%s', (file, url, expected, skipped) => {
    const page = readPage(shipped(file), url);
    expectPosts(page.posts, expected);
    expect(page.skipped).toEqual(skipped);
  });

  it('reads only the post on a post page, not its comments (articles nested inside it)', () => {
    const [file, url] = SHIPPED[0] as (typeof SHIPPED)[number];
    expect(readPage(shipped(file), url).found).toBe(1);
  });
});

const SEARCH = measured('facebook/fb-search-posts-loggedin-dark_nivakaran_2025-12.html');

describe('Facebook: saved real pages read from ../shared/fixtures (never copied)', () => {
  it.skipIf(!present(SEARCH))(
    'logged-in search results with placeholder date links (skips when ../shared/fixtures/facebook is absent)',
    () => {
      const page = readPage(SEARCH, 'https://www.facebook.com/search/posts/?q=elon%20musk');
      // Three rendered posts, two virtualised shells. The second rendered post links to nothing
      // that names it (its date link is a placeholder), so it is skipped, not given a guessed id.
      expect(page.found).toBe(5);
      expectPosts(page.posts, [
        // happy-dom's parser drops this post's reactions bar (Chromium keeps it and reads likes: 1,
        // see tests/e2e/sites.test.ts), so its counts are checked there, not here.
        {
          id: '1390415372702099',
          handle: '1605195892',
          starts: 'Set up your business',
          kind: 'post',
          extra: { url: 'https://www.facebook.com/reel/1390415372702099/' },
        },
        {
          id: '9621062074667003',
          handle: '100063942496313',
          starts: 'Starlink Officially Launches',
          counts: { likes: 10, comments: 3, shares: 1 },
          kind: 'post',
          extra: { truncated: true },
        },
      ]);
      expect(page.skipped).toEqual({ 'no id': 1, 'empty placeholder': 2 });
    },
  );
});
