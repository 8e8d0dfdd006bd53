// Renders the demo posts in the real page structure of each site (the hooks the site
// adapters read: data-testid on X, roles and data-ad-* on Facebook, article on Instagram),
// in the sites' Indonesian UI, styled by demo/styles.ts so that the demo looks like the sites
// and a badge is seen (or not) as it would be there. Text is escaped: the posts are data, not markup.
import { avatarColour, icon } from './icons';
import type { DemoPost } from './posts';
import { FACEBOOK_CSS, INSTAGRAM_CSS, X_CSS } from './styles';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const page = (lang: string, title: string, body: string, css: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title><style>${css}</style></head><body>${body}</body></html>`;
const idOf = (i: number) => String(1860000000000000000n + BigInt(i));
const when = (i: number) => new Date(Date.UTC(2026, 10, 24, 9, 0) - i * 37 * 60_000).toISOString();
const initial = (p: DemoPost) => esc([...p.name][0] ?? '?');
const count = (n: number) =>
  n >= 1000 ? `${(n / 1000).toFixed(1).replace('.', ',').replace(',0', '')} rb` : String(n);

/**
 * X places each timeline cell with a transform in a container as tall as the list, measuring
 * the cells as they render and again whenever one changes size: this script does the same.
 */
const X_VIRTUAL_LIST = `<script>(() => {
  const list = document.querySelector('.x-virtual');
  const layout = () => {
    let y = 0;
    for (const cell of list.children) { cell.style.transform = 'translateY(' + y + 'px)'; y += cell.offsetHeight; }
    list.style.height = y + 'px';
  };
  const watch = new ResizeObserver(layout);
  for (const cell of list.children) watch.observe(cell);
  layout();
})();</script>`;

export function xHome(posts: DemoPost[]): string {
  const cells = posts.map((p, i) => {
    const promoted = p.ad ? `<div class="x-ad-line"><span>Dipromosikan</span></div>` : '';
    return `<div data-testid="cellInnerDiv"><div><article data-testid="tweet" role="article" tabindex="0" class="x-tweet"><div class="x-col">
<div class="x-row"><div class="x-avatar"><div data-testid="Tweet-User-Avatar"><a href="/${p.handle}" role="link" aria-hidden="true" tabindex="-1" class="x-av" style="background:${avatarColour(p.handle)}">${initial(p)}</a></div></div>
<div class="x-body"><div class="x-head"><div data-testid="User-Name"><a href="/${p.handle}" role="link" class="x-name"><span>${esc(p.name)}</span></a><a href="/${p.handle}" role="link" class="x-handle" tabindex="-1"><span>@${p.handle}</span></a><span class="x-dot" aria-hidden="true">·</span>
<a href="/${p.handle}/status/${idOf(i)}" role="link" class="x-time"><time datetime="${when(i)}">${i + 1} j</time></a></div>
<div class="x-caret"><button type="button" data-testid="caret" aria-label="Lainnya">${icon.more()}</button></div></div>
<div data-testid="tweetText" lang="${/ the | my | here/.test(p.text) ? 'en' : 'in'}" dir="auto"><span>${esc(p.text)}</span></div>${promoted}
<div role="group" aria-label="${p.replies} balasan, ${p.reposts} posting ulang, ${p.likes} suka" class="x-actions"><button data-testid="reply" aria-label="${p.replies} Balasan. Balas">${icon.reply()}<span>${count(p.replies)}</span></button><button data-testid="retweet" aria-label="${p.reposts} posting ulang. Posting ulang">${icon.repost()}<span>${count(p.reposts)}</span></button><button data-testid="like" aria-label="${p.likes} Suka. Suka">${icon.like()}<span>${count(p.likes)}</span></button><button aria-label="Bagikan">${icon.share()}</button></div>
</div></div></div></article></div></div>`;
  });
  const nav = ['Beranda', 'Jelajahi', 'Notifikasi', 'Pesan', 'Markah', 'Profil'].map((n) => `<a href="/">${n}</a>`);
  const trends = ['#JKNMobile', 'Timnas', 'Cuci darah', 'Tol dalam kota']
    .map(
      (t, i) =>
        `<div><small>Sedang tren di Indonesia</small><b>${t}</b><small>${(i + 2) * 3},${i} rb postingan</small></div>`,
    )
    .join('');
  return page(
    'id',
    'Beranda / X',
    `<div class="x-app"><header role="banner" class="x-nav"><div class="x-logo">𝕏</div>${nav.join('')}<div class="x-post">Posting</div></header>
<main role="main" class="x-main"><div data-testid="primaryColumn"><div class="x-top"><h1 id="tl">Beranda</h1><div class="x-tabs"><span class="on">Untuk Anda</span><span>Mengikuti</span></div></div>
<section aria-labelledby="tl"><div aria-label="Linimasa: Linimasa Beranda Anda"><div class="x-virtual">${cells.join('')}</div></div></section></div></main>
<div class="x-side"><div class="x-search">Cari</div><div class="x-box"><h2>Yang sedang terjadi</h2>${trends}</div></div></div>${X_VIRTUAL_LIST}`,
    X_CSS,
  );
}

export function facebookFeed(posts: DemoPost[]): string {
  const units = posts.map((p, i) => {
    const sponsored = p.ad ? '<a href="/ads/about/?entry_product=ad_preferences"><span>Bersponsor</span></a> · ' : '';
    const media = i % 4 === 1 ? `<div class="fb-media" style="background:${avatarColour(`${p.handle}!`)}"></div>` : '';
    return `<div aria-posinset="${i + 1}" aria-setsize="${posts.length}" class="fb-unit"><div role="article" aria-labelledby="h${i}" class="fb-card">
<div class="fb-head"><a href="https://www.facebook.com/${p.handle}" aria-hidden="true" tabindex="-1"><div class="fb-av" style="background:${avatarColour(p.handle)}">${initial(p)}</div></a>
<div class="fb-who"><div data-ad-rendering-role="profile_name"><h3 id="h${i}"><a href="https://www.facebook.com/${p.handle}">${esc(p.name)}</a></h3></div>
<div class="fb-meta">${sponsored}<a href="https://www.facebook.com/${p.handle}/posts/pfbid0${idOf(i)}" aria-label="24 November pukul 09.00"><span>${i + 1} jam</span></a> · ${icon.globe()}</div></div>
<div class="fb-tools"><button type="button" aria-label="Tindakan untuk postingan ini" aria-haspopup="menu">${icon.more()}</button><button type="button" aria-label="Sembunyikan postingan">${icon.close()}</button></div></div>
<div data-ad-rendering-role="story_message"><div data-ad-comet-preview="message" data-ad-preview="message"><div dir="auto">${esc(p.text)}</div></div></div>${media}
<div class="fb-counts"><div class="fb-react"><span aria-label="Lihat siapa yang menanggapi ini" role="toolbar"><span><div aria-label="Suka: ${p.likes} orang" role="button"></div></span></span><div role="button"><div class="fb-react-sum">Semua reaksi:</div><span aria-hidden="true"><span>${p.likes}</span></span></div></div>
<div><div role="button"><span>${p.replies} komentar</span></div><div role="button"><span>${p.reposts} kali dibagikan</span></div></div></div>
<div class="fb-buttons"><div data-ad-rendering-role="like_button">${icon.like()}<span>Suka</span></div><div data-ad-rendering-role="comment_button">${icon.reply()}<span>Komentari</span></div><div data-ad-rendering-role="share_button">${icon.share()}<span>Bagikan</span></div></div>
</div></div>`;
  });
  const left = ['Beranda', 'Teman', 'Grup', 'Marketplace', 'Video', 'Tersimpan'].map((n) => `<a href="/">${n}</a>`);
  return page(
    'id',
    'Facebook',
    `<div role="banner" class="fb-bar"><div class="fb-logo">f</div><div class="fb-search">Cari di Facebook</div></div>
<div class="fb-page"><div role="navigation" class="fb-left">${left.join('')}</div><div role="main"><div role="feed">${units.join('')}</div></div></div>`,
    FACEBOOK_CSS,
  );
}

export function instagramHome(posts: DemoPost[]): string {
  const articles = posts.map((p, i) => {
    const code = `DEMO${i.toString(36).toUpperCase()}x${p.handle.slice(0, 4)}`;
    const label = p.ad ? '<div class="ig-sub"><span>Bersponsor</span></div>' : '';
    const tint = `linear-gradient(135deg, ${avatarColour(p.handle)}, ${avatarColour(`${p.name}~`)})`;
    return `<article role="presentation" class="ig-post"><div>
<header><div class="ig-av" style="background:${avatarColour(p.handle)}" aria-hidden="true">${initial(p)}</div><div style="flex:1;min-width:0"><div class="ig-who"><a href="/${p.handle}/" role="link" class="ig-handle"><span>${p.handle}</span></a><span class="ig-dot" aria-hidden="true">•</span>
<a href="/p/${code}/" role="link"><time datetime="${when(i)}" title="24 Nov 2026">${i + 1} j</time></a></div>${label}</div><button type="button" class="ig-more" aria-label="Opsi lainnya">${icon.more()}</button></header>
<div class="ig-media" style="background:${tint}" role="img" aria-label="Foto oleh ${esc(p.name)}"></div>
<section class="ig-actions">${icon.like('Suka')}${icon.comment('Komentar')}${icon.share('Bagikan')}<span class="ig-save">${icon.save('Simpan')}</span></section>
<section><span class="ig-likes">${p.likes} suka</span></section>
<div class="ig-caption"><span><a href="/${p.handle}/">${p.handle}</a> <span dir="auto">${esc(p.text)}</span></span></div>
<div class="ig-comments"><a href="/p/${code}/comments/"><span>Lihat semua ${p.replies} komentar</span></a></div></div></article>`;
  });
  const nav = ['Beranda', 'Cari', 'Jelajahi', 'Reels', 'Pesan', 'Notifikasi', 'Profil'].map(
    (n) => `<a href="/">${n}</a>`,
  );
  const stories = Array.from({ length: 7 }, () => '<span></span>').join('');
  return page(
    'id',
    'Instagram',
    `<div class="ig-nav" role="navigation"><div class="ig-logo">Instagram</div>${nav.join('')}</div>
<main role="main" class="ig-main"><div class="ig-feed"><div class="ig-stories" aria-hidden="true">${stories}</div>${articles.join('')}</div></main>`,
    INSTAGRAM_CSS,
  );
}
