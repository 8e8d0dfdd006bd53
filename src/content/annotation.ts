// Draws Simak's badges on scored posts. Each badge lives in a host element put first in its
// post: absolutely positioned at its static place, zero-size, so the post's layout never moves
// (whatever the post is: a flex row, a grid). The chip is then placed inside the post's box
// (placement.ts), where no overflow clips it and it covers none of the post's text, names or
// buttons; it is placed again when the post changes size. Badges are drawn, and chips placed,
// in slices that yield to the page (a feed can show thousands of posts at once), and positions
// are read only just after the browser's own layout (layout-watch.ts), never forcing one.
// The host holds a closed shadow root:
// the page sees only the host and its `data-simak-badge` attribute (outside checks find badges
// by it), never the badge's content. One `Badges` per content session: its signal removes
// every badge and observer.
import type { Analysis, Post } from '../core/types';
import type { BadgeSlot } from '../sites/types';
import { styleBadgeRoot } from './badge-sheet';
import { CHIP } from './badge-style';
import { type BadgeActions, type BadgeParts, buildBadge } from './badge-view';
import { LayoutWatch } from './layout-watch';
import { findSpot } from './placement';
import { measure } from './profile';
import { SlicedWork, SliceQueue } from './slice-queue';

export type { BadgeActions } from './badge-view';
export const HOST_ATTR = 'data-simak-badge';

interface Drawn {
  host: HTMLElement;
  root: ShadowRoot;
  /** The root's own style, kept beside the badge where the browser refused the shared sheet. */
  style?: HTMLStyleElement;
  post: Post;
  analysis: Analysis;
  actions: BadgeActions;
  parts: BadgeParts;
  /** When the post came on screen, until its chip is first placed (for the latency measure). */
  visibleAt?: number;
}

interface ToDraw {
  post: Post;
  analysis: Analysis;
  actions: BadgeActions;
  visibleAt?: number;
}

interface Move {
  entry: Drawn;
  x: number;
  y: number;
  end: boolean;
  width: number;
}

export class Badges {
  private readonly drawn = new WeakMap<Element, Drawn>();
  /** Posts with a badge, for redrawing and removal (hosts are found by the post, not the page). */
  private readonly posts = new Set<Element>();
  /** Badges waiting to be drawn, by post, drawn a slice per task. */
  private readonly toDraw: SlicedWork<Element, ToDraw>;
  /** Chips waiting to be placed, by post, placed a slice per layout. */
  private readonly toPlace: SliceQueue<Element, null>;
  /** The moves read in the current placing slice, made together at its end. */
  private readonly moves: Move[] = [];
  private readonly layout: LayoutWatch;
  private categoryLabels: Record<string, string> = {};
  private full = false;

  constructor(
    private readonly slot: BadgeSlot | undefined,
    signal: AbortSignal,
  ) {
    this.toDraw = new SlicedWork({
      work: (element, job) => this.draw(element, job),
      onSlice: (started, ran) => measure('annotate', started, { posts: ran }),
    });
    this.toPlace = new SliceQueue((element) => this.findMove(element));
    // A post that changes size (an image loads, the window narrows, "show more") may have
    // moved what the chip must keep clear of: place its chip again.
    this.layout = new LayoutWatch((resized) => {
      for (const element of resized) this.toPlace.set(element, null);
      this.place();
    }, signal);
    signal.addEventListener('abort', () => this.removeAll(), { once: true });
  }

  useCategoryLabels(labels: Record<string, string>): void {
    this.categoryLabels = labels;
  }

  /** Full: the whole panel stays open on every badge ("always full" in the options). */
  useFull(full: boolean): void {
    this.full = full;
  }

  /**
   * Draws (or redraws) the badge of `post` on `element`, soon: in a slice of drawing that
   * yields to the page. `visibleAt` (when the post came on screen) times the badge's arrival.
   */
  annotate(element: Element, post: Post, analysis: Analysis, actions: BadgeActions, visibleAt?: number): void {
    this.toDraw.add(element, { post, analysis, actions, visibleAt });
  }

  /**
   * Logs the badged post that contains `node` (keyboard command, context menu) through the
   * same function as its button. Returns false when `node` is in no badged post.
   */
  logPostAt(node: Node | null): boolean {
    for (let at: Node | null = node; at; at = at.parentNode) {
      const entry = at instanceof Element ? this.drawn.get(at) : undefined;
      if (entry?.host.isConnected) {
        void entry.parts.log();
        return true;
      }
    }
    return false;
  }

  /** Draws every badge again from what it shows (the UI language or the badge mode changed). */
  redraw(): void {
    for (const element of this.posts) {
      const entry = this.drawn.get(element);
      if (entry?.host.isConnected) this.annotate(element, entry.post, entry.analysis, entry.actions);
      else this.forget(element);
    }
  }

  removeAll(): void {
    this.layout.stop();
    this.toDraw.clear();
    this.toPlace.clear();
    for (const element of this.posts) this.drawn.get(element)?.host.remove();
    this.posts.clear();
  }

  private draw(element: Element, { post, analysis, actions, visibleAt }: ToDraw): void {
    if (!element.isConnected) return;
    const entry = this.drawn.get(element);
    let host = entry?.host;
    let root = entry?.root;
    let style = entry?.style;
    if (!host?.isConnected || !root || !entry) {
      host = document.createElement('div');
      host.setAttribute(HOST_ATTR, '');
      root = host.attachShadow({ mode: 'closed' });
      style = styleBadgeRoot(root);
      element.prepend(host);
      this.posts.add(element);
      this.layout.watch(element);
    }
    const label = (id: string) => this.categoryLabels[id] ?? id;
    const parts = buildBadge(post, analysis, actions, label, this.full);
    if (style) root.replaceChildren(style, parts.badge);
    else root.replaceChildren(parts.badge);
    this.drawn.set(element, {
      host,
      root,
      style,
      post,
      analysis,
      actions,
      parts,
      visibleAt: visibleAt ?? entry?.visibleAt,
    });
    this.toPlace.set(element, null);
    this.layout.request();
  }

  private forget(element: Element): void {
    this.posts.delete(element);
    this.layout.unwatch(element);
    this.drawn.delete(element);
  }

  /**
   * Places a slice of the waiting chips, just after a layout: every position is read first,
   * then every chip is moved, so no read waits on a layout our own moves made. What is left
   * waits for the next layout.
   */
  private place(): void {
    const started = performance.now();
    const ran = this.toPlace.runSlice();
    const moves = this.moves.splice(0);
    for (const { entry, x, y, end, width } of moves) {
      const { badge } = entry.parts;
      badge.style.left = `${Math.round(x)}px`;
      badge.style.top = `${Math.round(y)}px`;
      badge.style.setProperty('--panel-max', `${Math.max(160, Math.min(340, Math.round(width - 16)))}px`);
      badge.classList.toggle('end', end);
      badge.classList.add('placed');
    }
    if (ran > 0) measure('place', started, { posts: ran });
    // A post's badge is there once its chip is placed: from the post coming on screen to now.
    for (const { entry } of moves) {
      if (entry.visibleAt === undefined) continue;
      measure('badge', entry.visibleAt);
      entry.visibleAt = undefined;
    }
    if (this.toPlace.size > 0) this.layout.request();
  }

  /** Reads where `element`'s chip goes (reads only: the move is made with the slice's others). */
  private findMove(element: Element): void {
    const entry = this.drawn.get(element);
    if (!entry?.host.isConnected) {
      if (entry) this.forget(element);
      return;
    }
    const origin = entry.host.getBoundingClientRect();
    const postBox = element.getBoundingClientRect();
    if (postBox.width === 0 && postBox.height === 0) return; // not laid out (hidden); placed on resize
    const spot = findSpot(element, CHIP, this.slot, entry.host);
    const end = spot.x + spot.w / 2 > postBox.x + postBox.width / 2;
    this.moves.push({
      entry,
      x: spot.x - origin.x,
      y: spot.y - origin.y,
      end,
      width: postBox.width,
    });
  }
}
