// @vitest-environment happy-dom
// X is a single-page app: going from the feed to the direct messages does not reload the
// content script. The watcher must notice the page and stop reading there.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adapterFor } from '../sites';
import type { SiteAdapter } from '../sites/types';
import { FeedWatcher } from './feed-watcher';

class NoIntersectionObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
// What must happen is waited for, not timed: a busy machine may take longer than 150 ms.
const eventually = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 25 });

function addTweet(id: string): void {
  const cell = document.createElement('div');
  cell.innerHTML = `<article data-testid="tweet"><a href="/warga/status/${id}"><time datetime="2026-11-20T03:00:00.000Z">20 Nov</time></a><div data-testid="tweetText" lang="in">Antri lama ${id}</div></article>`;
  document.body.append(cell);
}

describe('FeedWatcher on pages Simak skips', () => {
  let watcher: FeedWatcher | undefined;
  afterEach(() => {
    watcher?.stop();
    document.body.innerHTML = '';
  });

  it('stops reading after in-app navigation to the messages, and reads again back on the feed', async () => {
    (globalThis as Record<string, unknown>).IntersectionObserver = NoIntersectionObserver;
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://x.com/home');
    const adapter = adapterFor(new URL(location.href)) as SiteAdapter;
    const reads: string[] = [];
    const reported: string[] = [];
    watcher = new FeedWatcher({
      adapter: {
        ...adapter,
        readPost(el, url) {
          const result = adapter.readPost(el, url);
          reads.push('post' in result ? result.post.postId : result.skip);
          return result;
        },
      },
      root: document,
      reportAll: true,
      onVisible: (batch) => reported.push(...batch.map((b) => b.post.postId)),
    });
    addTweet('1');
    watcher.start();
    await eventually(() => expect(reported).toEqual(['1']));

    history.pushState({}, '', '/messages/123-456');
    addTweet('2');
    await settle(); // nothing may be read here: a settle, since absence cannot be polled for
    expect(reads).toEqual(['1']);
    expect(reported).toEqual(['1']);

    history.pushState({}, '', '/home');
    addTweet('3');
    await eventually(() => expect(reported).toContain('3'));
  });
});
