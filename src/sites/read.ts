// DOM reading shared by the site adapters. Post text is untrusted: it is only ever read as
// text (text nodes, alt attributes), never as markup.
import { MAX_TEXT } from '../core/limits';

/** Our own badges sit inside post elements: never read them as part of a post. */
const OWN_BADGE = 'data-simak-badge';
const SKIPPED_TAGS = new Set(['script', 'style', 'svg', 'noscript', 'template', 'button']);
const BLOCK_TAGS = new Set(['div', 'p', 'li', 'h1', 'h2', 'h3', 'h4', 'blockquote']);

export interface ReadTextOptions {
  /** Elements to leave out (and everything inside them), e.g. a "See more" button. */
  skip?: (el: Element) => boolean;
  /**
   * Whether div/p elements start new lines. Facebook's paragraphs are divs; X wraps inline
   * mentions in divs and keeps its line breaks as text, so X leaves this off.
   */
  blocks?: boolean;
}

/**
 * How deep below the element the text may sit. Real posts nest their text a few dozen levels
 * at most; a page can nest far deeper (20,000 levels once) to make a recursive reader overflow
 * its stack, so the reader walks with its own stack and gives up past this depth, saying why.
 */
export const MAX_TEXT_DEPTH = 500;

/** The post's text sits deeper than MAX_TEXT_DEPTH: the post is skipped, not half read. */
export class TextTooDeep extends Error {
  override readonly name = 'TextTooDeep';
  constructor() {
    super(`text nested deeper than ${MAX_TEXT_DEPTH} levels`);
  }
}

/** One element being read: the next child to visit, and whether it ends a block. */
interface Frame {
  next: Node | null;
  block: boolean;
}

/**
 * The text of `el` as a reader sees it: emoji images as their characters (alt), links as their
 * text, line breaks and paragraphs as newlines. Buttons and our own badges are left out.
 * Throws TextTooDeep for text nested deeper than MAX_TEXT_DEPTH (the adapters' guard turns it
 * into the skip reason "text too deep").
 */
export function readText(el: Element, options: ReadTextOptions = {}): string {
  const parts: string[] = [];
  // One line break between blocks, however deeply they nest.
  const newline = () => {
    if (!(parts[parts.length - 1] ?? '\n').endsWith('\n')) parts.push('\n');
  };
  // Depth-first, in document order, with an explicit stack instead of recursion.
  const stack: Frame[] = [{ next: el.firstChild, block: false }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const child = frame.next;
    if (!child) {
      stack.pop();
      if (frame.block) newline();
      continue;
    }
    frame.next = child.nextSibling;
    if (child.nodeType === 3) {
      parts.push(child.nodeValue ?? '');
      continue;
    }
    if (child.nodeType !== 1) continue;
    const e = child as Element;
    const tag = e.localName;
    // The caller's skip runs first: it may want to note what it skips (a "See more" button).
    if (options.skip?.(e) || e.hasAttribute(OWN_BADGE)) continue;
    if (tag === 'img') parts.push(e.getAttribute('alt') ?? '');
    else if (tag === 'br') parts.push('\n');
    else if (SKIPPED_TAGS.has(tag)) continue;
    else {
      if (stack.length >= MAX_TEXT_DEPTH) throw new TextTooDeep();
      const block = options.blocks === true && BLOCK_TAGS.has(tag);
      if (block) newline();
      stack.push({ next: e.firstChild, block });
    }
  }
  return tidy(parts.join(''));
}

/** Collapses the whitespace that markup adds, keeping paragraph breaks (at most one blank line). */
export function tidy(text: string): string {
  return text
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Caps text at what the worker accepts; says whether it had to cut. */
export function capText(text: string): { text: string; cut: boolean } {
  return text.length > MAX_TEXT ? { text: text.slice(0, MAX_TEXT), cut: true } : { text, cut: false };
}

/** An ISO 8601 string for a `datetime` attribute or a Unix time in seconds, else undefined. */
export function isoTime(value: string | number | null | undefined): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const date = typeof value === 'number' ? new Date(value * 1000) : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** `href` resolved against the page, or undefined when it is not a URL. */
export function absoluteUrl(href: string | null | undefined, pageUrl: string): URL | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, pageUrl);
  } catch {
    return undefined;
  }
}

/** Sets only the fields that have a value, so a missing field stays absent. */
export function defined<T extends object>(fields: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== '') out[k] = v;
  return out as Partial<T>;
}
