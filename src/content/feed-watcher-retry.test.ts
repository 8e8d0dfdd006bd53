// @vitest-environment happy-dom
// The feed watcher reports each post once, and again when its report got no answer (the
// worker was stopped): otherwise that post would never get its badge.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SiteAdapter } from '../sites/types';
import { FeedWatcher, type VisiblePost } from './feed-watcher';

const adapter: SiteAdapter = {
  site: 'x',
  matches: () => true,
  findPostElements: (root) => [...root.querySelectorAll('article')],
  readPost: (el) => {
    const id = el.getAttribute('data-id') ?? '';
    return {
      post: { key: `x:${id}`, site: 'x', postId: id, author: {}, text: el.textContent ?? '', counts: {}, kind: 'post' },
    };
  },
};

let watcher: FeedWatcher | undefined;
afterEach(() => {
  watcher?.stop();
  document.body.innerHTML = '';
  vi.useRealTimers();
});

function watch(onBatch: (keys: string[], batch: VisiblePost[]) => void) {
  document.body.innerHTML = '<article data-id="1">satu</article><article data-id="2">dua</article>';
  // reportAll: every post found is read at once (happy-dom has no layout for visibility).
  watcher = new FeedWatcher({
    adapter,
    root: document,
    reportAll: true,
    onVisible: (batch) =>
      onBatch(
        batch.map((b) => b.post.key),
        batch,
      ),
  });
  watcher.start();
  return watcher;
}

describe('FeedWatcher', () => {
  it('reports each post once', async () => {
    const seen: string[][] = [];
    watch((keys) => seen.push(keys));
    // The posts, not the batches: on the real clock a busy machine may read them in two slices.
    await vi.waitFor(() => expect(seen.flat()).toEqual(['x:1', 'x:2']));
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'bukan post' }));
    await new Promise((r) => setTimeout(r, 200));
    expect(seen.flat()).toEqual(['x:1', 'x:2']);
  });

  it('reports posts again after an unanswered report, a bounded number of times', async () => {
    // performance.now too: a flush reads posts for a 6 ms slice of it (SLICE_MS), and on the
    // real clock a busy machine split a report of both posts in two (7 reports, a CI run at load 8).
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestIdleCallback', 'performance'] });
    const seen: string[][] = [];
    const w = watch((keys, batch) => {
      seen.push(keys);
      w.retry(batch); // the worker never answers
    });
    await vi.runAllTimersAsync();
    expect(seen[0]).toEqual(['x:1', 'x:2']);
    // Once first, then five more times, then it gives up.
    expect(seen).toHaveLength(6);
  });
});
