// @vitest-environment happy-dom
// A page with thousands of posts on screen at once: the watcher reads them in slices of at
// most SLICE_MS and yields to the page between slices, and still reports every post once.
// The clock is simulated (each read "takes" 1 ms), so the test does not depend on this machine.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adapterFor } from '../sites';
import type { SiteAdapter } from '../sites/types';
import { FeedWatcher } from './feed-watcher';
import { SLICE_MS } from './slice-queue';

class NoIntersectionObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

function tweets(count: number): string {
  let html = '';
  for (let i = 0; i < count; i++) {
    html += `<div data-testid="cellInnerDiv"><article data-testid="tweet"><a href="/warga/status/${1000 + i}"><time datetime="2026-11-20T03:00:00.000Z">20 Nov</time></a><div data-testid="tweetText" lang="in">Antri ${i}</div></article></div>`;
  }
  return html;
}

describe('FeedWatcher with many posts at once', () => {
  let watcher: FeedWatcher | undefined;
  afterEach(() => {
    watcher?.stop();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('reads them in slices that yield in between, and reports each post once', async () => {
    (globalThis as Record<string, unknown>).IntersectionObserver = NoIntersectionObserver;
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://x.com/home');
    document.body.innerHTML = tweets(300);
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const adapter = adapterFor(new URL('https://x.com/home')) as SiteAdapter;
    /** How much simulated time each turn of the event loop spent reading, by turn. */
    const readsPerTurn: number[] = [];
    let turnOpen = false;
    const batches: number[] = [];
    const reported = new Set<string>();
    let total = 0;
    let done: () => void = () => {};
    const allReported = new Promise<void>((resolve) => {
      done = resolve;
    });
    watcher = new FeedWatcher({
      adapter: {
        ...adapter,
        readPost(el, url) {
          clock += 1; // each read costs 1 ms of simulated time
          if (!turnOpen) {
            turnOpen = true;
            readsPerTurn.push(0);
            // Closes the turn when the task ends: anything after this is a later turn.
            queueMicrotask(() => {
              turnOpen = false;
            });
          }
          readsPerTurn[readsPerTurn.length - 1] = (readsPerTurn.at(-1) ?? 0) + 1;
          return adapter.readPost(el, url);
        },
      },
      root: document,
      reportAll: true,
      onVisible: (batch) => {
        batches.push(batch.length);
        for (const b of batch) reported.add(b.post.postId);
        total += batch.length;
        if (reported.size === 300) done();
      },
    });
    watcher.start();
    await allReported;
    expect(total).toBe(300);
    expect(batches.length).toBeGreaterThanOrEqual(Math.ceil(300 / (SLICE_MS + 1)));
    // No turn read more than a slice's worth (the read that crosses the line ends it).
    expect(Math.max(...readsPerTurn)).toBeLessThanOrEqual(SLICE_MS + 1);
  });
});
