// Who is asking. The worker answers only Simak's own contexts, and tells them apart, because
// they are not equally trusted: an extension page is Simak's own code, while a content script
// runs inside a site's page, which may be hostile. So a content script may log posts and undo
// its own tab's latest log, shortly after; it can never read, edit or delete the log.
import manifest from '../../manifest.json' with { type: 'json' };
import type { SenderKind } from '../messaging/protocol';

/** What the worker knows of a sender (runtime.MessageSender, or a fake in tests). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** Simak itself: its extension id, and the origin of its pages (runtime.getURL('')). */
export interface Self {
  id: string;
  pagesOrigin: string;
}

/** The origins the content script is injected into (the manifest's matches: `https://x.com/*`…). */
const SITE_ORIGINS = new Set(
  manifest.content_scripts.flatMap((c) => c.matches).map((pattern) => new URL(pattern.replace(/\*$/, '')).origin),
);

function onSupportedSite(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return SITE_ORIGINS.has(new URL(url).origin);
  } catch {
    return false;
  }
}

/**
 * `page` for one of Simak's pages (popup, options, dashboard, even when open in a tab);
 * `content` for the content script in a tab of a supported site; undefined for anything else,
 * another extension or a web page included.
 */
export function senderKind(sender: SenderInfo, self: Self): SenderKind | undefined {
  if (sender.id !== self.id) return undefined;
  if (sender.url?.startsWith(self.pagesOrigin)) return 'page';
  if (typeof sender.tab?.id === 'number' && sender.tab.id >= 0 && onSupportedSite(sender.url)) return 'content';
  return undefined;
}

/** How long after a log its tab may undo it: the toast's Undo shows for seconds; a slow machine gets more. */
export const UNDO_WINDOW_MS = 60_000;

/**
 * The latest complaint each tab logged, and when: the only one that tab may undo. In memory: a
 * worker restart forgets it, which only costs an Undo that comes too late anyway.
 */
export class LatestLogs {
  private readonly byTab = new Map<number, { id: string; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  record(tabId: number, id: string): void {
    const now = this.now();
    for (const [tab, log] of this.byTab) if (now - log.at > UNDO_WINDOW_MS) this.byTab.delete(tab);
    this.byTab.set(tabId, { id, at: now });
  }

  mayUndo(tabId: number, id: string): boolean {
    const log = this.byTab.get(tabId);
    return log !== undefined && log.id === id && this.now() - log.at <= UNDO_WINDOW_MS;
  }

  forget(tabId: number): void {
    this.byTab.delete(tabId);
  }
}
