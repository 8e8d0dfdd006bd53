// Whether a person sees a badge where it belongs: on top at its own centre (nothing of the
// site covers or clips it) and over its own post. Self-contained on purpose: it needs only the
// badge host (`[data-simak-badge]`); an open shadow root's first chip is checked when there is
// one, else the host's own box (a closed root shows only the host).
import type { ElementHandle, Page } from 'puppeteer-core';

export const BADGE = '[data-simak-badge]';

/** Why the badge `host` is not seen in place, or '' when it is. Scrolls it into view first. */
export function whyNotSeen(host: ElementHandle<Element>, post: string): Promise<string> {
  return host.evaluate((h, postSelector) => {
    const name = (e: Element | null) =>
      e
        ? `<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? ` class="${e.className}"` : ''}>`
        : 'nothing';
    const target = h.shadowRoot?.querySelector('.chip') ?? h;
    target.scrollIntoView({ block: 'center', inline: 'center' });
    const box = target.getBoundingClientRect();
    if (box.width < 4 || box.height < 4) return `the badge has no area (${box.width}×${box.height})`;
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    // From the document a point inside a shadow root answers its host.
    const hit = document.elementFromPoint(x, y);
    if (hit !== h) return `at the badge's centre (${Math.round(x)}, ${Math.round(y)}) is ${name(hit)}`;
    const owner = h.closest(postSelector);
    if (!owner) return 'the badge is in no post';
    const p = owner.getBoundingClientRect();
    if (x < p.left || x > p.right || y < p.top || y > p.bottom)
      return `the badge's centre (${Math.round(x)}, ${Math.round(y)}) is outside its post (${Math.round(p.left)}, ${Math.round(p.top)}, ${Math.round(p.right)}, ${Math.round(p.bottom)})`;
    return '';
  }, post);
}

/**
 * The first `count` posts of the page, each brought into view as a person scrolls to it, with
 * why its badge is not seen ('' = seen; a post Simak never badged says so).
 */
export async function seenReport(page: Page, post: string, count: number): Promise<string[]> {
  const report: string[] = [];
  for (const [i, element] of (await page.$$(post)).slice(0, count).entries()) {
    await element.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    const host = await page
      .waitForFunction((e, badge) => e.querySelector(badge), { timeout: 10_000 }, element, BADGE)
      .then((h) => h.asElement() as ElementHandle<Element> | null)
      .catch(() => null);
    report.push(`post ${i + 1}: ${host ? (await whyNotSeen(host, post)) || 'seen' : 'no badge'}`);
  }
  return report;
}
