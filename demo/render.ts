// Renders the demo posts in the real page structure of each site (the hooks the site
// adapters read: data-testid on X, roles and data-ad-* on Facebook, article on Instagram),
// in the sites' Indonesian UI. Text is escaped: the posts are data, not markup.
import type { DemoPost } from './posts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const page = (lang: string, body: string, css: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>body{margin:0;font:15px/1.4 system-ui;background:#f0f2f5}${css}</style></head><body>${body}</body></html>`;
const idOf = (i: number) => String(1860000000000000000n + BigInt(i));
const when = (i: number) => new Date(Date.UTC(2026, 10, 24, 9, 0) - i * 37 * 60_000).toISOString();

export function xHome(posts: DemoPost[]): string {
  const cells = posts.map((p, i) => {
    const social = p.ad ? '<div><span>Dipromosikan</span></div>' : '';
    return `<div data-testid="cellInnerDiv"><article data-testid="tweet" role="article" tabindex="0">
<div data-testid="User-Name"><a href="/${p.handle}" role="link"><span>${esc(p.name)}</span></a><a href="/${p.handle}" role="link"><span>@${p.handle}</span></a>
<a href="/${p.handle}/status/${idOf(i)}" role="link"><time datetime="${when(i)}">${i + 1} j</time></a></div>
<div data-testid="tweetText" lang="${/ the | my | here/.test(p.text) ? 'en' : 'in'}"><span>${esc(p.text)}</span></div>${social}
<div role="group" aria-label="${p.replies} balasan, ${p.reposts} posting ulang, ${p.likes} suka"><button data-testid="reply" aria-label="${p.replies} Balasan. Balas"></button><button data-testid="retweet" aria-label="${p.reposts} posting ulang. Posting ulang"></button><button data-testid="like" aria-label="${p.likes} Suka. Suka"></button></div>
</article></div>`;
  });
  return page(
    'id',
    `<main role="main"><div data-testid="primaryColumn" style="max-width:600px;margin:auto;background:#fff"><section aria-labelledby="tl"><h1 id="tl">Beranda</h1><div aria-label="Linimasa: Linimasa Beranda Anda"><div>${cells.join('')}</div></div></section></div></main>`,
    '[data-testid=cellInnerDiv]{border-bottom:1px solid #eee;padding:12px 16px;min-height:120px}',
  );
}

export function facebookFeed(posts: DemoPost[]): string {
  const units = posts.map((p, i) => {
    const sponsored = p.ad ? '<a href="/ads/about/?entry_product=ad_preferences"><span>Bersponsor</span></a>' : '';
    return `<div aria-posinset="${i + 1}" aria-setsize="${posts.length}" class="unit"><div role="article" aria-labelledby="h${i}">
<div data-ad-rendering-role="profile_name"><h3 id="h${i}"><a href="https://www.facebook.com/${p.handle}">${esc(p.name)}</a></h3></div>
<div>${sponsored}<a href="https://www.facebook.com/${p.handle}/posts/pfbid0${idOf(i)}" aria-label="24 November pukul 09.00"><span>${i + 1} jam</span></a></div>
<div data-ad-rendering-role="story_message"><div data-ad-comet-preview="message" data-ad-preview="message"><div dir="auto">${esc(p.text)}</div></div></div>
<div><span aria-label="Lihat siapa yang menanggapi ini" role="toolbar"><span><div aria-label="Suka: ${p.likes} orang" role="button"></div></span></span><div role="button"><div>Semua reaksi:</div><span aria-hidden="true"><span>${p.likes}</span></span></div><div role="button"><span>${p.replies} komentar</span></div><div role="button"><span>${p.reposts} kali dibagikan</span></div></div>
<div data-ad-rendering-role="like_button"><span>Suka</span></div><div data-ad-rendering-role="comment_button"><span>Komentari</span></div><div data-ad-rendering-role="share_button"><span>Bagikan</span></div>
</div></div>`;
  });
  return page(
    'id',
    `<div role="main"><div role="feed" style="max-width:600px;margin:auto">${units.join('')}</div></div>`,
    '.unit{background:#fff;border-radius:8px;margin:12px 0;padding:12px 16px;min-height:140px}',
  );
}

export function instagramHome(posts: DemoPost[]): string {
  const articles = posts.map((p, i) => {
    const code = `DEMO${i.toString(36).toUpperCase()}x${p.handle.slice(0, 4)}`;
    const label = p.ad ? '<span>Bersponsor</span>' : '';
    return `<article role="presentation"><div><header><a href="/${p.handle}/" role="link"><span>${p.handle}</span></a>${label}
<a href="/p/${code}/" role="link"><time datetime="${when(i)}" title="24 Nov 2026">${i + 1} j</time></a></header>
<div style="height:160px;background:#ddd" role="img" aria-label="Foto oleh ${esc(p.name)}"></div>
<section><span>${p.likes} suka</span></section>
<div><span><a href="/${p.handle}/">${p.handle}</a> <span dir="auto">${esc(p.text)}</span></span></div>
<div><a href="/p/${code}/comments/"><span>Lihat semua ${p.replies} komentar</span></a></div></div></article>`;
  });
  return page(
    'id',
    `<main role="main"><div style="max-width:470px;margin:auto">${articles.join('')}</div></main>`,
    'article{background:#fff;margin:16px 0;padding:8px 12px;border:1px solid #dbdbdb}',
  );
}
