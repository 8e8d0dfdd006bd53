// Simak's work on the page comes in slices that yield to it: a feed can put thousands of posts
// on screen at once, and drawing all their badges in one go once made a task of hundreds of
// milliseconds (the page's input, frames and timers all waited). A queue here runs its items
// in order until a time budget is spent, and the rest wait for a later task.

/**
 * Longest run of Simak's work before it yields to the page: far under the 50 ms that counts
 * as a long task, so a frame, an input or the page's own timers come through in between. On
 * a busy machine a slice's wall time stretches several-fold while its thread waits for a core
 * (12 ms slices were measured at 55–300 ms on two loaded cores); 6 ms leaves room for that.
 */
export const SLICE_MS = 6;

/** Items waiting, one per key (a newer item for a key replaces the one waiting), in order. */
export class SliceQueue<K, V> {
  private readonly waiting = new Map<K, V>();

  constructor(
    private readonly work: (key: K, value: V) => void,
    private readonly budgetMs = SLICE_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get size(): number {
    return this.waiting.size;
  }

  set(key: K, value: V): void {
    this.waiting.set(key, value);
  }

  clear(): void {
    this.waiting.clear();
  }

  /**
   * Runs waiting items in order until `budgetMs` has passed since the slice began (at least
   * one item, so a slow item cannot stall the queue); returns how many ran. The clock is read
   * after every item: a slice ends at most one item past its budget.
   */
  runSlice(): number {
    const started = this.now();
    let ran = 0;
    for (const [key, value] of this.waiting) {
      if (ran > 0 && this.now() - started >= this.budgetMs) break;
      this.waiting.delete(key);
      ran++;
      this.work(key, value);
    }
    return ran;
  }
}

type Scheduler = { postTask(cb: () => void): Promise<unknown> };

/**
 * Runs `cb` in a task of its own, soon: `scheduler.postTask` where the browser has it, else a
 * message to itself (a zero timeout is clamped to 4 ms once nested, and throttled in the
 * background). Either way the page's input and frames may come first.
 */
export function nextTask(cb: () => void): void {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    void scheduler.postTask(cb).catch(() => undefined);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    cb();
  };
  channel.port2.postMessage(null);
}

export interface SlicedWorkOptions<K, V> {
  work: (key: K, value: V) => void;
  now?: () => number;
  /** How the next slice is started (tests run it by hand). */
  schedule?: (cb: () => void) => void;
  /** Told after each slice: when it began and how many items it ran (for profiling). */
  onSlice?: (started: number, ran: number) => void;
}

/** A SliceQueue that drains itself: one slice per task until nothing waits. */
export class SlicedWork<K, V> {
  private readonly queue: SliceQueue<K, V>;
  private readonly now: () => number;
  private readonly schedule: (cb: () => void) => void;
  private queued = false;

  constructor(private readonly opts: SlicedWorkOptions<K, V>) {
    this.now = opts.now ?? (() => performance.now());
    this.queue = new SliceQueue(opts.work, SLICE_MS, this.now);
    this.schedule = opts.schedule ?? nextTask;
  }

  get size(): number {
    return this.queue.size;
  }

  add(key: K, value: V): void {
    this.queue.set(key, value);
    this.queueSlice();
  }

  clear(): void {
    this.queue.clear();
  }

  private queueSlice(): void {
    if (this.queued) return;
    this.queued = true;
    this.schedule(() => {
      this.queued = false;
      const started = this.now();
      const ran = this.queue.runSlice();
      if (ran > 0) this.opts.onSlice?.(started, ran);
      if (this.queue.size > 0) this.queueSlice();
    });
  }
}
