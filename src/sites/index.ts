// Picks the site adapter for a page by its host name.
import { facebook } from './facebook';
import { instagram } from './instagram';
import { TextTooDeep } from './read';
import type { SiteAdapter } from './types';
import { x } from './x';

/**
 * An adapter whose readPost never throws: a page the adapter did not foresee yields a skip
 * reason to count, not an exception in the content script.
 */
function guarded(adapter: SiteAdapter): SiteAdapter {
  return {
    ...adapter,
    findPostElements(root) {
      try {
        return adapter.findPostElements(root);
      } catch {
        return [];
      }
    },
    readPost(el, pageUrl) {
      try {
        return adapter.readPost(el, pageUrl);
      } catch (e) {
        // A page nesting a post's text absurdly deep (to break the reader) is named as such.
        if (e instanceof TextTooDeep) return { skip: 'text too deep' };
        return { skip: `error: ${e instanceof Error ? e.name : 'unknown'}` };
      }
    },
  };
}

export const ADAPTERS: readonly SiteAdapter[] = [x, facebook, instagram].map(guarded);

export function adapterFor(url: URL): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.matches(url));
}
