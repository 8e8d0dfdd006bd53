// `npm run demo` renders its invented posts in each site's structure: the adapters must read
// every one of them, so the demo badges every post on X, Facebook and Instagram.
import { describe, expect, it } from 'vitest';
import { readHtml } from '../tests/support/read-page';
import { DEMO_POSTS } from './posts';
import { facebookFeed, instagramHome, xHome } from './render';

const FEEDS = [
  ['X', 'https://x.com/home', xHome(DEMO_POSTS)],
  ['Facebook', 'https://www.facebook.com/', facebookFeed(DEMO_POSTS)],
  ['Instagram', 'https://www.instagram.com/', instagramHome(DEMO_POSTS)],
] as const;

describe('demo feeds', () => {
  it.each(FEEDS)('%s: every demo post is read, with its author, text, likes and ad label', (_site, url, html) => {
    const { posts, skipped } = readHtml(html, url);
    expect(skipped).toEqual({});
    expect(posts.map((p) => [p.author.handle, p.text, p.counts.likes, p.kind])).toEqual(
      DEMO_POSTS.map((d) => [d.handle, d.text, d.likes, d.ad ? 'ad' : 'post']),
    );
    expect(new Set(posts.map((p) => p.key)).size).toBe(DEMO_POSTS.length);
  });
});
