// Which pages Simak stays off, and that the manifest's exclude_matches say the same.
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { isPageSimakSkips, skippedPagePatterns } from './skipped-pages';

const SKIPPED = [
  'https://x.com/messages',
  'https://x.com/messages/123-456',
  'https://twitter.com/messages/compose',
  'https://x.com/i/chat/123',
  'https://x.com/settings/account',
  'https://x.com/settings?lang=id',
  'https://x.com/account/access',
  'https://x.com/i/flow/login',
  'https://www.facebook.com/messages/t/100001',
  'https://web.facebook.com/settings/?tab=privacy',
  'https://m.facebook.com/messages/read/?tid=1',
  'https://www.facebook.com/privacy/checkup',
  'https://www.facebook.com/security/2fac/settings',
  'https://www.facebook.com/checkpoint/828281030927956',
  'https://www.instagram.com/direct/inbox/',
  'https://www.instagram.com/direct/t/1234/',
  'https://www.instagram.com/accounts/edit/',
];

const READ = [
  'https://x.com/home',
  'https://x.com/BPJSKesehatanRI/status/1',
  'https://x.com/messagesbot',
  'https://x.com/search?q=messages',
  'https://x.com/settingsfan/status/2',
  'https://www.facebook.com/',
  'https://www.facebook.com/BPJSKesehatanRI/posts/1',
  'https://www.facebook.com/settingsgroup',
  'https://www.instagram.com/',
  'https://www.instagram.com/p/ABC/',
  'https://www.instagram.com/directory.id/',
  // Not a site Simak reads at all: nothing to skip.
  'https://example.com/messages',
  'not a url',
];

/** A Chromium/Firefox match pattern as a test: only `*` is a wildcard; the path includes the query. */
function matchesPattern(pattern: string, url: string): boolean {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  const { origin, pathname, search } = new URL(url);
  return new RegExp(`^${escaped}$`).test(`${origin}${pathname}${search}`);
}

describe('pages Simak skips', () => {
  it.each(SKIPPED)('skips %s', (url) => expect(isPageSimakSkips(url)).toBe(true));
  it.each(READ)('reads %s', (url) => expect(isPageSimakSkips(url)).toBe(false));

  it('the manifest leaves the same pages out of the content script, on every host it runs on', () => {
    const matches = manifest.content_scripts.flatMap((s) => s.matches);
    const patterns = skippedPagePatterns(matches);
    for (const pattern of patterns) {
      expect(isPageSimakSkips(pattern.replace(/\*$/, 'abc')), pattern).toBe(true);
    }
    for (const url of READ.filter((u) => URL.canParse(u))) {
      expect(
        patterns.filter((p) => matchesPattern(p, url)),
        url,
      ).toEqual([]);
    }
    // Every skipped page on a manifest host is excluded already at injection (queries aside:
    // a pattern's path includes the query, and the watcher catches those).
    for (const url of SKIPPED.filter((u) => !u.includes('?'))) {
      expect(
        patterns.some((p) => matchesPattern(p, url)),
        url,
      ).toBe(true);
    }
  });
});
