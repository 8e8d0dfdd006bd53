// Draws Simak's badges on scored posts. Each badge lives in a host element put first in its
// post: absolutely positioned at its static place, zero-size, so the post's layout never moves
// (whatever the post is: a flex row, a grid). The chip is then placed inside the post's box
// (placement.ts), where no overflow clips it and it covers none of the post's text, names or
// buttons; it is placed again when the post changes size. The host holds a closed shadow root:
// the page sees only the host and its `data-simak-badge` attribute (outside checks find badges
// by it), never the badge's content. One `Badges` per content session: its signal removes
// every badge and observer.
import type { Analysis, Post } from '../core/types';
import type { BadgeSlot } from '../sites/types';
import { BADGE_CSS, CHIP } from './badge-style';
import { type BadgeActions, type BadgeParts, buildBadge } from './badge-view';
import { findSpot } from './placement';

export type { BadgeActions } from './badge-view';
export const HOST_ATTR = 'data-simak-badge';

interface Drawn {
  host: HTMLElement;
  root: ShadowRoot;
  post: Post;
  analysis: Analysis;
  actions: BadgeActions;
  parts: BadgeParts;
}

let sheet: CSSStyleSheet | undefined;
function badgeSheet(): CSSStyleSheet {
  sheet ??= new CSSStyleSheet();
  if (sheet.cssRules.length === 0) sheet.replaceSync(BADGE_CSS);
  return sheet;
}

export class Badges {
  private readonly drawn = new WeakMap<Element, Drawn>();
  /** Posts with a badge, for redrawing and removal (hosts are found by the post, not the page). */
  private readonly posts = new Set<Element>();
  private readonly toPlace = new Set<Element>();
  private placeQueued = false;
  private readonly resized: ResizeObserver;
  private categoryLabels: Record<string, string> = {};
  private full = false;

  constructor(
    private readonly slot: BadgeSlot | undefined,
    signal: AbortSignal,
  ) {
    // A post that changes size (an image loads, the window narrows, "show more") may have
    // moved what the chip must keep clear of: place its chip again.
    this.resized = new ResizeObserver((entries) => {
      for (const e of entries) this.queuePlacement(e.target);
    });
    signal.addEventListener('abort', () => this.removeAll(), { once: true });
  }

  useCategoryLabels(labels: Record<string, string>): void {
    this.categoryLabels = labels;
  }

  /** Full: the whole panel stays open on every badge ("always full" in the options). */
  useFull(full: boolean): void {
    this.full = full;
  }

  /** Draws (or redraws) the badge of `post` on `element`. */
  annotate(element: Element, post: Post, analysis: Analysis, actions: BadgeActions): void {
    const entry = this.drawn.get(element);
    let host = entry?.host;
    let root = entry?.root;
    if (!host?.isConnected || !root || !entry) {
      host = document.createElement('div');
      host.setAttribute(HOST_ATTR, '');
      root = host.attachShadow({ mode: 'closed' });
      root.adoptedStyleSheets = [badgeSheet()];
      element.prepend(host);
      this.posts.add(element);
      this.resized.observe(element);
    }
    const label = (id: string) => this.categoryLabels[id] ?? id;
    const parts = buildBadge(post, analysis, actions, label, this.full);
    root.replaceChildren(parts.badge);
    this.drawn.set(element, { host, root, post, analysis, actions, parts });
    this.queuePlacement(element);
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
    this.resized.disconnect();
    for (const element of this.posts) this.drawn.get(element)?.host.remove();
    this.posts.clear();
    this.toPlace.clear();
  }

  private forget(element: Element): void {
    this.posts.delete(element);
    this.resized.unobserve(element);
    this.drawn.delete(element);
  }

  /**
   * Chips are placed together after a batch: every position is read first, then every chip is
   * moved, so the page is laid out once per batch and not once per post.
   */
  private queuePlacement(element: Element): void {
    this.toPlace.add(element);
    if (this.placeQueued) return;
    this.placeQueued = true;
    queueMicrotask(() => {
      this.placeQueued = false;
      this.place();
    });
  }

  private place(): void {
    const moves: { parts: BadgeParts; x: number; y: number; end: boolean; width: number }[] = [];
    for (const element of this.toPlace) {
      const entry = this.drawn.get(element);
      if (!entry?.host.isConnected) {
        if (entry) this.forget(element);
        continue;
      }
      const origin = entry.host.getBoundingClientRect();
      const postBox = element.getBoundingClientRect();
      if (postBox.width === 0 && postBox.height === 0) continue; // not laid out (hidden); placed on resize
      const spot = findSpot(element, CHIP, this.slot, entry.host);
      const end = spot.x + spot.w / 2 > postBox.x + postBox.width / 2;
      moves.push({ parts: entry.parts, x: spot.x - origin.x, y: spot.y - origin.y, end, width: postBox.width });
    }
    this.toPlace.clear();
    for (const { parts, x, y, end, width } of moves) {
      parts.badge.style.left = `${Math.round(x)}px`;
      parts.badge.style.top = `${Math.round(y)}px`;
      parts.badge.style.setProperty('--panel-max', `${Math.max(160, Math.min(340, Math.round(width - 16)))}px`);
      parts.badge.classList.toggle('end', end);
      parts.badge.classList.add('placed');
    }
  }
}
