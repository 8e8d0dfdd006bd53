// Reads a saved page with the site adapter in happy-dom, as the content script would.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { stripScripts } from '../../scripts/lib/saved-page';
import type { Post, PostCounts, PostKind } from '../../src/core/types';
import { adapterFor } from '../../src/sites';
import { inertWindow } from './inert-window';

const ROOT = resolve(import.meta.dirname, '../..');

/** A page copied into the project ('ship' in ../shared/fixtures/SOURCES.md). */
export const shipped = (path: string) => resolve(ROOT, 'tests/fixtures', path);
/** A page read from beside the project, never copied ('measure'); absent on some machines. */
export const measured = (path: string) => resolve(ROOT, '../shared/fixtures', path);
export const present = (file: string) => existsSync(file);

export interface PageRead {
  posts: Post[];
  skipped: Record<string, number>;
  /** How many post elements the adapter found. */
  found: number;
}

export function readPage(file: string, url: string): PageRead {
  return readHtml(readFileSync(file, 'utf8'), url);
}

export function readHtml(html: string, url: string): PageRead {
  const window = inertWindow(url);
  try {
    const document = window.document as unknown as Document;
    document.write(stripScripts(html));
    const adapter = adapterFor(new URL(url));
    if (!adapter) throw new Error(`no adapter for ${url}`);
    const elements = adapter.findPostElements(document);
    const posts: Post[] = [];
    const skipped: Record<string, number> = {};
    for (const el of elements) {
      const result = adapter.readPost(el, url);
      if ('post' in result) posts.push(result.post);
      else skipped[result.skip] = (skipped[result.skip] ?? 0) + 1;
    }
    return { posts, skipped, found: elements.length };
  } finally {
    void window.happyDOM.close();
  }
}

/** What a test states about one post, written by hand from the page. */
export interface Expected {
  id: string;
  handle?: string;
  /** The first words of the text. */
  starts: string;
  /** Left out only where the test says why (a page happy-dom parses differently from Chromium). */
  counts?: PostCounts;
  kind: PostKind;
  extra?: Partial<Post>;
}

/** Compares the posts read with the expected ones, in page order, field by field. */
export function expectPosts(posts: Post[], expected: Expected[]): void {
  expect(posts.map((p) => p.postId)).toEqual(expected.map((e) => e.id));
  expected.forEach((e, i) => {
    const post = posts[i] as Post;
    const where = `post ${i + 1} (${e.id})`;
    expect(post.author.handle, where).toBe(e.handle);
    // Compare only the first words, so a failure shows no more of a real post than the test holds.
    expect(post.text.slice(0, e.starts.length), where).toBe(e.starts);
    if (e.counts) expect(post.counts, where).toEqual(e.counts);
    expect(post.kind, where).toBe(e.kind);
    if (e.extra) expect(post, where).toMatchObject(e.extra);
  });
}
