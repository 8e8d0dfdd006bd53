// Fuzz targets for the site adapters: saved pages mutated at random (attributes removed, nodes
// shuffled or removed, huge, RTL and zero-width texts inserted, markup nested deeply). The
// adapters must not throw, and no post may carry a field read from another post.
//
// Provenance: before mutating, every text node of post i (as read from the clean page) gets
// the marker ⟨i⟩, and each post element is remembered. After mutating, a post read from an
// element that belongs to clean post i may hold only its own markers (or those of posts nested
// in it), and only clean post i's id.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { stripScripts } from '../../scripts/lib/saved-page';
import { ADAPTERS } from '../../src/sites';
import { inertWindow } from '../support/inert-window';
import { hostileText } from './hostile-text';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

export const SAVED_PAGES = [
  { file: 'x/x-home-id.html', url: 'https://x.com/home' },
  { file: 'x/tweetyoink-x-tweet-quote.html', url: 'https://x.com/home' },
  { file: 'facebook/fb-feed-id.html', url: 'https://www.facebook.com/' },
  { file: 'instagram/ig-home-id.html', url: 'https://www.instagram.com/' },
] as const;

/** One happy-dom window per saved page, parsed once; each case resets its body (3× faster). */
const windows = new Map<string, { document: Document; body: string }>();
function openPage(file: string, url: string): Document {
  let page = windows.get(file);
  if (!page) {
    const window = inertWindow(url);
    const document = window.document as unknown as Document;
    document.write(stripScripts(readFileSync(resolve(FIXTURES, file), 'utf8')));
    page = { document, body: document.body.innerHTML };
    windows.set(file, page);
  }
  page.document.body.innerHTML = page.body;
  return page.document;
}

const MARK = /⟨(\d+)⟩/g;

type Mutation =
  | { op: 'remove-attribute'; at: number; which: number }
  | { op: 'shuffle'; at: number; seed: number }
  | { op: 'remove'; at: number }
  | { op: 'insert-text'; at: number; text: string }
  | { op: 'nest'; at: number; depth: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('remove-attribute' as const), at: fc.nat(), which: fc.nat() }),
  fc.record({ op: fc.constant('shuffle' as const), at: fc.nat(), seed: fc.nat() }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('insert-text' as const),
    at: fc.nat(),
    text: fc.oneof(
      hostileText,
      hostileText.map((t) => (t || '\u202e').repeat(2_000)),
    ),
  }),
  fc.record({ op: fc.constant('nest' as const), at: fc.nat(), depth: fc.integer({ min: 1, max: 200 }) }),
);

function mutate(document: Document, m: Mutation): void {
  const all = document.body.querySelectorAll('*');
  if (all.length === 0) return;
  const el = all[m.at % all.length] as Element;
  switch (m.op) {
    case 'remove-attribute': {
      const attr = el.attributes[m.which % Math.max(1, el.attributes.length)];
      if (attr) el.removeAttribute(attr.name);
      return;
    }
    case 'shuffle': {
      const kids = [...el.childNodes];
      let s = m.seed;
      for (let i = kids.length - 1; i > 0; i--) {
        s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
        const j = s % (i + 1);
        [kids[i], kids[j]] = [kids[j] as ChildNode, kids[i] as ChildNode];
      }
      for (const k of kids) el.appendChild(k);
      return;
    }
    case 'remove':
      el.remove();
      return;
    case 'insert-text':
      el.insertBefore(document.createTextNode(m.text), el.firstChild);
      return;
    case 'nest': {
      let outer: Element = el;
      for (let i = 0; i < m.depth; i++) {
        const wrap = document.createElement(i % 2 ? 'span' : 'div');
        outer.replaceWith(wrap);
        wrap.appendChild(outer);
        outer = wrap;
      }
      return;
    }
  }
}

const fail = (what: string, detail: unknown): never => {
  throw new Error(`${what}: ${JSON.stringify(detail)?.slice(0, 400)}`);
};

/**
 * happy-dom keeps every query's result behind a WeakRef, and a WeakRef keeps its target alive
 * until the running job ends: a synchronous run of cases kept every mutated page and died at
 * 4 GB in a long `npm run fuzz`. Returning to the event loop now and then lets them go.
 */
const CASES_PER_JOB = 20;
let casesInJob = 0;
async function letGoOfPages(): Promise<void> {
  if (++casesInJob < CASES_PER_JOB) return;
  casesInJob = 0;
  await new Promise((resolve) => setImmediate(resolve));
}

export const adapterMutations = fc.asyncProperty(
  fc.constantFrom(...SAVED_PAGES),
  fc.array(mutation, { minLength: 1, maxLength: 8 }),
  async ({ file, url }, mutations) => {
    await letGoOfPages();
    const document = openPage(file, url);
    const adapter = ADAPTERS.find((a) => a.matches(new URL(url)));
    if (!adapter) return fail('no adapter', url);
    // The clean read: which element is which post.
    const owner = new WeakMap<Element, number>();
    const ids: (string | undefined)[] = [];
    const elements = adapter.findPostElements(document);
    elements.forEach((el, i) => {
      owner.set(el, i);
      const read = adapter.readPost(el, url);
      ids.push('post' in read ? read.post.postId : undefined);
    });
    // Mark every text node with the innermost post it belongs to.
    const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let at: Element | null = node.parentElement;
      while (at && !owner.has(at)) at = at.parentElement;
      if (at && node.nodeValue?.trim()) node.nodeValue = `⟨${owner.get(at)}⟩${node.nodeValue}`;
    }
    /** Clean posts nested in post i (an outer post may read their text). */
    const nestedIn = (i: number) => {
      const inside = new Set([i]);
      for (const [j, el] of elements.entries()) if (j !== i && elements[i]?.contains(el)) inside.add(j);
      return inside;
    };

    for (const m of mutations) mutate(document, m);

    for (const el of adapter.findPostElements(document)) {
      const read = adapter.readPost(el, url);
      if ('skip' in read) {
        if (read.skip.startsWith('error')) fail('the adapter threw', { file, mutations, skip: read.skip });
        continue;
      }
      const { post } = read;
      // Which clean post is this: the one the element is (or is inside); for an element that
      // holds clean posts (an outer box taken for a post), the one whose id it reports.
      let at: Element | null = el;
      while (at && !owner.has(at)) at = at.parentElement;
      let i = at ? (owner.get(at) ?? -1) : -1;
      if (i < 0) {
        const held = elements.flatMap((inner, j) => (el.contains(inner) ? [j] : []));
        if (held.length === 0) continue; // made by the mutations from no post: nothing to compare
        i = held.find((j) => ids[j] === post.postId) ?? -1;
        if (i < 0) fail('a box of several posts read with none of their ids', { file, mutations, got: post.postId });
      }
      const own = nestedIn(i);
      if (ids[i] !== undefined && post.postId !== ids[i])
        fail('id of another post', { file, mutations, want: ids[i], got: post.postId });
      for (const field of [post.text, post.author.name ?? '', post.quoted?.text ?? '']) {
        for (const [, mark] of field.matchAll(MARK)) {
          if (!own.has(Number(mark)))
            fail('text of another post', { file, mutations, post: i, mark, text: field.slice(0, 200) });
        }
      }
    }
  },
);
