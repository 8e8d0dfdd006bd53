// Finds a post's chip in Firefox as a person does: by looking where it is drawn. The badge's
// shadow root is closed and Firefox's WebDriver BiDi offers no way into it, so a test sees what
// the page sees: `document.elementFromPoint` answers the badge host (`[data-simak-badge]`) at any
// point the chip covers. A coarse scan of the post's visible box finds the chip; a fine scan
// around the hits gives its box, which the shared visibility probe then judges.
import type { ElementHandle, Page } from 'puppeteer-core';
import { badgeProblems, type PostParts, probeBadge, type Rect } from '../../support/visibility';

export const BADGE = '[data-simak-badge]';

/**
 * Runs in the page: the box of the points inside `post` (and the window) where the top element
 * is `host`, or null when the chip shows nowhere there. Self-contained: sent as source.
 */
export function chipBoxByPointing(post: Element, host: Element): Rect | null {
  const p = post.getBoundingClientRect();
  const left = Math.max(0, p.left);
  const top = Math.max(0, p.top);
  const right = Math.min(innerWidth, p.right);
  const bottom = Math.min(innerHeight, p.bottom);
  // Coarse: 8 px apart, finer than the chip (30 × 20) in both directions.
  let box: { l: number; t: number; r: number; b: number } | null = null;
  const scan = (x0: number, y0: number, x1: number, y1: number, step: number) => {
    let found: typeof box = null;
    for (let y = y0; y < y1; y += step) {
      for (let x = x0; x < x1; x += step) {
        if (document.elementFromPoint(x, y) !== host) continue;
        found = found
          ? { l: Math.min(found.l, x), t: Math.min(found.t, y), r: Math.max(found.r, x), b: Math.max(found.b, y) }
          : { l: x, t: y, r: x, b: y };
      }
    }
    return found;
  };
  box = scan(left + 0.5, top + 0.5, right, bottom, 8);
  if (!box) return null;
  // Fine: every pixel centre within a coarse step of the hits.
  box = scan(
    Math.max(left, Math.floor(box.l) - 8) + 0.5,
    Math.max(top, Math.floor(box.t) - 8) + 0.5,
    Math.min(right, box.r + 9),
    Math.min(bottom, box.b + 9),
    1,
  );
  if (!box) return null;
  return { x: box.l - 0.5, y: box.t - 0.5, w: box.r - box.l + 1, h: box.b - box.t + 1 };
}

export interface FoundChip {
  /** The chip's box as seen from outside, in viewport pixels; null when it shows nowhere. */
  chip: Rect | null;
  /** What keeps a person from seeing or using it ([] when all is well). */
  problems: string[];
}

/** Scrolls `post`'s head into view, waits for its badge, and finds and judges its chip. */
export async function findChip(page: Page, post: ElementHandle<Element>, parts: PostParts): Promise<FoundChip> {
  // The pointer away and nothing focused: an open panel would answer for the host too.
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // Simak badges the posts that come into view: scroll first, then wait for the badge.
  await post.evaluate((e) => scrollBy(0, e.getBoundingClientRect().top - innerHeight * 0.3));
  const host = (await post.waitForSelector(BADGE, { timeout: 15_000 })) as ElementHandle<Element>;
  // Let the scroll land and the chip be placed before looking.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const chip = await page.evaluate(chipBoxByPointing, post, host);
  if (!chip) return { chip, problems: ['no point of the post shows its badge'] };
  const view = await host.evaluate(probeBadge, chip, parts);
  return { chip, problems: badgeProblems(view) };
}
