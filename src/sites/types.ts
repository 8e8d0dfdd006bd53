import type { Post, Site } from '../core/types';
export interface SiteAdapter { site: Site; matches(url: URL): boolean; findPostElements(root: ParentNode): Element[]; readPost(el: Element, pageUrl: string): { post: Post } | { skip: string } }
