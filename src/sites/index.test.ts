import { describe, expect, it } from 'vitest';
import { adapterFor } from './index';

describe('adapterFor', () => {
  it.each([
    ['https://x.com/home', 'x'],
    ['https://twitter.com/someone/status/1', 'x'],
    ['https://mobile.twitter.com/home', 'x'],
    ['https://www.facebook.com/', 'facebook'],
    ['https://web.facebook.com/groups/1/', 'facebook'],
    ['https://m.facebook.com/story.php?story_fbid=1', 'facebook'],
    ['https://www.instagram.com/', 'instagram'],
    ['https://www.instagram.com/p/DAbc/', 'instagram'],
  ])('%s → %s', (url, site) => {
    expect(adapterFor(new URL(url))?.site).toBe(site);
  });

  it.each([
    'https://example.com/',
    'https://x.com.example.net/',
    'https://facebook.com.evil.test/',
    'https://notfacebook.com/',
    'https://instagram.com.evil.test/',
    'https://business.facebook.com/',
  ])('has no adapter for %s', (url) => {
    expect(adapterFor(new URL(url))).toBeUndefined();
  });
});
