// @vitest-environment happy-dom
// The feed watcher in a DOM: posts on screen are read once per post key, again when the site
// reuses the node for another post or fills an empty placeholder while it is on screen, and
// not again when only Simak's own badge is added.
import { afterEach, describe, expect, it } from 'vitest';
import type { Post } from '../core/types';
import { adapterFor } from '../sites';
import type { SiteAdapter } from '../sites/types';
import { FeedWatcher } from './feed-watcher';

/** Stands in for the browser's IntersectionObserver: the test says what is on screen. */
class FakeIntersectionObserver {
  static current: FakeIntersectionObserver | undefined;
  readonly observed = new Set<Element>();
  constructor(private readonly callback: (entries: Partial<IntersectionObserverEntry>[]) => void) {
    FakeIntersectionObserver.current = this;
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  disconnect() {
    this.observed.clear();
  }
  show(el: Element, isIntersecting = true) {
    this.callback([{ target: el, isIntersecting, time: performance.now() }]);
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
// What must happen is polled for, not timed: a busy machine may take longer than one settle.
// A settle stays only before asserting that something did NOT happen.
const POLL = { timeout: 10_000, interval: 25 };

function tweet(id: string, text: string): string {
  return `<a href="/warga/status/${id}"><time datetime="2026-11-20T03:00:00.000Z">20 Nov</time></a><div data-testid="tweetText" lang="in">${text}</div>`;
}

function watch(adapter: SiteAdapter) {
  const reported: Post[] = [];
  const reads: string[] = [];
  const counting: SiteAdapter = {
    ...adapter,
    readPost(el, url) {
      const result = adapter.readPost(el, url);
      reads.push('post' in result ? result.post.postId : result.skip);
      return result;
    },
  };
  const watcher = new FeedWatcher({
    adapter: counting,
    root: document,
    onVisible: (batch) => reported.push(...batch.map((b) => b.post)),
  });
  return { watcher, reported, reads };
}

describe('FeedWatcher', () => {
  let watcher: FeedWatcher | undefined;
  afterEach(() => {
    watcher?.stop();
    document.body.innerHTML = '';
  });

  it('reads a recycled post node again when it now shows another post, while on screen', async () => {
    (globalThis as Record<string, unknown>).IntersectionObserver = FakeIntersectionObserver;
    document.body.innerHTML = `<div data-testid="cellInnerDiv"><article data-testid="tweet">${tweet('1', 'Pertama')}</article></div>`;
    const run = watch(adapterFor(new URL('https://x.com/home')) as SiteAdapter);
    watcher = run.watcher;
    watcher.start();
    await settle();
    const article = document.querySelector('article') as Element;
    FakeIntersectionObserver.current?.show(article);
    await expect.poll(() => run.reported.map((p) => p.postId), POLL).toEqual(['1']);

    // The site reuses the node: same element, another post, still on screen.
    article.innerHTML = tweet('2', 'Kedua');
    await expect.poll(() => run.reported.map((p) => p.postId), POLL).toEqual(['1', '2']);
  });

  it('reads a placeholder that is filled while on screen, and not again for its own badge', async () => {
    (globalThis as Record<string, unknown>).IntersectionObserver = FakeIntersectionObserver;
    document.body.innerHTML = '<div role="feed"><div aria-posinset="1"><div data-virtualized="true"></div></div></div>';
    const run = watch(adapterFor(new URL('https://www.facebook.com/')) as SiteAdapter);
    watcher = run.watcher;
    watcher.start();
    await settle();
    const unit = document.querySelector('[aria-posinset]') as Element;
    FakeIntersectionObserver.current?.show(unit);
    await expect.poll(() => run.reads, POLL).toEqual(['empty placeholder']);

    unit.innerHTML =
      '<a href="https://www.facebook.com/warga/posts/123">1 jam</a><div data-ad-rendering-role="story_message"><div dir="auto">Antrean panjang lagi hari ini</div></div>';
    await expect.poll(() => run.reported.map((p) => p.postId), POLL).toEqual(['123']);
    const readsBefore = run.reads.length;

    const badge = document.createElement('div');
    badge.setAttribute('data-simak-badge', '');
    unit.prepend(badge);
    await settle();
    expect(run.reads).toHaveLength(readsBefore);
  });

  it('reports a post again when the worker did not answer for it, and only once it answers', async () => {
    (globalThis as Record<string, unknown>).IntersectionObserver = FakeIntersectionObserver;
    document.body.innerHTML = `<div data-testid="cellInnerDiv"><article data-testid="tweet">${tweet('7', 'Antri lama')}</article></div>`;
    const sent: string[] = [];
    let workerUp = false;
    const w: FeedWatcher = new FeedWatcher({
      adapter: adapterFor(new URL('https://x.com/home')) as SiteAdapter,
      root: document,
      onVisible: (batch) => {
        sent.push(...batch.map((b) => b.post.postId));
        if (workerUp) w.answered();
        else w.retry(batch);
      },
    });
    watcher = w;
    w.start();
    await settle();
    FakeIntersectionObserver.current?.show(document.querySelector('article') as Element);
    await expect.poll(() => sent, POLL).toEqual(['7']);
    workerUp = true;
    // The retry comes after a 1 s back-off: waited for, not timed (a busy machine runs it late).
    await expect.poll(() => sent, { timeout: 10_000 }).toEqual(['7', '7']);
    // Answered now: no third report.
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(sent).toEqual(['7', '7']);
  }, 20_000); // waits out real back-off timers (over 2.5 s), later still on a busy machine
});
