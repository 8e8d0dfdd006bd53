// A Facebook-like feed for benches: aria-posinset units in Facebook's Comet structure
// (profile_name, a /posts/<id> date link, story_message, reactions toolbar, comment count),
// as in tests/fixtures/facebook/fb-feed-id.html (see feed-page.ts).
import { type FeedMarkup, feedPage } from './feed-page';

const FB_MARKUP: FeedMarkup = {
  style: '[aria-posinset]{min-height:240px;border-bottom:1px solid #ddd;padding:8px}',
  body: '<div role="main"><div><h3 dir="auto">Kabar Beranda</h3><div role="feed" id="tl"></div></div></div>',
  cell: `function cell(i) {
  const id = String(3300000000000000000n + BigInt(i));
  const who = 'https://www.facebook.com/warga.' + i;
  const c = document.createElement('div');
  c.setAttribute('aria-posinset', String(i + 1));
  c.innerHTML = '<div data-virtualized="false"><div data-ad-rendering-role="profile_name"><h4><span><a href="' + who + '" role="link"><strong><span>Warga ' + i + '</span></strong></a></span></h4></div>'
    + '<div><span><a href="' + who + '/posts/' + id + '" role="link"><span>2 j</span></a></span></div>'
    + '<div dir="auto"><div data-ad-rendering-role="story_message"><div data-ad-preview="message"><div dir="auto"></div></div></div></div>'
    + '<div><span aria-label="Lihat siapa yang menanggapi ini" role="toolbar"><span><div aria-label="Suka: ' + (i * 3 % 400) + ' orang" role="button"></div></span></span>'
    + '<div><span><div role="button"><span dir="auto"><span>' + (i % 50) + ' komentar</span></span></div></span></div></div></div>';
  c.querySelector('[data-ad-preview=message] [dir=auto]').textContent = SAMPLES[i % SAMPLES.length] + ' #' + i;
  return c;
}`,
};

export function fbFeedPage(total: number, step: number, keepMeasures = true): string {
  return feedPage(FB_MARKUP, total, step, keepMeasures);
}
