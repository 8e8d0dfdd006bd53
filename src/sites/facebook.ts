// Facebook (www, web and m.facebook.com). Comet's class names are atomic and rotate; the hooks
// are roles, aria-posinset and data-ad-* attributes (docs/selectors.md). Logged in, the date and the
// permalink are obfuscated until hovered, so the id comes from whichever post link the page
// gives. Also reads the legacy m.facebook.com markup (article[data-ft]) of saved pages.
import { parseCount } from '../core/counts';
import type { Post, PostCounts, PostKind } from '../core/types';
import { absoluteUrl, capText, defined, isoTime, readText } from './read';
import type { SiteAdapter } from './types';

const SEL = {
  /** A feed unit (news feed, groups, search) or a post on its own page. Comments are nested articles. */
  post: '[aria-posinset], [role="article"], article[data-ft]',
  message: '[data-ad-rendering-role="story_message"], [data-ad-preview="message"]',
  profileName: '[data-ad-rendering-role="profile_name"]',
  /** In a group post the header names the group; the author links to /groups/<g>/user/<id>/. */
  groupAuthor: 'a[href*="/groups/"][href*="/user/"]',
  reactionsToolbar: '[role="toolbar"]',
  reactionsTotal: 'span[aria-hidden="true"] > span',
  buttonText: '[role="button"] span',
  adLink: 'a[href*="/ads/about"]',
  time: 'time[datetime], abbr[data-utime]',
  legacy: {
    text: '[data-ft=\'{"tn":"*s"}\']',
    more: '[data-sigil="more"]',
    author: 'header h3 strong a, header h3 a',
    reactions: '[data-sigil="reactions-sentence-container"] [aria-label]',
    /** The counts line: "32 Likes", "1 comment", "17 Shares" (page posts: reactions in an aria-label). */
    countsLine: '[data-sigil~="feed-ufi-trigger"] span',
  },
} as const;

/** Post links, best first: the capture is the post id. */
const ID_PATTERNS = [
  /\/posts\/(pfbid\w+|\d+)/,
  /[?&]story_fbid=(pfbid\w+|\d+)/,
  /\/permalink\/(\d+)/,
  /[?&]multi_permalinks=(\d+)/,
  /[?&]set=(?:gm|pcb)\.(\d+)/, // a photo of a group post (gm.) or a multi-photo post (pcb.): <post id>
  /\/(?:videos|reel)\/(\d+)/,
  /\/watch\/?\?v=(\d+)/,
  /[?&]fbid=(\d+)/,
];

/** "Sponsored" and "Paid partnership" in the UI languages we meet. */
const AD_LABEL =
  /^(Sponsored|Bersponsor|Patrocinado|Sponsorisé|Gesponsert|Sponsorizzato|Paid partnership|Kemitraan berbayar|Parceria paga|Colaboración pagada|স্পনসর করা)$/i;
const SEE_MORE =
  /^(See more|Lihat selengkapnya|Ver mais|Ver más|Afficher la suite|Mehr ansehen|আরও দেখুন|更多|查看更多)$/i;
const COMMENT_WORDS = /comment|komentar|coment|kommentar|মন্তব্য|评论|評論|コメント/i;
const LIKE_WORDS = /like|suka|reac|curt|gusta/i;
const SHARE_WORDS = /share|dibagikan|compartilhament|compartid|partage|geteilt|শেয়ার|分享|シェア/i;
/** First path segments that are Facebook's own pages, not a profile. */
const RESERVED = new Set([
  'groups',
  'people',
  'pages',
  'watch',
  'reel',
  'photo',
  'photo.php',
  'story.php',
  'permalink.php',
  'events',
  'ads',
  'hashtag',
  'search',
]);

/** Whether `el` belongs to the post itself rather than to a comment (an article inside its article). */
function ownedBy(el: Element, post: Element): boolean {
  let articles = 0;
  for (let at = el.parentElement; at && at !== post.parentElement; at = at.parentElement) {
    if (at.getAttribute('role') === 'article') articles++;
  }
  return articles <= 1;
}

function ownLinks(post: Element): Element[] {
  return [...post.querySelectorAll('a[href]')].filter((a) => ownedBy(a, post));
}

/** Query parameters that identify a post; tracking ones (__cft__, __tn__) are dropped. */
const KEPT_PARAMS = ['story_fbid', 'id', 'fbid', 'set', 'v', 'multi_permalinks'];

function cleanUrl(url: URL): string {
  const kept = new URLSearchParams();
  for (const name of KEPT_PARAMS) {
    const value = url.searchParams.get(name);
    if (value) kept.set(name, value);
  }
  const query = kept.toString();
  return `${url.origin}${url.pathname}${query ? `?${query}` : ''}`;
}

function readId(links: Element[], pageUrl: string): { id: string; url: string } | undefined {
  // Logged in, the date link is a placeholder ("?__cft__…", "#") until hovered: not a post link.
  const hrefs = links
    .map((a) => a.getAttribute('href') ?? '')
    .filter((href) => !/^[?#]/.test(href))
    .map((href) => absoluteUrl(href, pageUrl))
    .filter((u) => u !== undefined);
  for (const pattern of ID_PATTERNS) {
    for (const url of hrefs) {
      const id = pattern.exec(url.pathname + url.search)?.[1];
      if (id) return { id, url: cleanUrl(url) };
    }
  }
  return undefined;
}

/** A profile's handle from its link: the vanity name, the numeric id, or the group member id. */
function handleFromHref(href: string | null, pageUrl: string): string | undefined {
  const url = absoluteUrl(href, pageUrl);
  if (!url) return undefined;
  const member = /\/groups\/[^/]+\/user\/(\d+)/.exec(url.pathname)?.[1];
  if (member) return member;
  if (url.pathname === '/profile.php') return url.searchParams.get('id') ?? undefined;
  const person = /^\/people\/[^/]+\/(\d+)/.exec(url.pathname)?.[1]; // profiles without a vanity name
  if (person) return person;
  const first = url.pathname.split('/')[1];
  return first && !RESERVED.has(first) ? first : undefined;
}

const notButton = (el: Element) => el.getAttribute('role') === 'button';

function readAuthor(post: Element, pageUrl: string): Post['author'] {
  // The avatar links there too, without text: take the link that shows the name.
  const member = [...post.querySelectorAll(SEL.groupAuthor)].find((a) => ownedBy(a, post) && readText(a));
  if (member) {
    return defined({ name: readText(member), handle: handleFromHref(member.getAttribute('href'), pageUrl) });
  }
  const box = post.querySelector(SEL.profileName);
  const link = box?.querySelector('a[href]');
  const name = link ? readText(link, { skip: notButton }) : box ? readText(box, { skip: notButton }) : undefined;
  return defined({ name, handle: handleFromHref(link?.getAttribute('href') ?? null, pageUrl) });
}

function readCounts(post: Element, lang: string | undefined): PostCounts {
  const counts: PostCounts = {};
  // "All reactions: 369" sits beside the toolbar of reaction icons; its words are localised.
  const toolbar = post.querySelector(SEL.reactionsToolbar);
  for (
    let box = toolbar?.parentElement, up = 0;
    box && up < 4 && counts.likes === undefined;
    box = box.parentElement, up++
  ) {
    for (const span of box.querySelectorAll(SEL.reactionsTotal)) {
      if (toolbar?.contains(span)) continue;
      const n = parseCount(span.textContent ?? '', lang);
      if (n !== undefined) {
        counts.likes = n;
        break;
      }
    }
  }
  for (const span of post.querySelectorAll(SEL.buttonText)) {
    if (span.firstElementChild || !ownedBy(span, post)) continue;
    const text = span.textContent?.trim() ?? '';
    if (text.length > 40) continue;
    const n = parseCount(text, lang);
    if (n === undefined) continue;
    if (counts.comments === undefined && COMMENT_WORDS.test(text)) counts.comments = n;
    else if (counts.shares === undefined && SHARE_WORDS.test(text)) counts.shares = n;
  }
  return counts;
}

function isAd(post: Element): boolean {
  if (post.querySelector(SEL.adLink)) return true;
  for (const el of post.querySelectorAll('a span, span > span')) {
    // A comment that just says "Sponsored" does not make the post an ad.
    if (el.firstElementChild || !ownedBy(el, post)) continue;
    if (AD_LABEL.test(el.textContent?.trim() ?? '')) return true;
  }
  return false;
}

function readComet(post: Element, pageUrl: string): { post: Post } | { skip: string } {
  // The feed keeps an empty, fixed-height shell for each unit it has unmounted.
  if (!post.textContent?.trim() && !post.querySelector('a[href]')) return { skip: 'empty placeholder' };
  const found = readId(ownLinks(post), pageUrl);
  if (!found) return { skip: 'no id' };
  const message = post.querySelector(SEL.message);
  let truncated = false;
  const text = message
    ? readText(message, {
        blocks: true,
        skip: (el) => {
          if (el.getAttribute('role') !== 'button') return false;
          if (SEE_MORE.test(el.textContent?.trim() ?? '')) truncated = true;
          return true;
        },
      })
    : '';
  if (!text) return { skip: 'no text' };
  const lang = message?.closest('[lang]')?.getAttribute('lang') ?? undefined;
  return {
    post: build(
      found,
      readAuthor(post, pageUrl),
      text,
      truncated,
      readCounts(post, lang),
      isAd(post) ? 'ad' : 'post',
      post,
    ),
  };
}

function readLegacy(post: Element, pageUrl: string): { post: Post } | { skip: string } {
  let ft: { top_level_post_id?: string; mf_story_key?: string } = {};
  try {
    ft = JSON.parse(post.getAttribute('data-ft') ?? '{}');
  } catch {
    // A data-ft that is not JSON: fall back to the links.
  }
  const idFromFt = ft.top_level_post_id ?? ft.mf_story_key;
  const found = idFromFt
    ? { id: idFromFt, url: `https://m.facebook.com/story.php?story_fbid=${idFromFt}` }
    : readId(ownLinks(post), pageUrl);
  if (!found) return { skip: 'no id' };
  const body = post.querySelector(SEL.legacy.text);
  const truncated = !!body?.querySelector(SEL.legacy.more);
  const text = body ? readText(body, { blocks: true, skip: (el) => el.matches(SEL.legacy.more) }) : '';
  if (!text) return { skip: 'no text' };
  const author = post.querySelector(SEL.legacy.author);
  const counts = readLegacyCounts(post);
  const name = author ? readText(author) : undefined;
  const authorFields = defined({ name, handle: handleFromHref(author?.getAttribute('href') ?? null, pageUrl) });
  const built = build(found, authorFields, text, truncated, counts, isAd(post) ? 'ad' : 'post', post);
  const published = /"publish_time":(\d+)/.exec(post.getAttribute('data-ft') ?? '')?.[1];
  if (published) built.postedAt = isoTime(Number(published));
  return { post: built };
}

function readLegacyCounts(post: Element): PostCounts {
  const counts: PostCounts = {};
  const reactions = parseCount(post.querySelector(SEL.legacy.reactions)?.getAttribute('aria-label') ?? '');
  if (reactions !== undefined) counts.likes = reactions;
  for (const span of post.querySelectorAll(SEL.legacy.countsLine)) {
    if (span.firstElementChild) continue;
    const text = span.textContent?.trim() ?? '';
    const n = parseCount(text);
    if (n === undefined) continue;
    if (counts.likes === undefined && LIKE_WORDS.test(text)) counts.likes = n;
    else if (counts.comments === undefined && COMMENT_WORDS.test(text)) counts.comments = n;
    else if (counts.shares === undefined && SHARE_WORDS.test(text)) counts.shares = n;
  }
  return counts;
}

function build(
  found: { id: string; url: string },
  author: Post['author'],
  raw: string,
  truncated: boolean,
  counts: PostCounts,
  kind: PostKind,
  el: Element,
): Post {
  const { text, cut } = capText(raw);
  const time = el.querySelector(SEL.time);
  const utime = time?.getAttribute('data-utime');
  return {
    key: `facebook:${found.id}`,
    site: 'facebook',
    postId: found.id,
    url: found.url,
    author,
    text,
    counts,
    kind,
    ...defined({
      truncated: truncated || cut ? true : undefined,
      postedAt: utime ? isoTime(Number(utime)) : isoTime(time?.getAttribute('datetime')),
    }),
  };
}

export const facebook: SiteAdapter = {
  site: 'facebook',
  matches: (url) => /^(www|web|m)\.facebook\.com$/.test(url.hostname),
  // Only the outermost post elements: comments are articles nested inside a post.
  findPostElements: (root) => [...root.querySelectorAll(SEL.post)].filter((el) => !el.parentElement?.closest(SEL.post)),
  readPost(el, pageUrl) {
    return el.matches('article[data-ft]') ? readLegacy(el, pageUrl) : readComet(el, pageUrl);
  },
};
