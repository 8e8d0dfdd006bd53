// Pages Simak has no business on: direct messages, settings and account pages. Simak reads
// public posts in a feed; a private conversation or an account form is neither. Two guards
// read this one table: the manifest's `exclude_matches` (built from it in vite.config.ts), so
// the content script is not even injected when such a page is opened; and the feed watcher,
// because X, Facebook and Instagram are single-page apps: going from the feed to the messages
// in-app does not reload the content script, so it must notice and stop reading there.
import type { Site } from '../core/types';
import { adapterFor } from './index';

/** First path segments (or two) that Simak skips, per site. */
export const SKIPPED_PATHS: Record<Site, readonly string[]> = {
  // X's direct messages (old and new chat), settings, account recovery, and login/sign-up flows.
  x: ['/messages', '/i/chat', '/settings', '/account', '/i/flow'],
  // Messenger inside Facebook, settings, privacy checkup, security and checkpoint pages.
  facebook: ['/messages', '/settings', '/privacy', '/security', '/checkpoint'],
  // Instagram direct, and every account page (edit profile, login, password, privacy).
  instagram: ['/direct', '/accounts'],
};

/** True for a path that is `prefix` itself or lies under it ("/settings" but not "/settingsfan"). */
function under(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

/** True when `url` is a page of a supported site that Simak must not read. */
export function isPageSimakSkips(url: string | URL): boolean {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return false;
  }
  const adapter = adapterFor(parsed);
  if (!adapter) return false;
  const path = parsed.pathname.toLowerCase();
  return SKIPPED_PATHS[adapter.site].some((prefix) => under(path, prefix));
}

/**
 * The manifest's `exclude_matches` for content-script `matches` such as "https://x.com/*":
 * each skipped path, itself and everything under it, on each host.
 */
export function skippedPagePatterns(matches: readonly string[]): string[] {
  return matches.flatMap((match) => {
    const origin = match.replace(/\/\*$/, '');
    const adapter = adapterFor(new URL(`${origin}/`));
    if (!adapter) return [];
    return SKIPPED_PATHS[adapter.site].flatMap((path) => [`${origin}${path}`, `${origin}${path}/*`]);
  });
}
