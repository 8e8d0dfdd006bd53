// @vitest-environment happy-dom
// A screenful of posts badged at once: the badges are drawn in slices that yield to the page,
// each post gets exactly one badge, and positions are read only after the browser's own layout
// (a ResizeObserver's callback), a slice per layout, never in between, where reading would
// force a layout. The clock is simulated (a badge "takes" 1 ms to draw, a position read
// 0.5 ms) and layouts are delivered by hand, so nothing depends on this machine's speed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Analysis, Post } from '../core/types';
import { type BadgeActions, Badges } from './annotation';
import { SLICE_MS } from './slice-queue';

/** A ResizeObserver whose notifications come when the test lays the page out. */
class LayoutByHand {
  static all: LayoutByHand[] = [];
  readonly fresh = new Set<Element>();
  constructor(private readonly callback: ResizeObserverCallback) {
    LayoutByHand.all.push(this);
  }
  observe(el: Element) {
    this.fresh.add(el); // a new observation is reported at the next layout
  }
  unobserve(el: Element) {
    this.fresh.delete(el);
  }
  disconnect() {
    this.fresh.clear();
  }
  deliver() {
    if (this.fresh.size === 0) return;
    const entries = [...this.fresh].map((target) => ({ target }) as ResizeObserverEntry);
    this.fresh.clear();
    this.callback(entries, this as unknown as ResizeObserver);
  }
}

const analysis = (): Analysis =>
  ({
    sentiment: { label: 'negative', score: -0.6, drivers: ['kecewa'] },
    complaint: { is: true, probability: 0.9, categories: [], urgent: false, urgencyFlags: [] },
    matches: [],
  }) as unknown as Analysis;
const post = (i: number): Post => ({ key: `x:${i}`, postId: String(i), text: `Antri ${i}` }) as unknown as Post;
const actions: BadgeActions = { log: async () => ({ ok: false, message: '' }), undo: async () => false };
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: (key: string) => key } } }));

const task = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('Badges on a screenful of posts', () => {
  const controller = new AbortController();
  afterEach(() => {
    controller.abort();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('draws them in slices, one badge per post, and places them a slice per layout', async () => {
    vi.stubGlobal('ResizeObserver', LayoutByHand);
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    /** Simulated time spent drawing in each turn of the event loop. */
    const drawnPerTurn: number[] = [];
    let turnOpen = false;
    const roots: ShadowRoot[] = [];
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
      clock += 1;
      if (!turnOpen) {
        turnOpen = true;
        drawnPerTurn.push(0);
        queueMicrotask(() => {
          turnOpen = false;
        });
      }
      drawnPerTurn[drawnPerTurn.length - 1] = (drawnPerTurn.at(-1) ?? 0) + 1;
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
    let laidOut = false;
    let readsOutsideLayout = 0;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(() => {
      clock += 0.5;
      if (!laidOut) readsOutsideLayout++;
      return new DOMRect(0, 0, 100, 100);
    });
    const layout = () => {
      laidOut = true;
      const started = clock;
      for (const o of LayoutByHand.all) o.deliver();
      laidOut = false;
      return clock - started;
    };

    const posts = Array.from({ length: 300 }, () => document.createElement('article'));
    document.body.append(...posts);
    const badges = new Badges(undefined, controller.signal);
    posts.forEach((el, i) => {
      badges.annotate(el, post(i), analysis(), actions, 0);
    });
    expect(roots).toHaveLength(0); // queued, not drawn in the caller's task
    for (let tries = 0; roots.length < 300 && tries < 1000; tries++) await task();

    expect(posts.every((el) => el.querySelectorAll('[data-simak-badge]').length === 1)).toBe(true);
    expect(roots).toHaveLength(300);
    expect(Math.max(...drawnPerTurn)).toBeLessThanOrEqual(SLICE_MS + 1);
    expect(drawnPerTurn.length).toBeGreaterThanOrEqual(Math.ceil(300 / (SLICE_MS + 1)));
    expect(readsOutsideLayout).toBe(0);

    const placed = () => roots.filter((r) => r.querySelector('.badge.placed')).length;
    expect(placed()).toBe(0);
    const layoutCosts: number[] = [];
    for (let frames = 0; placed() < 300 && frames < 500; frames++) {
      await task(); // the next layout is asked for from a task of its own
      layoutCosts.push(layout());
    }
    expect(placed()).toBe(300);
    expect(readsOutsideLayout).toBe(0);
    // Each layout's slice stops within a post's reads of the budget, and it took many.
    expect(Math.max(...layoutCosts)).toBeLessThan(SLICE_MS + 5);
    expect(layoutCosts.filter((ms) => ms > 0).length).toBeGreaterThan(300 / 20);

    // Drawn again (the language changed): still one badge per post, drawn in slices.
    badges.redraw();
    for (let tries = 0; placed() > 0 && tries < 1000; tries++) await task();
    expect(posts.every((el) => el.querySelectorAll('[data-simak-badge]').length === 1)).toBe(true);
    expect(roots).toHaveLength(300); // the hosts and their roots are kept; only the content is new
  });
});
