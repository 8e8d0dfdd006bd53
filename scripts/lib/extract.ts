// What the built extension reads from a saved page: serve it at its real URL, let the content
// script run (scrolling a screen at a time if asked, so every post enters the viewport), then
// ask the worker for the posts it received. Shared by `npm run extract` and the e2e tests.

import type { Page } from 'playwright-core';
import type { Post } from '../../src/core/types';
import { openExtensionPage, openSavedPage, type Session, scrollToEnd, sendFromExtensionPage } from './browser';

export interface Extracted {
  posts: Post[];
  /** Post elements the adapter could not read, by reason. */
  skipped: Record<string, number>;
}

interface Recent {
  posts: Post[];
  skipped: Record<string, number>;
}

async function recent(session: Session): Promise<Recent> {
  const ext = await openExtensionPage(session, 'src/ui/popup/index.html');
  try {
    const reply = (await sendFromExtensionPage(ext, { type: 'posts/recent' })) as
      | { ok: true; value: Recent }
      | { ok: false; error: { message: string } };
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value;
  } finally {
    await ext.close();
  }
}

const total = (r: Recent) => r.posts.length + Object.values(r.skipped).reduce((a, b) => a + b, 0);

/** Waits until the worker's count of posts read stops moving (four looks 250 ms apart). */
async function settled(session: Session, page: Page): Promise<Recent> {
  let now = await recent(session);
  for (let stable = 0, last = total(now); stable < 4; ) {
    await page.waitForTimeout(250);
    now = await recent(session);
    const count = total(now);
    stable = count === last ? stable + 1 : 0;
    last = count;
  }
  return now;
}

/** Reads `htmlFile` served at `url`; only what this page added to the worker's list is returned. */
export async function extractPage(
  session: Session,
  url: string,
  htmlFile: string,
  options: { scroll?: boolean } = {},
): Promise<Extracted> {
  const before = await recent(session);
  const page = await openSavedPage(session, url, htmlFile);
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    if (options.scroll) {
      // Simak reads what comes into view, and the feed watcher's first look at the page comes
      // a frame or more after it starts: scrolling at once would carry the first screen's
      // posts away unseen (a busy CI machine missed the two top posts that way).
      await settled(session, page);
      await scrollToEnd(page, 0.8);
    }
    // Idle-time batches arrive shortly after scrolling stops: wait until the count settles.
    const now = await settled(session, page);
    const skipped: Record<string, number> = {};
    for (const [why, n] of Object.entries(now.skipped)) {
      const added = n - (before.skipped[why] ?? 0);
      if (added > 0) skipped[why] = added;
    }
    const known = new Set(before.posts.map((p) => p.key));
    return { posts: now.posts.filter((p) => !known.has(p.key)), skipped };
  } finally {
    await page.close();
  }
}
