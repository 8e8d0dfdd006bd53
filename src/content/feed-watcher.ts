// Watches a virtualised feed without slowing it down: observer callbacks only mark work;
// the work (finding and reading posts) runs in batches in idle time, each batch cut into
// slices of at most SLICE_MS that yield to the page in between. A page with 10,000 posts on
// screen at once once made one 1.9 s task of them and stalled the page's timers for seconds.
import type { Post } from '../core/types';
import { isPageSimakSkips } from '../sites/skipped-pages';
import type { SiteAdapter } from '../sites/types';
import { measure } from './profile';
import { SLICE_MS } from './slice-queue';

const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 30_000;

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

/** Beyond this many changed nodes between two scans, every post on screen is read again. */
const DIRTY_LIMIT = 500;
/** How far up from a changed node to look for the post on screen holding it. */
const ANCESTOR_LIMIT = 1_000;
/**
 * Elements handed to the intersection observer per slice: the browser works out where each
 * newly observed element is in its next frame, outside our slice, so that cost is capped too.
 */
const OBSERVE_PER_SLICE = 1_000;

const BADGE_ATTR = 'data-simak-badge';
function onlyBadges(nodes: NodeList): boolean {
  for (const n of nodes) if (!(n instanceof Element && n.hasAttribute(BADGE_ATTR))) return false;
  return true;
}

/** A post scrolled past more than this many posts ago may be reported again (and is cached). */
const REPORTED_LIMIT = 5_000;
/** A report the worker did not answer (stopped, restarting) is sent again up to this often. */
const MAX_RETRIES = 5;

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
  /** Post elements on screen now: one that changes there (a recycled node, a refilled shell) is read again. */
  private readonly onScreen = new Set<Element>();
  /** Where the page changed since the last scan (mutation targets); `null` when too many to track. */
  private dirty: Set<Node> | null = new Set();
  private readonly observers = new Map<string, MutationObserver | IntersectionObserver>();
  private scanQueued = false;
  /** How often each post element's report went unanswered: capped, see retry(). */
  private readonly retries = new WeakMap<Element, number>();
  /** Failed reports in a row, for the retry back-off. */
  private failures = 0;
  private flushQueued = false;
  /** Post elements found by a scan and not yet handed to the intersection observer. */
  private toObserve: Element[] = [];
  private observeQueued = false;
  private lastUrl: string;

  constructor(private readonly opts: FeedWatcherOptions) {
    this.lastUrl = opts.root.location?.href ?? '';
  }

  start(): void {
    const intersection = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (e.isIntersecting) {
          this.pendingVisible.set(e.target, e.time);
          this.onScreen.add(e.target);
        } else this.onScreen.delete(e.target);
      }
      this.queueFlush();
    });
    this.observers.set('visible-posts', intersection);
    const mutations = new MutationObserver((records) => {
      // Only note where the page changed; our own badges coming and going change no post.
      let changed = false;
      for (const r of records) {
        if (r.type === 'childList' && onlyBadges(r.addedNodes) && onlyBadges(r.removedNodes)) continue;
        changed = true;
        if (this.dirty && this.dirty.size < DIRTY_LIMIT) this.dirty.add(r.target);
        else this.dirty = null;
      }
      if (changed) this.queueScan();
    });
    mutations.observe(this.opts.root.body ?? this.opts.root.documentElement, { childList: true, subtree: true });
    this.observers.set('feed-mutations', mutations);
    this.queueScan();
  }

  stop(): void {
    for (const o of this.observers.values()) o.disconnect();
    this.observers.clear();
    this.observed.clear();
    this.pendingVisible.clear();
    this.toObserve = [];
  }

  /**
   * Forgets what was reported and starts over: every post on screen is reported again (the
   * settings changed, so their scores and badges may have too).
   */
  restart(): void {
    this.stop();
    this.reported.clear();
    this.start();
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

  /**
   * Reports these posts again later: the worker did not answer for them (asleep too long,
   * storage trouble). Waits longer after each failure in a row, so a broken worker is not
   * asked in a loop.
   */
  retry(batch: readonly VisiblePost[]): void {
    let any = false;
    for (const { post, element, visibleAt } of batch) {
      // A post whose reports go unanswered this often is given up (no badge), not asked forever.
      const tries = (this.retries.get(element) ?? 0) + 1;
      if (tries > MAX_RETRIES || !element.isConnected) continue;
      this.retries.set(element, tries);
      this.reported.delete(post.key);
      this.shown.delete(element);
      this.pendingVisible.set(element, visibleAt);
      any = true;
    }
    if (!any) return;
    const delay = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** this.failures++);
    setTimeout(() => this.queueFlush(), delay);
  }

  /** The worker answered: the next failure waits the shortest time again. */
  answered(): void {
    this.failures = 0;
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
      this.onScreen.clear();
      this.toObserve = [];
      io?.disconnect();
    }
    // Navigated in-app to direct messages, settings or an account page: read nothing there.
    if (isPageSimakSkips(href)) {
      this.pendingVisible.clear();
      this.onScreen.clear();
      this.toObserve = [];
      this.dirty = new Set();
      return;
    }
    for (const el of this.observed) {
      if (el.isConnected) continue;
      io?.unobserve(el);
      this.observed.delete(el);
    }
    this.markChangedOnScreen(started);
    if (this.pendingVisible.size > 0) this.queueFlush();
    const found = this.opts.adapter.findPostElements(this.opts.root);
    if (this.opts.reportAll) {
      for (const el of found) this.pendingVisible.set(el, started);
      this.queueFlush();
    } else this.toObserve = found.filter((el) => !this.observed.has(el));
    measure('scan', started, { elements: found.length });
    this.observeSome();
  }

  /**
   * A post on screen whose content changed is read again: the watcher reports it only if it
   * now shows another post (or showed none before, like a refilled placeholder). Walks up from
   * each changed node to the post holding it, rather than testing every post on screen.
   */
  private markChangedOnScreen(now: number): void {
    let dirty = this.dirty;
    this.dirty = new Set();
    for (const el of this.onScreen) if (!el.isConnected) this.onScreen.delete(el);
    const holders = new Set<Element>();
    for (const node of dirty ?? []) {
      let steps = 0;
      for (let at: Node | null = node; at; at = at.parentNode) {
        if (++steps > ANCESTOR_LIMIT) {
          dirty = null; // absurdly deep: read every post on screen again instead
          break;
        }
        if (this.onScreen.has(at as Element)) holders.add(at as Element);
      }
      if (dirty === null) break;
    }
    for (const el of dirty === null ? this.onScreen : holders) this.pendingVisible.set(el, now);
  }

  /** Hands found post elements to the intersection observer, a slice at a time. */
  private observeSome(): void {
    const started = performance.now();
    const io = this.observers.get('visible-posts') as IntersectionObserver | undefined;
    const queue = this.toObserve;
    let i = 0;
    for (; i < queue.length; i++) {
      if (i >= OBSERVE_PER_SLICE || ((i & 63) === 0 && performance.now() - started > SLICE_MS)) break;
      const el = queue[i] as Element;
      if (!el.isConnected || this.observed.has(el)) continue;
      io?.observe(el);
      this.observed.add(el);
    }
    if (i > 0) measure('observe', started, { elements: i });
    this.toObserve = queue.slice(i);
    if (this.toObserve.length === 0 || this.observeQueued) return;
    this.observeQueued = true;
    idle(() => {
      this.observeQueued = false;
      this.observeSome();
    });
  }

  /**
   * Reads the posts that came on screen and reports those not reported yet: as many as fit in
   * one slice; the rest wait for the next idle time.
   */
  private flush(): void {
    const started = performance.now();
    if (isPageSimakSkips(this.opts.root.location?.href ?? '')) {
      this.pendingVisible.clear();
      return;
    }
    const batch: VisiblePost[] = [];
    const skipped: Record<string, number> = {};
    let n = 0;
    for (const [el, visibleAt] of this.pendingVisible) {
      if (n++ > 0 && performance.now() - started > SLICE_MS) break;
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
    if (this.pendingVisible.size > 0) this.queueFlush();
    if (batch.length > 0 || Object.keys(skipped).length > 0) this.opts.onVisible(batch, skipped);
  }
}
