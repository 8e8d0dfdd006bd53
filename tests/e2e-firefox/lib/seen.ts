// Checks badges as a person scrolls to them, in a page driven by puppeteer-core.
import type { ElementHandle, Page } from 'puppeteer-core';
import { BADGE, badgeNotSeen } from '../../../scripts/lib/badge-seen';

/**
 * The first `count` posts of the page, each brought into view as a person scrolls to it, with
 * why its badge is not seen ('seen' when it is; a post Simak never badged says so).
 */
export async function seenReport(page: Page, post: string, count: number): Promise<string[]> {
  const report: string[] = [];
  for (const [i, element] of (await page.$$(post)).slice(0, count).entries()) {
    await element.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    const host = await page
      .waitForFunction((e, badge) => e.querySelector(badge), { timeout: 10_000 }, element, BADGE)
      .then((h) => h.asElement() as ElementHandle<Element> | null)
      .catch(() => null);
    report.push(`post ${i + 1}: ${host ? (await host.evaluate(badgeNotSeen, post)) || 'seen' : 'no badge'}`);
  }
  return report;
}
