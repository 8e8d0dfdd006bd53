// Where a badge's chip goes inside its post. Sites lay posts out in every way (flex rows with
// overflow hidden, grids, transforms, RTL, 375 px columns), so the spot is found from what the
// post shows, not from its structure: the chip must lie inside the post's box (so no overflow
// clips it) and over none of the post's text, links or buttons. The adapter may name a spot to
// try first (on X: under the avatar); otherwise the top of the post is searched, from the
// inline end, for a free gap as tall as the chip.
import type { BadgeSlot } from '../sites/types';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Keeps the chip off the post's edge and off its neighbours. */
const PAD = 6;
/** How far down the post the search goes: the badge belongs near the post's head. */
const SEARCH_DEPTH = 320;
/** Rows are tried this many pixels apart. */
const STEP = 4;
/** Read at most this many text nodes of one post (a permalink page can hold thousands). */
const MAX_TEXT_NODES = 1500;
/**
 * A "button" this large is a wrapper (Instagram makes a whole photo one): covering its corner
 * hides no control. Smaller ones are the site's own buttons and are kept clear.
 */
const WRAPPER_MIN = { w: 200, h: 120 };

const CONTROLS = 'a[href], button, [role="button"], [role="link"], input, select, textarea, time, svg, img';

const intersects = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const box = (r: DOMRect): Box => ({ x: r.x, y: r.y, w: r.width, h: r.height });
const inside = (a: Box, outer: Box) =>
  a.x >= outer.x && a.y >= outer.y && a.x + a.w <= outer.x + outer.w && a.y + a.h <= outer.y + outer.h;

/** What the chip must not cover in the region of `post` given: text glyphs, controls, icons. */
export function obstacles(post: Element, region: Box, skip: Element): Box[] {
  const out: Box[] = [];
  const keep = (r: DOMRect) => {
    if (r.width > 0 && r.height > 0 && intersects(box(r), region)) out.push(box(r));
  };
  for (const el of post.querySelectorAll(CONTROLS)) {
    if (skip.contains(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width >= WRAPPER_MIN.w && r.height >= WRAPPER_MIN.h) continue;
    for (const part of el.getClientRects()) keep(part);
  }
  const walker = document.createTreeWalker(post, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(), seen = 0; n && seen < MAX_TEXT_NODES; n = walker.nextNode()) {
    if (!n.nodeValue?.trim() || skip.contains(n)) continue;
    seen++;
    const parent = n.parentElement;
    if (parent && !intersects(box(parent.getBoundingClientRect()), region)) continue;
    // A run of text is kept clear as one block: a chip in the gap at the end of a paragraph's
    // short line would sit in the middle of what the person reads.
    range.selectNodeContents(n);
    keep(range.getBoundingClientRect());
  }
  return out;
}

/** The free spot for a `chip`-sized box nearest the inline end of a row, or null. */
function freeInRow(y: number, chip: { w: number; h: number }, span: Box, blocked: Box[], rtl: boolean): Box | null {
  const row: Box = { x: span.x, y, w: span.w, h: chip.h };
  const taken = blocked
    .filter((b) => intersects(b, row))
    .map((b) => [b.x - PAD, b.x + b.w + PAD] as const)
    .sort((a, b) => a[0] - b[0]);
  // Free gaps between taken intervals, then the one at the inline end that fits.
  const gaps: [number, number][] = [];
  let at = span.x;
  for (const [from, to] of taken) {
    if (from > at) gaps.push([at, from]);
    at = Math.max(at, to);
  }
  if (at < span.x + span.w) gaps.push([at, span.x + span.w]);
  const fitting = gaps.filter(([a, b]) => b - a >= chip.w);
  const gap = rtl ? fitting[0] : fitting[fitting.length - 1];
  if (!gap) return null;
  return { x: rtl ? gap[0] : gap[1] - chip.w, y, w: chip.w, h: chip.h };
}

/**
 * The chip's box (viewport coordinates) in `post`, or the post's top inline-end corner when
 * nothing is free. `skip` is Simak's own host, which is no obstacle.
 */
export function findSpot(
  post: Element,
  chip: { w: number; h: number },
  slot: BadgeSlot | undefined,
  skip: Element,
): Box {
  const postBox = box(post.getBoundingClientRect());
  const rtl = getComputedStyle(post).direction === 'rtl';
  // Kept off the post's side edges, and off its top edge when the post is tall enough to spare
  // the room (a chip flush against a card's border reads as part of the card above); a tight
  // post's rows may touch its top and bottom, the chip is still inside it.
  const top = postBox.h >= chip.h + 2 * PAD ? PAD : 0;
  const span: Box = { x: postBox.x + PAD, y: postBox.y + top, w: postBox.w - 2 * PAD, h: postBox.h - top };
  const region: Box = { ...span, h: Math.min(span.h, SEARCH_DEPTH) };
  const hints: Box[] = [];
  const below = slot?.below ? post.querySelector(slot.below) : null;
  if (below) {
    const a = box(below.getBoundingClientRect());
    hints.push({ x: a.x + (a.w - chip.w) / 2, y: a.y + a.h + PAD, w: chip.w, h: chip.h });
    region.h = Math.max(region.h, a.y + a.h + PAD + chip.h - region.y);
  }
  const blocked = obstacles(post, region, skip);
  // The site's own spot needs only to be inside the post: it was chosen to sit clear.
  for (const h of hints) if (inside(h, postBox) && !blocked.some((b) => intersects(b, h))) return h;
  for (let y = region.y; y + chip.h <= region.y + region.h; y += STEP) {
    const spot = freeInRow(y, chip, span, blocked, rtl);
    if (spot) return spot;
  }
  return { x: rtl ? span.x : span.x + span.w - chip.w, y: span.y, w: chip.w, h: chip.h };
}
