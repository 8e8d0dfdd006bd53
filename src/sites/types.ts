import type { Post, Site } from '../core/types';

/** Reads one site's pages. Selectors live in a table at the top of each adapter. */
export interface SiteAdapter {
  site: Site;
  matches(url: URL): boolean;
  /** The post elements in `root`, in page order. */
  findPostElements(root: ParentNode): Element[];
  /** Reads a Post from a post element, or says why it cannot (counted, never thrown). */
  readPost(el: Element, pageUrl: string): { post: Post } | { skip: string };
}
