// The X adapter on saved real pages and on a hand-built Indonesian home timeline. Expected
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
import { adapterFor } from './index';

const HOME = 'https://x.com/home';

describe('X: hand-built home timeline in the Indonesian UI', () => {
  const page = readPage(shipped('x/x-home-id.html'), HOME);
  const expected: Expected[] = [
    {
      id: '1861000000000000001',
      handle: 'sari_pekalongan',
      starts: 'Sudah 3 kali ke kantor cabang',
      counts: { replies: 12, reposts: 3, likes: 1234, views: 30142 },
      kind: 'post',
      extra: {
        lang: 'in',
        postedAt: '2026-11-24T07:15:00.000Z',
        url: 'https://x.com/sari_pekalongan/status/1861000000000000001',
        author: { name: 'Sari Pekalongan 🌸', handle: 'sari_pekalongan' },
      },
    },
    {
      id: '1861000000000000002',
      handle: 'tokosehat_id',
      starts: 'Vitamin lengkap untuk keluarga',
      counts: { likes: 4 },
      kind: 'ad',
    },
    {
      id: '1861000000000000003',
      handle: 'rs_harapan',
      starts: 'Mulai Senin, pendaftaran poli',
      counts: { replies: 5, reposts: 40, likes: 98, views: 12000 },
      kind: 'repost',
      extra: { repostedBy: 'budi_kurir' },
    },
    {
      id: '1861000000000000004',
      handle: 'dewi_apt',
      starts: 'Info penting buat yang rutin',
      counts: { replies: 1, reposts: 7, likes: 25, views: 2500 },
      kind: 'quote',
      extra: {
        quoted: {
          postId: '1860000000000000099',
          text: 'Obat program rujuk balik kini bisa diambil di apotek mitra terdekat.',
        },
      },
    },
    {
      id: '1861000000000000005',
      handle: 'pak_rt05',
      starts: 'Warga yang kartunya nonaktif',
      counts: { replies: 2, likes: 9 },
      kind: 'post',
    },
    { id: '1861000000000000006', handle: 'pak_rt05', starts: 'Yang belum sempat', counts: { likes: 4 }, kind: 'reply' },
    {
      id: '1861000000000000007',
      handle: 'ibu_nina',
      starts: 'Pak, kalau fotokopinya',
      counts: { likes: 1 },
      kind: 'reply',
    },
    {
      id: '1861000000000000008',
      handle: 'joko_ojol',
      starts: 'Cerita panjang soal rujukan',
      counts: { replies: 48, reposts: 152, likes: 9812, views: 1503220 },
      kind: 'post',
      extra: { truncated: true },
    },
  ];

  it('reads every post in page order with its kind and counts, and skips the photo-only post', () => {
    expectPosts(page.posts, expected);
    expect(page.found).toBe(9);
    expect(page.skipped).toEqual({ 'no text': 1 });
  });

  it('reads emoji images as characters and links and mentions as their text, inline', () => {
    expect(page.posts[0]?.text).toBe(
      'Sudah 3 kali ke kantor cabang, berkas klaim ibu masih "dalam proses" 😤 tolong dicek @BPJSKesehatanRI detailnya di https://contoh.id/klaim-ibu #JKN',
    );
  });

  it('leaves out what the page does not state: no time on the ad, no truncation or repost on a plain post', () => {
    const [plain, ad] = page.posts;
    expect(ad).not.toHaveProperty('postedAt');
    expect(plain).not.toHaveProperty('truncated');
    expect(plain).not.toHaveProperty('repostedBy');
    expect(plain).not.toHaveProperty('quoted');
    expect(page.posts[4]?.counts).not.toHaveProperty('views');
  });
});

describe('X: status page', () => {
  const cell = (id: string, handle: string, text: string) =>
    `<div data-testid="cellInnerDiv"><article data-testid="tweet"><div data-testid="User-Name"><a href="/${handle}"><span>${handle}</span></a><a href="/${handle}"><span>@${handle}</span></a><a href="/${handle}/status/${id}"><time datetime="2026-11-20T03:00:00.000Z">20 Nov</time></a></div><div data-testid="tweetText" lang="in"><span>${text}</span></div></article></div>`;
  const html = `<main><section>${cell('100', 'penanya', 'Pertanyaan awal')}${cell('101', 'admin_faskes', 'Pos utama di halaman ini')}${cell('102', 'warga_a', 'Balasan pertama')}${cell('103', 'warga_b', 'Balasan kedua')}</section></main>`;

  it('reads the posts after the focal post as its replies, and the one above it as a post', () => {
    const { posts } = readHtml(html, 'https://x.com/admin_faskes/status/101');
    expect(posts.map((p) => [p.postId, p.kind])).toEqual([
      ['100', 'post'],
      ['101', 'post'],
      ['102', 'reply'],
      ['103', 'reply'],
    ]);
  });

  it('reads a tweet without an id or text as a skip reason, never an exception', () => {
    const broken =
      '<article data-testid="tweet"><div data-testid="tweetText">teks tanpa tautan</div></article><article data-testid="tweet"><a href="/a/status/5"><time datetime="x">?</time></a></article>';
    const page = readHtml(broken, HOME);
    expect(page.posts).toEqual([]);
    expect(page.skipped).toEqual({ 'no id': 1, 'no text': 1 });
  });

  it('counts an element that makes the adapter throw as skipped', () => {
    const adapter = adapterFor(new URL(HOME));
    const el = {
      querySelectorAll() {
        throw new TypeError('boom');
      },
      querySelector() {
        throw new TypeError('boom');
      },
    } as unknown as Element;
    expect(adapter?.readPost(el, HOME)).toEqual({ skip: 'error: TypeError' });
  });

  it.each(['Ad', 'Iklan', 'Dipromosikan', 'Dipromosikan oleh Toko Sehat', 'Promoted by Shop'])(
    'reads the label "%s" beside the name as an ad',
    (label) => {
      const ad = `<article data-testid="tweet"><div data-testid="User-Name"><a href="/toko"><span>Toko</span></a><a href="/toko"><span>@toko</span></a></div><div><span>${label}</span></div><a href="/toko/status/42/photo/1">foto</a><div data-testid="tweetText" lang="in"><span>Diskon akhir tahun</span></div></article>`;
      expect(readHtml(ad, HOME).posts.map((p) => [p.postId, p.kind])).toEqual([['42', 'ad']]);
    },
  );

  it('does not take a user whose name is an ad label for an ad', () => {
    const named = `<article data-testid="tweet"><div data-testid="User-Name"><a href="/iklan_id"><span>Iklan</span></a><a href="/iklan_id"><span>@iklan_id</span></a><a href="/iklan_id/status/9"><time datetime="2026-11-20T03:00:00.000Z">20 Nov</time></a></div><div data-testid="tweetText" lang="in"><span>Bukan iklan, cuma nama akun</span></div></article>`;
    expect(readHtml(named, HOME).posts[0]?.kind).toBe('post');
  });

  it('reads markup in a post as text, never as elements', () => {
    const html2 = cell('7', 'iseng', '&lt;img src=x onerror=alert(1)&gt; &lt;b&gt;tebal&lt;/b&gt;');
    expect(readHtml(html2, HOME).posts[0]?.text).toBe('<img src=x onerror=alert(1)> <b>tebal</b>');
  });
});

const SHIPPED: [string, Expected[]][] = [
  [
    'x/x-profile-loggedin-dark_himicos_2025-05.html',
    [
      // A community post: its socialContext names the community, which makes it no repost.
      {
        id: '1927748201039192089',
        handle: '163ba6y',
        starts: '26min to profit:',
        counts: { replies: 4, reposts: 0, likes: 3, views: 98 },
        kind: 'post',
        extra: { lang: 'en', postedAt: '2025-05-28T15:26:01.000Z' },
      },
      {
        id: '1927749506138816741',
        handle: '163ba6y',
        starts: 'meow',
        counts: { replies: 0, reposts: 0, likes: 1, views: 37 },
        kind: 'post',
      },
      {
        id: '1927044674365075899',
        handle: '163ba6y',
        starts: 'I vibe coded',
        counts: { replies: 0, reposts: 0, likes: 1, views: 62 },
        kind: 'post',
      },
      {
        id: '1926116031010902481',
        handle: '163ba6y',
        starts: 'GOOGLE VEO 3',
        counts: { replies: 0, reposts: 0, likes: 0, views: 90 },
        kind: 'post',
      },
      {
        id: '1926002832307569114',
        handle: '163ba6y',
        starts: 'Seen a guy',
        counts: { replies: 0, reposts: 0, likes: 0, views: 41 },
        kind: 'post',
        extra: { postedAt: '2025-05-23T19:50:33.000Z' },
      },
    ],
  ],
  [
    // A long-form Article: no tweetText; the title and body are the text.
    'x/x-status-article-fullpage_defuddle_2026-02.html',
    [
      {
        id: '2013045749580259680',
        handle: 'arscontexta',
        starts: 'obsidian + claude code 101',
        counts: { replies: 76, reposts: 234, likes: 2378, views: 1122900 },
        kind: 'post',
        extra: { postedAt: '2026-01-19T00:28:01.000Z' },
      },
    ],
  ],
  [
    'x/tweetyoink-x-tweet-sample.html',
    [
      {
        id: '1981398750557065646',
        handle: 'TestUser123',
        starts: 'Democrat Shutdown',
        counts: { replies: 48, reposts: 152, likes: 553 },
        kind: 'post',
        extra: { lang: 'en', author: { name: 'Test User Account', handle: 'TestUser123' } },
      },
    ],
  ],
  [
    'x/tweetyoink-x-tweet-quote.html',
    [
      {
        id: '1983130065320780162',
        handle: 'TestQuoter',
        starts: 'This is a quote tweet',
        counts: { replies: 2534, reposts: 4483, likes: 25616, views: 2596467 },
        kind: 'quote',
        extra: {
          quoted: {
            postId: '1983129251856470493',
            text: 'This is the original quoted tweet content that provides important context and information for the conversation',
          },
        },
      },
    ],
  ],
  [
    // The quoted post shows no link of its own here, so its id is absent, not guessed.
    'x/tweetyoink-x-tweet-quote-video.html',
    [
      {
        id: '1983128852952998358',
        handle: 'QuotingUser',
        starts: 'How to share Example.com links',
        counts: { replies: 972, reposts: 2370, likes: 11313, views: 2195266 },
        kind: 'quote',
        extra: {
          quoted: {
            text: 'How to share Example.com links?\n\nTap any heading, hit the link icon, and your link is copied instantly.',
          },
        },
      },
    ],
  ],
];

describe('X: saved real pages shipped with the project', () => {
  it.each(SHIPPED)('%s', (file, expected) => {
    const page = readPage(shipped(file), HOME);
    expectPosts(page.posts, expected);
    expect(page.skipped).toEqual({});
  });

  it('leaves the quoted id out when only the quoting post links to itself', () => {
    const page = readPage(shipped('x/tweetyoink-x-tweet-quote-video.html'), HOME);
    expect(page.posts[0]?.quoted).not.toHaveProperty('postId');
  });
});

const ZH = measured('x/x-profile-loggedin-zhUI_cyohei9907_2025-10.html');

describe('X: saved real pages read from ../shared/fixtures (never copied)', () => {
  it.skipIf(!present(ZH))(
    'Chinese UI profile with reposts and "Show more" (skips when ../shared/fixtures/x is absent)',
    () => {
      const page = readPage(ZH, 'https://x.com/skiinfomation');
      const owner = 'skiinfomation';
      expectPosts(page.posts, [
        {
          id: '1982977444014620930',
          handle: 'narita_dome',
          starts: '🌏【ドリーム青梅',
          counts: { replies: 0, reposts: 6, likes: 24, views: 5958 },
          kind: 'repost',
          extra: { truncated: true, lang: 'ja', repostedBy: owner },
        },
        {
          id: '1982970378755748177',
          handle: owner,
          starts: '栂池自然園でも',
          counts: { replies: 0, reposts: 2, likes: 57, views: 5524 },
          kind: 'post',
        },
        {
          id: '1982852191896646082',
          handle: 'Titaniumanai',
          starts: '中山峠、夏タイヤ',
          counts: { replies: 11, reposts: 246, likes: 1965, views: 81802 },
          kind: 'repost',
          extra: { repostedBy: owner },
        },
        {
          id: '1982961393143042311',
          handle: 'snowtownYeti',
          starts: '本日10/28',
          counts: { replies: 0, reposts: 6, likes: 33, views: 9194 },
          kind: 'repost',
          extra: { truncated: true, repostedBy: owner },
        },
        {
          id: '1982959149119058253',
          handle: owner,
          starts: 'ニセコアンヌプリ',
          counts: { replies: 0, reposts: 0, likes: 41, views: 5256 },
          kind: 'post',
        },
        {
          id: '1982957870456156597',
          handle: owner,
          starts: '立山は2000m',
          counts: { replies: 0, reposts: 3, likes: 78, views: 5427 },
          kind: 'post',
        },
        {
          id: '1982949937500565723',
          handle: 'ontakeskijo',
          starts: 'ありがとうございます',
          counts: { replies: 1, reposts: 1, likes: 3, views: 4584 },
          kind: 'repost',
          extra: { repostedBy: owner },
        },
        {
          id: '1982927641029312835',
          handle: 'norikura_org',
          starts: '【乗鞍大雪渓WebSite】',
          counts: { replies: 1, reposts: 189, likes: 665, views: 30828 },
          kind: 'repost',
          extra: { repostedBy: owner },
        },
        {
          id: '1982932837239284109',
          handle: owner,
          starts: 'こちらは蝶ヶ岳',
          counts: { replies: 0, reposts: 3, likes: 41, views: 6105 },
          kind: 'post',
        },
        {
          id: '1982931012901580941',
          handle: owner,
          starts: 'こちらは北海道',
          counts: { replies: 0, reposts: 1, likes: 46, views: 6446 },
          kind: 'post',
          extra: { postedAt: '2025-10-27T22:02:49.000Z' },
        },
      ]);
      expect(page.posts.filter((p) => p.truncated)).toHaveLength(2);
    },
  );
});

describe('X: a quote post that lost parts of its markup (found by fuzzing)', () => {
  const ownName =
    '<div data-testid="User-Name"><a href="/quoter">Quoter</a><a href="/quoter/status/111"><time datetime="2026-11-25T01:00:00.000Z">1j</time></a></div>';
  const quotedName = '<div data-testid="User-Name"><span>Original</span><span>@original</span></div>';
  const quoteBox = (role: boolean, name: boolean) =>
    `<div ${role ? 'role="link"' : ''}><div>${name ? quotedName : ''}<div data-testid="tweetText"><span>isi kutipan asli</span></div><a href="/original/status/222/photo/1">foto</a></div></div>`;
  const post = (head: string, box: string) =>
    `<article data-testid="tweet"><div>${head}<div data-testid="tweetText"><span>komentar saya soal ini</span></div>${box}<a href="/quoter/status/111/analytics">stat</a></div></article>`;

  it('knows the quote box by its role and text when the quoted name is gone', () => {
    const { posts } = readHtml(post(ownName, quoteBox(true, false)), HOME);
    expect(posts[0]).toMatchObject({ postId: '111', kind: 'quote' });
  });

  it('never takes the quoted id when the post lost its own name and the box its role', () => {
    const { posts, skipped } = readHtml(post('', quoteBox(false, true)), HOME);
    // The one name left follows the post's text: it is the quoted post's, and its links are too.
    expect(posts.map((p) => p.postId)).not.toContain('222');
    expect(posts.length + (skipped['no id'] ?? 0)).toBe(1);
  });
});
