// Instagram (www.instagram.com). The home feed has one <article> per post; a post's own page
// (/p/<code>/, /reel/<code>/) has no <article> since 2025, so there the post is the <main>.
// Class names rotate; the hooks are tags, hrefs, time[datetime] and the icons' aria-labels
// (docs/selectors.md).
import { parseCount } from '../core/counts';
import type { Post, PostCounts } from '../core/types';
import { absoluteUrl, capText, defined, isoTime, readText } from './read';
import type { SiteAdapter } from './types';

const SEL = {
  feedPost: 'article',
  permalinkRoot: 'main',
  postDialog: '[role="dialog"]',
  header: 'header',
  time: 'time[datetime]',
  profileLink: 'a[href]',
  /** The action bar: like, comment, share and save icons, each count right after its icon. */
  actions: 'section',
  moreButton: '[role="button"]',
} as const;

const CODE = /\/(?:p|reel|tv)\/([\w-]+)/;
const COMMENT_LINK = /\/(?:p|reel)\/[\w-]+\/c\//;
/** First path segments that are Instagram's own pages, not a user. */
const RESERVED = new Set(['p', 'reel', 'reels', 'tv', 'explore', 'stories', 'accounts', 'direct', 'legal', 'about']);
const AD_LABEL =
  /^(Sponsored|Bersponsor|Iklan|Patrocinado|Sponsorisé|Gesponsert|Paid partnership|Kemitraan berbayar|Parceria paga|Colaboración pagada)$/i;
const MORE = /^(…\s*)?(more|selengkapnya|lainnya|mais|más|plus|mehr)$/i;
/** "1.234 suka", "12 likes", "11,7 mil curtidas". */
const LIKES_LINE = /^\d[\d.,]*(\s*[^\s\d]{1,3})?\s+(likes?|suka|curtidas?|me gusta|j’aime)$/i;
const COMMENT_WORDS = /comment|komentar|coment/i;
/** A count on its own: "493", "11,7 mil", "1,2 rb" (no other words). */
const BARE_COUNT = /^[\d.,\s\u00a0]+\s*[^\s\d]{0,4}$/u;

function handleFromHref(href: string | null): string | undefined {
  const first = /^\/([\w.]{1,30})\/?$/.exec(href ?? '')?.[1];
  return first && !RESERVED.has(first) ? first : undefined;
}

function profileLinkIn(el: Element | null | undefined): Element | undefined {
  return el ? [...el.querySelectorAll(SEL.profileLink)].find((a) => handleFromHref(a.getAttribute('href'))) : undefined;
}

/** The post's own time: on a post page the caption's time has no link; comments' times link to …/c/<id>/. */
function postTime(post: Element): Element | undefined {
  return [...post.querySelectorAll(SEL.time)].find(
    (t) => !COMMENT_LINK.test(t.closest('a[href]')?.getAttribute('href') ?? ''),
  );
}

function readCode(post: Element, time: Element | undefined, pageUrl: string, onPostPage: boolean): string | undefined {
  if (onPostPage) return CODE.exec(absoluteUrl(pageUrl, pageUrl)?.pathname ?? '')?.[1];
  const timeHref = time?.closest('a[href]')?.getAttribute('href');
  const href =
    timeHref ??
    [...post.querySelectorAll('a[href]')]
      .map((a) => a.getAttribute('href') ?? '')
      .find((h) => CODE.test(h) && !COMMENT_LINK.test(h));
  return CODE.exec(href ?? '')?.[1];
}

/** The caption's text in `block`: the author's name, the time and the "more" button left out. */
function captionText(block: Element, author: Element | undefined): { text: string; truncated: boolean } {
  let truncated = false;
  const text = readText(block, {
    skip: (el) => {
      // The author's name and, on a post page, the head holding it and the time.
      if (el === author || el.localName === 'time' || (el !== block && el.querySelector('time'))) return true;
      const label = el.textContent?.trim() ?? '';
      const isButton = el.matches(SEL.moreButton) || el.localName === 'button';
      if (MORE.test(label) && (isButton || el.childElementCount === 0)) {
        truncated = true;
        return true;
      }
      // Any other button beside the name ("Ikuti" in a top bar) is not what the author wrote.
      return isButton;
    },
  }).replace(/[\s…]+$/u, (end) => (end.includes('…') ? '…' : ''));
  return { text, truncated };
}

/** Text that is no caption: nothing but separators, or a top bar's ad label beside the name. */
const NOT_A_CAPTION = (text: string) => /^[\s•·]*$/u.test(text) || AD_LABEL.test(text.replace(/^[\s•·]+/u, ''));

/**
 * The caption and its author: the caption's block starts with the author's name link and holds
 * the caption beside it. Found by that structure, not by where the post's time stands: the
 * desktop feed puts the time in the top bar above the caption, the touch and reel layouts put
 * it at the foot of the post, below the caption.
 */
function readCaption(post: Element, time: Element | undefined, onPostPage: boolean, handle: string | undefined) {
  const none = { text: '', truncated: false, author: undefined as Element | undefined, block: undefined };
  if (onPostPage && time) {
    // Post page: [author link, time] then the caption, in one block.
    let head: Element | null = time.parentElement;
    while (head && head !== post && !profileLinkIn(head)) head = head.parentElement;
    const author = profileLinkIn(head);
    const block = head?.parentElement;
    return block ? { ...captionText(block, author), author, block } : { ...none, author };
  }
  if (!handle) return none;
  // Every name link of the author outside the <header> top bar, in page order: a headerless
  // top bar (name, time, "Ikuti") reads as no caption, so the caption's own block is the first
  // that holds text beside the name.
  const header = post.querySelector(SEL.header);
  for (const author of post.querySelectorAll(`a[href="/${handle}/"]`)) {
    if (header?.contains(author) || readText(author) !== handle) continue;
    let block = author.parentElement;
    // Climb until the block holds more than the name.
    for (let up = 0; block && up < 3 && readText(block).length <= handle.length + 1; up++) block = block.parentElement;
    if (!block || block === post) continue;
    const caption = captionText(block, author);
    if (!NOT_A_CAPTION(caption.text)) return { ...caption, author, block };
  }
  return none;
}

function readCounts(post: Element, caption: Element | null | undefined): PostCounts {
  const counts: PostCounts = {};
  // The action bar: a bare number right after the first icon is likes, after the second comments.
  for (const bar of post.querySelectorAll(SEL.actions)) {
    let icons = 0;
    for (const el of bar.querySelectorAll('svg, span, a, div')) {
      if (el.localName === 'svg') {
        icons++;
        continue;
      }
      if (el.firstElementChild) continue;
      const text = el.textContent?.trim() ?? '';
      if (!BARE_COUNT.test(text)) continue;
      const n = parseCount(text);
      if (n === undefined) continue;
      if (icons === 1 && counts.likes === undefined) counts.likes = n;
      else if (icons === 2 && counts.comments === undefined) counts.comments = n;
    }
  }
  // The feed's text lines: "1.234 suka", a link "Lihat semua 56 komentar" (never the caption).
  for (const el of post.querySelectorAll('span, a')) {
    if (counts.likes !== undefined && counts.comments !== undefined) break;
    if (el.firstElementChild && el.localName !== 'a') continue;
    const text = el.textContent?.trim() ?? '';
    if (text.length > 40 || caption?.contains(el)) continue;
    const n = parseCount(text);
    if (n === undefined) continue;
    if (counts.likes === undefined && LIKES_LINE.test(text)) counts.likes = n;
    else if (counts.comments === undefined && el.closest('a') && COMMENT_WORDS.test(text)) counts.comments = n;
  }
  return counts;
}

function isAd(post: Element, caption: Element | null | undefined): boolean {
  for (const el of post.querySelectorAll('span, a, div')) {
    // The label sits above the caption; comments below it may say anything.
    if (el.firstElementChild || caption?.contains(el)) continue;
    if (caption && caption.compareDocumentPosition(el) & 4 /* DOCUMENT_POSITION_FOLLOWING */) break;
    if (AD_LABEL.test(el.textContent?.trim() ?? '')) return true;
  }
  return false;
}

export const instagram: SiteAdapter = {
  site: 'instagram',
  matches: (url) => url.hostname === 'www.instagram.com',
  findPostElements(root) {
    const articles = [...root.querySelectorAll(SEL.feedPost)];
    const doc = (root as Node).ownerDocument ?? (root as Document);
    if (!CODE.test(doc.location?.pathname ?? '')) return articles;
    // A post's own address: opened from the feed or a profile it is a dialog over the page,
    // opened directly it is the main column. Neither has an <article> since 2025.
    const dialog = [...root.querySelectorAll(SEL.postDialog)].find(
      (d) => d.querySelector(SEL.time) && !d.querySelector(SEL.feedPost),
    );
    if (dialog) return [...articles, dialog];
    const main = root.querySelector(SEL.permalinkRoot);
    return articles.length === 0 && main ? [main] : articles;
  },
  readPost(post, pageUrl) {
    const onPostPage = post.localName !== 'article';
    const time = postTime(post);
    const code = readCode(post, time, pageUrl, onPostPage);
    if (!code) return { skip: 'no id' };
    // The author: the top bar's profile link (a <header> in some layouts, the first link in others).
    const header = post.querySelector(SEL.header);
    const headerHandle = onPostPage
      ? undefined
      : handleFromHref(profileLinkIn(header ?? post)?.getAttribute('href') ?? null);
    const caption = readCaption(post, time, onPostPage, headerHandle);
    if (!caption.text) return { skip: 'no text' };
    const handle = headerHandle ?? handleFromHref(caption.author?.getAttribute('href') ?? null);
    const { text, cut } = capText(caption.text);
    const post_: Post = {
      key: `instagram:${code}`,
      site: 'instagram',
      postId: code,
      url: `https://www.instagram.com/p/${code}/`,
      // Instagram shows the username only; the display name is not on the post.
      author: defined({ handle }),
      text,
      counts: readCounts(post, caption.block),
      kind: isAd(post, caption.block) ? 'ad' : 'post',
      ...defined({
        truncated: caption.truncated || cut ? true : undefined,
        postedAt: isoTime(time?.getAttribute('datetime')),
      }),
    };
    return { post: post_ };
  },
};
