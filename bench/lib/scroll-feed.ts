import type { Page } from 'playwright-core';
import { launch, openHtml, type Session } from '../../scripts/lib/browser';
import { profileBuild } from './profile-build';
import { type Measure, xFeedPage } from './x-feed';

/** Opens an X-like feed of `total` posts with Simak on and scrolls it to the end. */
export async function scrollFeed(
  total: number,
  step = 20,
): Promise<{ session: Session; page: Page; measures: Measure[]; longTasks: number }> {
  const session = await launch(profileBuild());
  const page = await openHtml(session, 'https://x.com/home', xFeedPage(total, step));
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.bringToFront();
  for (let i = 0; i < total * 2; i++) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(16);
    const done = await page.evaluate(
      () =>
        (window as unknown as { __feed: { loaded(): number; total: number } }).__feed.loaded() >=
          (window as unknown as { __feed: { total: number } }).__feed.total &&
        innerHeight + scrollY >= document.documentElement.scrollHeight - 2,
    );
    if (done) break;
  }
  await page.waitForTimeout(1500);
  const measures = await page.evaluate(() => (window as unknown as { __simak: Measure[] }).__simak);
  const longTasks = await page.evaluate(() => (window as unknown as { __longtasks: unknown[] }).__longtasks.length);
  return { session, page, measures, longTasks };
}
