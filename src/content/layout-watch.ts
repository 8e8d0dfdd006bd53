// When a badge's chip may be placed without making the browser lay the page out for us.
// Reading a position right after inserting badges forces a layout of the whole page inside
// Simak's task: on a feed of 10,000 posts that layout was most of a 100–800 ms task. A
// ResizeObserver's callback comes just after the browser's own layout of a frame, when every
// position is known: reading there costs nothing more. One observer serves both needs: posts
// that changed size (their chip is placed again), and "after the next layout" (the root
// element observed afresh, which the browser reports once, at its next layout).
import { nextTask } from './slice-queue';

/**
 * A page that has drawn no frame at all this long after we asked (a tab some browsers keep
 * "visible" but never draw) gets its chips placed from a plain task: nobody sees a layout
 * forced there. A page that draws frames, however slowly, is always waited for.
 */
const NO_FRAME_MS = 1_000;

export class LayoutWatch {
  private readonly observer: ResizeObserver;
  private requested = false;
  private stopped = false;
  /** Counts requests: a timer left from an earlier one does nothing. */
  private round = 0;

  /** `onLayout` gets the watched elements that changed size (none when only asked for a layout). */
  constructor(
    private readonly onLayout: (resized: Element[]) => void,
    signal: AbortSignal,
  ) {
    this.observer = new ResizeObserver((entries) => {
      const root = document.documentElement;
      const resized: Element[] = [];
      for (const e of entries) {
        if (e.target === root) this.answered();
        else resized.push(e.target);
      }
      this.onLayout(resized);
    });
    // Hidden while waiting for a frame (the person switched tabs): none will come; do it now.
    // No timer stands in for a late frame: a page slow to lay out is where forcing a layout
    // from a timer hurts most (on 10,000 posts, 100–400 ms of ours each time).
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && this.fire(), {
      signal,
    });
  }

  watch(element: Element): void {
    this.observer.observe(element);
  }

  unwatch(element: Element): void {
    this.observer.unobserve(element);
  }

  /** Calls `onLayout` after the browser's next layout, once however often asked before it. */
  request(): void {
    if (this.requested || this.stopped) return;
    this.requested = true;
    // A tab in the background draws no frames: nobody sees a layout there, so do it now.
    if (document.visibilityState === 'hidden') {
      nextTask(() => this.fire());
      return;
    }
    // Observed from a task of its own: an observation begun inside the observer's own callback
    // would be skipped by the browser and reported to the page as a "ResizeObserver loop" error.
    nextTask(() => {
      if (this.requested && !this.stopped) this.observer.observe(document.documentElement);
    });
    const round = ++this.round;
    let framed = false;
    requestAnimationFrame(() => {
      framed = true;
    });
    setTimeout(() => round === this.round && !framed && this.fire(), NO_FRAME_MS);
  }

  stop(): void {
    this.stopped = true;
    this.answered();
    this.observer.disconnect();
  }

  private answered(): void {
    this.requested = false;
    this.observer.unobserve(document.documentElement);
  }

  private fire(): void {
    if (!this.requested || this.stopped) return;
    this.answered();
    this.onLayout([]);
  }
}
