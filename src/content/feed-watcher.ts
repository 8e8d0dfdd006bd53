// Watches a virtualised feed without slowing it down: observer callbacks only mark work;
// the work (finding and reading posts) runs in batches in idle time.
import type { Post } from '../core/types';
import type { SiteAdapter } from '../sites/types';
import { measure } from './profile';

export interface FeedWatcherStats {
  read: number;
  skipped: Record<string, number>;
}

export interface VisiblePost {
  post: Post;
  element: Element;
  /** When the post entered the viewport (performance.now() time). */
  visibleAt: number;
}

export interface FeedWatcherOptions {
  adapter: SiteAdapter;
  root: Document;
  /**
   * Called with posts that came on screen, each post key once (again if a node is recycled),
   * and the skip reasons counted since the last call.
   */
  onVisible: (batch: VisiblePost[], skipped: Record<string, number>) => void;
  /** Report every post found, on screen or not (used by `npm run extract`). */
  reportAll?: boolean;
}

/** A post scrolled past more than this many posts ago may be reported again (and is cached). */
const REPORTED_LIMIT = 5_000;
/** A report the worker did not answer (stopped, restarting) is sent again this often, later each time. */
const MAX_RETRIES = 5;
const RETRY_DELAY_MS = 1_000;

const idle: (cb: () => void) => void =
  typeof requestIdleCallback === 'function'
    ? (cb) => requestIdleCallback(cb, { timeout: 300 })
    : (cb) => setTimeout(cb, 50);

export class FeedWatcher {
  readonly stats: FeedWatcherStats = { read: 0, skipped: {} };
  /** Which post key each element showed when last read: a recycled node shows another. */
  private readonly shown = new WeakMap<Element, string>();
  /** Post keys reported this page; bounded, so a day of scrolling does not grow memory. */
  private readonly reported = new Set<string>();
  /** Elements the intersection observer watches; unobserved once the feed unmounts them. */
  private readonly observed = new Set<Element>();
  /** Elements that came on screen and wait to be read, with when they came. */
  private readonly pendingVisible = new Map<Element, number>();
  private readonly observers = new Map<string, MutationObserver | IntersectionObserver>();
  /** How often each element's report has been retried. */
  private readonly retries = new WeakMap<Element, number>();
  private scanQueued = false;
  private flushQueued = false;
  private lastUrl: string;

  constructor(private readonly opts: FeedWatcherOptions) {
    this.lastUrl = opts.root.location?.href ?? '';
  }

  start(): void {
    const intersection = new IntersectionObserver((entries) => {
      for (const e of entries) if (e.isIntersecting) this.pendingVisible.set(e.target, e.time);
      this.queueFlush();
    });
    this.observers.set('visible-posts', intersection);
    const mutations = new MutationObserver(() => this.queueScan());
    mutations.observe(this.opts.root.body ?? this.opts.root.documentElement, { childList: true, subtree: true });
    this.observers.set('feed-mutations', mutations);
    this.queueScan();
  }

  stop(): void {
    for (const o of this.observers.values()) o.disconnect();
    this.observers.clear();
  }

  /**
   * Reports these posts again after a pause: their report got no answer (the worker was
   * stopped and did not come back in time), so without this they would never get a badge.
   */
  retry(batch: readonly VisiblePost[]): void {
    let any = 0;
    for (const { post, element, visibleAt } of batch) {
      const tries = (this.retries.get(element) ?? 0) + 1;
      if (tries > MAX_RETRIES || !element.isConnected) continue;
      this.retries.set(element, tries);
      this.reported.delete(post.key);
      this.pendingVisible.set(element, visibleAt);
      any = Math.max(any, tries);
    }
    if (any > 0) setTimeout(() => this.queueFlush(), RETRY_DELAY_MS * any);
  }

  private queueScan(): void {
    if (this.scanQueued) return;
    this.scanQueued = true;
    idle(() => {
      this.scanQueued = false;
      this.scan();
    });
  }

  private queueFlush(): void {
    if (this.flushQueued) return;
    this.flushQueued = true;
    idle(() => {
      this.flushQueued = false;
      this.flush();
    });
  }

  /** Finds post elements and hands them to the intersection observer. */
  private scan(): void {
    const started = performance.now();
    const io = this.observers.get('visible-posts') as IntersectionObserver | undefined;
    const href = this.opts.root.location?.href ?? '';
    if (href !== this.lastUrl) {
      // In-page navigation: the same post may be shown again on the new page.
      this.lastUrl = href;
      this.reported.clear();
      this.observed.clear();
      io?.disconnect();
    }
    for (const el of this.observed) {
      if (el.isConnected) continue;
      io?.unobserve(el);
      this.observed.delete(el);
    }
    const found = this.opts.adapter.findPostElements(this.opts.root);
    for (const el of found) {
      if (this.opts.reportAll) this.pendingVisible.set(el, started);
      else if (!this.observed.has(el)) {
        io?.observe(el);
        this.observed.add(el);
      }
    }
    if (this.opts.reportAll) this.queueFlush();
    measure('scan', started, { elements: found.length });
  }

  /** Reads the posts that came on screen and reports those not reported yet. */
  private flush(): void {
    const started = performance.now();
    const batch: VisiblePost[] = [];
    const skipped: Record<string, number> = {};
    for (const [el, visibleAt] of this.pendingVisible) {
      this.pendingVisible.delete(el);
      if (!el.isConnected) continue;
      const result = this.opts.adapter.readPost(el, this.lastUrl);
      if ('skip' in result) {
        this.stats.skipped[result.skip] = (this.stats.skipped[result.skip] ?? 0) + 1;
        skipped[result.skip] = (skipped[result.skip] ?? 0) + 1;
        continue;
      }
      const { post } = result;
      if (this.shown.get(el) === post.key && this.reported.has(post.key)) continue;
      this.shown.set(el, post.key);
      if (this.reported.has(post.key)) continue;
      this.reported.add(post.key);
      if (this.reported.size > REPORTED_LIMIT) {
        const oldest = this.reported.values().next().value;
        if (oldest !== undefined) this.reported.delete(oldest);
      }
      this.stats.read += 1;
      batch.push({ post, element: el, visibleAt });
    }
    measure('read', started, { posts: batch.length });
    if (batch.length > 0 || Object.keys(skipped).length > 0) this.opts.onVisible(batch, skipped);
  }
}
