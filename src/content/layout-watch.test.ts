// @vitest-environment happy-dom
// When chips are placed: after the browser's next layout (a ResizeObserver's report), and only
// for a page that draws no frame at all, from a timer. Timers and frames are driven by hand.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LayoutWatch } from './layout-watch';

/** A ResizeObserver that reports only when the test says a layout happened. */
class LayoutByHand {
  static last: LayoutByHand | undefined;
  readonly fresh = new Set<Element>();
  constructor(private readonly callback: ResizeObserverCallback) {
    LayoutByHand.last = this;
  }
  observe(el: Element) {
    this.fresh.add(el);
  }
  unobserve(el: Element) {
    this.fresh.delete(el);
  }
  disconnect() {
    this.fresh.clear();
  }
  deliver() {
    const entries = [...this.fresh].map((target) => ({ target }) as ResizeObserverEntry);
    this.fresh.clear();
    if (entries.length) this.callback(entries, this as unknown as ResizeObserver);
  }
}

describe('LayoutWatch', () => {
  const controller = new AbortController();
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function setUp() {
    vi.stubGlobal('ResizeObserver', LayoutByHand);
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const calls: Element[][] = [];
    const watch = new LayoutWatch((resized) => calls.push(resized), controller.signal);
    return { watch, calls, frames };
  }
  // The root is observed from a task of its own (a real one: MessageChannel is not faked).
  const task = () => new Promise<void>((resolve) => queueMicrotask(() => setImmediate(resolve)));

  it('answers after the next layout, once however often asked, and not from the timer', async () => {
    const { watch, calls, frames } = setUp();
    watch.request();
    watch.request();
    await vi.waitFor(() => expect(LayoutByHand.last?.fresh.has(document.documentElement)).toBe(true));
    for (const f of frames.splice(0)) f(0); // a frame begins…
    LayoutByHand.last?.deliver(); // …and lays the page out
    expect(calls).toEqual([[]]);
    vi.advanceTimersByTime(5_000);
    expect(calls).toEqual([[]]);
  });

  it('waits for a slow frame, however long, once a frame has begun', async () => {
    const { watch, calls, frames } = setUp();
    watch.request();
    await task();
    for (const f of frames.splice(0)) f(0);
    vi.advanceTimersByTime(5_000);
    expect(calls).toEqual([]);
    LayoutByHand.last?.deliver();
    expect(calls).toEqual([[]]);
  });

  it('answers from a timer when the page draws no frame at all', () => {
    const { watch, calls } = setUp();
    watch.request();
    vi.advanceTimersByTime(999);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual([[]]);
  });
});
