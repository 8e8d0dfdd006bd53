// Fake senders for the router's tests: Simak's own pages, its content script in a tab of a
// supported site, and everyone else.
import type { Self, SenderInfo } from './senders';

export const SELF: Self = { id: 'simak-id', pagesOrigin: 'chrome-extension://simak-id/' };

/** The popup, the options page or the dashboard (in a tab or not: still an extension page). */
export const PAGE: SenderInfo = { id: SELF.id, url: `${SELF.pagesOrigin}src/ui/popup/index.html` };

/** Simak's content script in tab `tabId` on x.com (or another address). */
export const tab = (tabId: number, url = 'https://x.com/home'): SenderInfo => ({
  id: SELF.id,
  url,
  tab: { id: tabId },
});
