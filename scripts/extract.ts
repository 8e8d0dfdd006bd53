// npm run extract -- --url https://x.com/home --html page.html [--scroll]
// Loads the built extension in headless Chromium on a saved page served at its real URL and
// prints one JSON line per post the extension read, then a summary on stderr. This is how a
// maintainer checks a freshly saved page after a site changes its markup.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { adapterFor } from '../src/sites';
import { launch } from './lib/browser';
import { extractPage } from './lib/extract';

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
  let url: URL;
  try {
    url = new URL(values.url);
  } catch {
    console.error(`extract: not a URL: ${values.url}`);
    return 2;
  }
  if (!adapterFor(url)) {
    console.error(
      `extract: Simak reads no page at ${url.host}: use the address the page was saved from (x.com, twitter.com, www/web/m.facebook.com, www.instagram.com)`,
    );
    return 2;
  }
  const session = await launch();
  try {
    const { posts, skipped } = await extractPage(session, values.url, values.html, { scroll: values.scroll });
    for (const post of posts) process.stdout.write(`${JSON.stringify(post)}\n`);
    const reasons = Object.entries(skipped).map(([why, n]) => `${n} ${why}`);
    console.error(
      `extract: ${posts.length} posts read, ${reasons.length ? `skipped: ${reasons.join(', ')}` : 'none skipped'}`,
    );
    if (posts.length === 0 && reasons.length === 0) {
      console.error(
        'extract: no post element found: is the URL the page was saved from right (the adapter is picked by host)?',
      );
    }
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
