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
 * The text of `el` as a reader sees it: emoji images as their characters (alt), links as their
 * text, line breaks and paragraphs as newlines. Buttons and our own badges are left out.
 */
export function readText(el: Element, options: ReadTextOptions = {}): string {
  const parts: string[] = [];
  // One line break between blocks, however deeply they nest.
  const newline = () => {
    if (!(parts[parts.length - 1] ?? '\n').endsWith('\n')) parts.push('\n');
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
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
        const block = options.blocks === true && BLOCK_TAGS.has(tag);
        if (block) newline();
        walk(e);
        if (block) newline();
      }
    }
  };
  walk(el);
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
