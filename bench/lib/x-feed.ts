// An X-like feed for benches: cellInnerDiv cells in X's structure (see feed-page.ts).
import { type FeedMarkup, feedPage } from './feed-page';

export { type Measure, percentile } from './feed-page';

export const X_MARKUP: FeedMarkup = {
  style: '[data-testid=cellInnerDiv]{min-height:180px;border-bottom:1px solid #ddd;padding:8px}',
  body: '<main><div data-testid="primaryColumn"><section><h1>Beranda</h1><div aria-label="Linimasa: Beranda" id="tl"></div></section></div></main>',
  cell: `function cell(i) {
  const id = String(1800000000000000000n + BigInt(i));
  const c = document.createElement('div');
  c.dataset.testid = 'cellInnerDiv';
  c.innerHTML = '<article data-testid="tweet" role="article" tabindex="0"><div data-testid="User-Name">'
    + '<a href="/warga' + i + '"><span>Warga ' + i + '</span></a><a href="/warga' + i + '"><span>@warga' + i + '</span></a>'
    + '<a href="/warga' + i + '/status/' + id + '"><time datetime="2026-11-20T03:00:00.000Z">20 Nov</time></a></div>'
    + '<div data-testid="tweetText" lang="in"></div>'
    + '<div role="group" aria-label="' + (i % 50) + ' balasan, ' + (i % 7) + ' posting ulang, ' + (i * 3 % 400) + ' suka, ' + (i * 37) + ' tayangan"></div></article>';
  c.querySelector('[data-testid=tweetText]').textContent = SAMPLES[i % SAMPLES.length] + ' #' + i;
  return c;
}`,
};

/** `keepMeasures`: keep every simak:* entry (short benches); else only running totals (soak). */
export function xFeedPage(total: number, step: number, keepMeasures = true, maxMounted = 120): string {
  return feedPage(X_MARKUP, total, step, keepMeasures, maxMounted);
}
