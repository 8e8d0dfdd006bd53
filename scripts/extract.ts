// npm run extract -- --url https://x.com/home --html page.html [--scroll]
// Loads the built extension in headless Chromium on a saved page served at its real URL and
// prints one JSON line per post the extension read, then a summary on stderr. This is how a
// maintainer checks a freshly saved page after a site changes its markup.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Post } from '../src/core/types';
import { launch, openExtensionPage, openSavedPage, sendFromExtensionPage } from './lib/browser';

const USAGE = 'usage: npm run extract -- --url https://x.com/home --html page.html [--scroll]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { url: { type: 'string' }, html: { type: 'string' }, scroll: { type: 'boolean', default: false } },
  });
  if (!values.url || !values.html) {
    console.error(USAGE);
    return 2;
  }
  if (!existsSync(values.html)) {
    console.error(`extract: no file at ${values.html}`);
    return 2;
  }
  const session = await launch();
  try {
    const page = await openSavedPage(session, values.url, values.html);
    await page.setViewportSize({ width: 1280, height: 900 });
    if (values.scroll) {
      // Scroll a screen at a time so every post enters the viewport, as a user's would.
      for (let i = 0; i < 400; i++) {
        const done = await page.evaluate(() => {
          scrollBy(0, innerHeight * 0.8);
          return innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
        });
        await page.waitForTimeout(60);
        if (done) break;
      }
    }
    const ext = await openExtensionPage(session, 'src/ui/popup/index.html');
    let recent: { posts: Post[]; skipped: Record<string, number> } = { posts: [], skipped: {} };
    // Idle-time batches arrive shortly after scrolling stops: wait until the count settles.
    for (let stable = 0, last = -1; stable < 4; ) {
      await page.waitForTimeout(250);
      const reply = (await sendFromExtensionPage(ext, { type: 'posts/recent' })) as
        | { ok: true; value: typeof recent }
        | { ok: false; error: { message: string } };
      if (!reply.ok) throw new Error(reply.error.message);
      recent = reply.value;
      const count = recent.posts.length + Object.values(recent.skipped).reduce((a, b) => a + b, 0);
      stable = count === last ? stable + 1 : 0;
      last = count;
    }
    for (const post of recent.posts) process.stdout.write(`${JSON.stringify(post)}\n`);
    const skipped = Object.entries(recent.skipped).map(([why, n]) => `${n} ${why}`);
    console.error(`extract: ${recent.posts.length} posts read, ${skipped.length ? `skipped: ${skipped.join(', ')}` : 'none skipped'}`);
    return 0;
  } finally {
    await session.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`extract: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
