import type { Post, Site } from '../core/types';

/**
 * Where the site leaves room for Simak's badge chip in a post, tried before the generic search
 * for a free spot at the post's head (src/content/placement.ts).
 */
export interface BadgeSlot {
  /** An element in the post with free room under it (X's avatar column). */
  below?: string;
}

/** Reads one site's pages. Selectors live in a table at the top of each adapter. */
export interface SiteAdapter {
  site: Site;
  matches(url: URL): boolean;
  /** The post elements in `root`, in page order. */
  findPostElements(root: ParentNode): Element[];
  /** Reads a Post from a post element, or says why it cannot (counted, never thrown). */
  readPost(el: Element, pageUrl: string): { post: Post } | { skip: string };
  badgeSlot?: BadgeSlot;
}
