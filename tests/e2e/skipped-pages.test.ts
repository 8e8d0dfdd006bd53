// Chromium honours the built manifest's exclude_matches: on X's direct messages the content
// script is not injected at all, even when the page shows post-like markup, while the feed in
// another tab of the same session is read and badged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openHtml, type Session } from '../../scripts/lib/browser';
import { xTimeline } from './pages/x-timeline';

const TEXTS = ['Tolong min, kartu BPJS saya ditolak di RS padahal iuran lancar.', 'Antri dari subuh di faskes.'];

describe('pages Simak skips, in Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('injects nothing on the direct messages, while the feed is badged', async () => {
    const url = 'https://x.com/messages/123-456';
    await session.context.route(url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: xTimeline(TEXTS) }),
    );
    const messages = await session.context.newPage();
    await messages.goto(url, { waitUntil: 'load' });
    // The feed, opened after it, gets its badges: the extension is running in this session.
    const feed = await openHtml(session, 'https://x.com/home', xTimeline(TEXTS));
    await expect.poll(() => feed.locator('[data-simak-badge]').count(), { timeout: 15_000 }).toBe(2);
    expect(await messages.locator('html').getAttribute('data-simak')).toBeNull();
    expect(await messages.locator('[data-simak-badge]').count()).toBe(0);
  });
});
