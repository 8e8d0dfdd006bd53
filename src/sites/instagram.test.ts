// The Instagram adapter on a hand-built Indonesian home feed and on saved real post pages
// (read from ../shared/fixtures, never copied: they carry no licence).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectPosts, measured, present, readHtml, readPage, shipped } from '../../tests/support/read-page';

describe('Instagram: hand-built home feed in the Indonesian UI', () => {
  const page = readPage(shipped('instagram/ig-home-id.html'), 'https://www.instagram.com/');

  it('reads each article: caption, counts from the action bar or the text lines, Bersponsor as an ad', () => {
    expectPosts(page.posts, [
      {
        id: 'DAbc123XyZ1',
        handle: 'kedai_bu_ani',
        starts: 'Menu baru minggu ini',
        counts: { likes: 1234, comments: 56 },
        kind: 'post',
        extra: { postedAt: '2026-11-23T10:30:00.000Z', url: 'https://www.instagram.com/p/DAbc123XyZ1/' },
      },
      {
        id: 'DAdv456Ad02',
        handle: 'klinik_gigi_senyum',
        starts: 'Promo scaling gigi',
        counts: { likes: 2900 },
        kind: 'ad',
      },
      {
        id: 'DAlong789Cc3',
        handle: 'pak_dokter_rudi',
        starts: 'Lima tanda demam berdarah',
        counts: { likes: 3_400_000, comments: 1200 },
        kind: 'post',
        extra: { truncated: true },
      },
    ]);
    expect(page.found).toBe(4);
    expect(page.skipped).toEqual({ 'no text': 1 });
  });

  it('reads the caption without the name, with emoji, mentions and line breaks, and without "selengkapnya"', () => {
    expect(page.posts[0]?.text).toBe(
      'Menu baru minggu ini: nasi uduk komplit 🍛 cuma 15 ribu! Pesan lewat @ojek_kampung\nBuka jam 6 pagi.',
    );
    expect(page.posts[2]?.text.endsWith('di belakang mata…')).toBe(true);
  });

  it('states no name (Instagram shows the username only) and no time for the ad that shows none', () => {
    expect(page.posts[0]?.author).toEqual({ handle: 'kedai_bu_ani' });
    expect(page.posts[1]).not.toHaveProperty('postedAt');
  });

  it('does not take a comment that says "Bersponsor" for the ad label', () => {
    const html = `<article><div><a href="/warung_kopi/"><span dir="auto">warung_kopi</span></a><a href="/p/DXyz/"><time datetime="2026-11-20T03:00:00.000Z">1 h</time></a></div>
<div><span><a href="/warung_kopi/"><span dir="auto">warung_kopi</span></a></span> <span dir="auto">Kopi susu baru</span></div>
<ul><li><a href="/tetangga/"><span dir="auto">tetangga</span></a> <span dir="auto">Bersponsor</span></li></ul></article>`;
    const { posts } = readHtml(html, 'https://www.instagram.com/');
    expect(posts.map((p) => [p.postId, p.text, p.kind])).toEqual([['DXyz', 'Kopi susu baru', 'post']]);
  });

  it('reads a post opened as a dialog over the feed, beside the feed articles', () => {
    const feed = readPage(shipped('instagram/ig-home-id.html'), 'https://www.instagram.com/');
    const dialog = `<div role="dialog"><div><div><a href="/pak_dokter_rudi/"><img alt=""></a></div>
<ul><li><div><span dir="auto"><div><a href="/pak_dokter_rudi/"><span dir="auto">pak_dokter_rudi</span></a>&nbsp;<span><time datetime="2026-11-22T02:00:00.000Z">2 h</time></span></div><span>Lima tanda demam berdarah yang sering dianggap flu biasa, lengkap.</span></span></div></li>
<li><div><a href="/warga_a/"><span dir="auto">warga_a</span></a><a href="/p/DAlong789Cc3/c/1790000000000001/"><time datetime="2026-11-22T03:00:00.000Z">1 h</time></a></div><span dir="auto">Makasih dok</span></li></ul>
<section><div><span><svg aria-label="Suka"></svg></span><span>3,4 jt</span><span><svg aria-label="Komentar"></svg></span><span>1,2 rb</span></div></section></div></div>`;
    const html = readFileSync(shipped('instagram/ig-home-id.html'), 'utf8').replace('</body>', `${dialog}</body>`);
    const page = readHtml(html, 'https://www.instagram.com/p/DAlong789Cc3/');
    expect(page.found).toBe(feed.found + 1);
    const opened = page.posts[page.posts.length - 1];
    expect(opened).toMatchObject({
      postId: 'DAlong789Cc3',
      author: { handle: 'pak_dokter_rudi' },
      text: 'Lima tanda demam berdarah yang sering dianggap flu biasa, lengkap.',
      counts: { likes: 3_400_000, comments: 1200 },
    });
  });

  it('finds no post on a page that is neither a feed nor a post page', () => {
    expect(readHtml('<main><div>Profil</div></main>', 'https://www.instagram.com/kedai_bu_ani/').found).toBe(0);
  });
});

describe('Instagram: hand-built touch (mobile) feed, the time link at the foot of each post', () => {
  const page = readPage(shipped('instagram/ig-touch-id.html'), 'https://www.instagram.com/');

  it('reads the caption that comes before the time link, on photos, reels and ads', () => {
    expectPosts(page.posts, [
      {
        id: 'DTouch01Ab1',
        handle: 'warung_sehat_id',
        starts: 'Sayur bening bayam',
        counts: { likes: 1024, comments: 12 },
        kind: 'post',
        extra: { postedAt: '2026-11-20T05:15:00.000Z' },
      },
      {
        id: 'DTouchReel02',
        handle: 'ibu_rani_jkn',
        starts: 'Cerita antre rujukan',
        counts: { likes: 5310, comments: 204 },
        kind: 'post',
        extra: { truncated: true, postedAt: '2026-11-19T22:40:00.000Z' },
      },
      { id: 'DTouchAd003', handle: 'apotek_keluarga', starts: 'Vitamin C 1000 mg', counts: { likes: 870 }, kind: 'ad' },
    ]);
    expect(page.found).toBe(4);
    expect(page.skipped).toEqual({ 'no text': 1 });
  });

  it('reads the whole caption and nothing of the top bar ("Ikuti") or the time ("yang lalu")', () => {
    expect(page.posts.map((p) => p.text)).toEqual([
      'Sayur bening bayam buat makan siang 🥬 murah dan sehat. Resep lengkap di highlight ya!',
      'Cerita antre rujukan anak saya di RS kemarin, dari pagi sampai sore baru dapat kamar. Semoga…',
      'Vitamin C 1000 mg beli 1 gratis 1 sampai akhir bulan.',
    ]);
  });
});

const POST = measured('instagram/ig-post-permalink-loggedin-ptBR_PET-Social-Media-Observatory_2025-11.html');
const REEL = measured('instagram/ig-reel-permalink-loggedout-desktop_anurraggg_2025.html');

describe('Instagram: saved real post pages read from ../shared/fixtures (never copied)', () => {
  it.skipIf(!present(POST))(
    'logged-in /p/ page in the Portuguese UI, no <article> (skips when ../shared/fixtures/instagram is absent)',
    () => {
      const page = readPage(POST, 'https://www.instagram.com/thenews.cc/p/DRQcDGdF956/');
      expectPosts(page.posts, [
        {
          id: 'DRQcDGdF956',
          handle: 'thenews.cc',
          starts: '🐲 REVOLTA RELIGIOSA.',
          counts: { likes: 11_700, comments: 1100 },
          kind: 'post',
          extra: { postedAt: '2025-11-19T23:41:42.000Z' },
        },
      ]);
    },
  );

  it.skipIf(!present(REEL))(
    'logged-out /reel/ page with "Paid partnership" (skips when ../shared/fixtures/instagram is absent)',
    () => {
      const page = readPage(REEL, 'https://www.instagram.com/reel/DM5F3Vzq6TN/');
      expectPosts(page.posts, [
        {
          id: 'DM5F3Vzq6TN',
          handle: 'rashi_varaiya',
          starts: 'Cash is cool',
          counts: { likes: 493, comments: 17 },
          kind: 'ad',
          extra: { postedAt: '2025-08-03T12:02:00.000Z' },
        },
      ]);
      // The caption ends with its hashtags; the comments below it are not part of it.
      expect(page.posts[0]?.text.endsWith('#ad')).toBe(true);
    },
  );
});
