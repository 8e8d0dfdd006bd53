// X / Twitter (x.com, twitter.com). X's class names are generated and rotate; the stable
// hooks are data-testid, roles, aria-labels, time[datetime] and hrefs (docs/selectors.md).
import { parseCount } from '../core/counts';
import type { Post, PostCounts, PostKind } from '../core/types';
import { absoluteUrl, capText, defined, isoTime, readText, tidy } from './read';
import type { SiteAdapter } from './types';

const SEL = {
  post: 'article[data-testid="tweet"]',
  cell: '[data-testid="cellInnerDiv"]',
  text: '[data-testid="tweetText"]',
  showMore: '[data-testid="tweet-text-show-more-link"]',
  /** Long-form Articles have a title and rich text instead of tweetText. */
  articleTitle: '[data-testid="twitter-article-title"]',
  articleBody: '[data-testid="twitterArticleRichTextView"], [data-testid="longformRichTextComponent"]',
  userName: '[data-testid="User-Name"]',
  avatar: '[data-testid="Tweet-User-Avatar"]',
  time: 'time[datetime]',
  statusLink: 'a[href*="/status/"]',
  socialContext: '[data-testid="socialContext"]',
  /** The quoted post: a role=link box holding a second User-Name. */
  quoteBox: '[role="link"]',
  /** Ads are wrapped in placementTracking (which also wraps plain video players: check the post is inside it). */
  adWrapper: '[data-testid="placementTracking"]',
  countGroup: '[role="group"][aria-label]',
  counts: {
    replies: '[data-testid="reply"]',
    reposts: '[data-testid="retweet"], [data-testid="unretweet"]',
    likes: '[data-testid="like"], [data-testid="unlike"]',
    views: 'a[href$="/analytics"]',
  },
} as const;

/** The ad label, when X prints it as text ("Ad", "Promoted by …") in the UI languages we meet. */
const AD_LABEL =
  /^(Promoted|Ad|Dipromosikan|Iklan|推荐|推廣|已推广|广告|プロモーション|프로모션 중|광고|Promocionado|Promovido|Anúncio|Anuncio|Gesponsert|Sponsorisé|Sponsorizzato|Promowane|Реклама)((\s+(by|oleh)\s+.+)|)$/i;

/** Words of the group aria-label ("48 balasan, 152 posting ulang, …"), used when the buttons are missing. */
const GROUP_WORDS: [keyof PostCounts, RegExp][] = [
  ['replies', /repl|balas|回复|回覆|返信|respuesta|resposta/i],
  ['reposts', /repost|posting ulang|转帖|轉|リポスト/i],
  ['likes', /like|suka|喜欢|喜歡|いいね|curtid|me gusta/i],
  ['views', /view|tayang|观看|查看|觀看|表示|visualiza/i],
];

/** First path segments that are X's own pages, not a user. */
const RESERVED = new Set([
  'i',
  'home',
  'explore',
  'search',
  'notifications',
  'messages',
  'settings',
  'compose',
  'hashtag',
]);
const HANDLE = /^@?(\w{1,15})$/;
const STATUS_ID = /\/status\/(\d+)/;

function handleFromHref(href: string | null): string | undefined {
  const first = /^\/(\w{1,15})(?:\/|$)/.exec(href ?? '')?.[1];
  return first && !RESERVED.has(first.toLowerCase()) ? first : undefined;
}

/** The author's handle and name from a User-Name block. */
function readAuthor(userName: Element | null): Post['author'] {
  if (!userName) return {};
  let handle: string | undefined;
  let name: string | undefined;
  for (const span of userName.querySelectorAll('span')) {
    const m = HANDLE.exec(span.textContent?.trim() ?? '');
    if (m && span.textContent?.trim().startsWith('@')) {
      handle = m[1];
      break;
    }
  }
  for (const link of userName.querySelectorAll('a[href]')) {
    if (link.querySelector('time')) continue;
    handle ??= handleFromHref(link.getAttribute('href'));
    const text = readText(link);
    if (!name && text && !text.startsWith('@')) name = text;
  }
  // A quoted post's User-Name has no links: its name is the first dir=ltr block.
  name ??= (() => {
    const first = userName.querySelector('[dir="ltr"]');
    const text = first ? readText(first) : '';
    return text && !text.startsWith('@') ? text : undefined;
  })();
  return defined({ name, handle });
}

// A quoted post never has its own action bar, so the counts are the post's wherever they sit
// (one saved page nests the bar inside the quote box).
function readCounts(tweet: Element, lang: string | undefined): PostCounts {
  const counts: PostCounts = {};
  for (const [field, selector] of Object.entries(SEL.counts) as [keyof PostCounts, string][]) {
    const el = tweet.querySelector(selector);
    const n = parseCount(el?.getAttribute('aria-label') ?? '', lang);
    if (n !== undefined) counts[field] = n;
  }
  if (Object.keys(counts).length > 0) return counts;
  // No buttons (some layouts): read the group label part by part; X omits zero counts there.
  const group = tweet.querySelector(SEL.countGroup);
  for (const part of group?.getAttribute('aria-label')?.split(/[,、，]\s*/) ?? []) {
    const field = GROUP_WORDS.find(([, words]) => words.test(part))?.[0];
    const n = parseCount(part, lang);
    if (field && n !== undefined && counts[field] === undefined) counts[field] = n;
  }
  return counts;
}

function isAd(tweet: Element, outside: (el: Element) => boolean): boolean {
  if (tweet.closest(SEL.adWrapper)) return true;
  // Ads carry a short label in a leaf span instead of (or beside) the time.
  for (const span of tweet.querySelectorAll('span')) {
    // Not inside a link (a user named "Ad" is no ad) nor the post's text.
    if (span.firstElementChild || !outside(span) || span.closest('a')) continue;
    const text = span.textContent?.trim() ?? '';
    if (text.length < 60 && AD_LABEL.test(text) && !span.closest(SEL.text)) return true;
  }
  return false;
}

/** Who reposted it: the socialContext line links to the reposter's profile (Pinned and communities do not). */
function repostedBy(tweet: Element): string | undefined {
  const context = tweet.querySelector(SEL.socialContext);
  return context ? handleFromHref(context.closest('a[href]')?.getAttribute('href') ?? null) : undefined;
}

/** A thread line: the previous cell's post has the 2px connector under its avatar. */
function continuesThread(tweet: Element): boolean {
  const previous = tweet.closest(SEL.cell)?.previousElementSibling?.querySelector(SEL.post);
  const line = previous?.querySelector(SEL.avatar)?.nextElementSibling;
  if (!line) return false;
  const view = line.ownerDocument.defaultView;
  return (view?.getComputedStyle(line).width ?? '') === '2px';
}

function isReply(tweet: Element, id: string, pageUrl: string, outside: (el: Element) => boolean): boolean {
  // "Replying to @handle" / "Membalas @handle": a link to a profile, outside the name and text.
  for (const link of tweet.querySelectorAll('a[href^="/"]')) {
    if (!outside(link) || link.closest(SEL.userName) || link.closest(SEL.text)) continue;
    if (/^@\w{1,15}$/.test(link.textContent?.trim() ?? '')) return true;
  }
  // On a status page, the posts after the focal post are its replies.
  const focalId = STATUS_ID.exec(absoluteUrl(pageUrl, pageUrl)?.pathname ?? '')?.[1];
  if (focalId && focalId !== id) {
    const focal = tweet.ownerDocument
      .querySelector(`${SEL.post} a[href*="/status/${focalId}"] time`)
      ?.closest(SEL.post);
    if (focal && focal.compareDocumentPosition(tweet) & 4 /* DOCUMENT_POSITION_FOLLOWING */) return true;
  }
  return continuesThread(tweet);
}

function readBody(
  tweet: Element,
  outside: (el: Element) => boolean,
): { text: string; lang?: string; truncated: boolean } {
  const textEl = [...tweet.querySelectorAll(SEL.text)].find(outside);
  const showMore = [...tweet.querySelectorAll(SEL.showMore)].some(outside);
  if (textEl) {
    const lang = textEl.getAttribute('lang') ?? undefined;
    return { text: readText(textEl), lang: lang === 'und' ? undefined : lang, truncated: showMore };
  }
  const title = tweet.querySelector(SEL.articleTitle);
  if (!title) return { text: '', truncated: showMore };
  const body = tweet.querySelector(SEL.articleBody);
  return { text: tidy(`${readText(title)}\n\n${body ? readText(body) : ''}`), truncated: showMore };
}

/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out: the adapters also run on DOMs without a global Node. */
const FOLLOWING = 4;

/**
 * The quoted post's box: the role=link box inside the post that holds a User-Name or a text
 * (not "the second User-Name": a post whose own name block is missing must not become the
 * quoted one).
 * Without that role, the second name's branch below the point where it meets the first; with
 * one name only, that name is the quoted post's if the post's text comes before it (a post's
 * own name heads it), and its branch below the text is the box.
 */
function quoteBoxOf(tweet: Element, names: Element[]): Element | undefined {
  const inside = (box: Element | null | undefined): box is Element => !!box && box !== tweet && tweet.contains(box);
  // What only a post shows: a name or a text (the quoted name alone may be missing). Not a time:
  // the post's own permalink around its time is a role=link too.
  const postParts = `${SEL.userName}, ${SEL.text}`;
  const byRole = [...tweet.querySelectorAll(SEL.quoteBox)].find((box) => inside(box) && box.querySelector(postParts));
  if (byRole) return byRole;
  const [first, second] = names;
  if (!first) return undefined;
  if (second) return branchOf(second, first, inside);
  const text = tweet.querySelector(SEL.text);
  const afterText = !!text && (text.compareDocumentPosition(first) & FOLLOWING) !== 0 && !text.contains(first);
  return afterText ? branchOf(first, text, inside) : undefined;
}

/** The largest element holding `el` but not `other`, if it lies inside the post. */
function branchOf(el: Element, other: Element, inside: (box: Element) => boolean): Element | undefined {
  let box = el;
  while (box.parentElement && !box.parentElement.contains(other)) box = box.parentElement;
  return inside(box) ? box : undefined;
}

export const x: SiteAdapter = {
  site: 'x',
  matches: (url) => /(^|\.)(x|twitter)\.com$/.test(url.hostname),
  findPostElements: (root) => [...root.querySelectorAll(SEL.post)],
  readPost(tweet, pageUrl) {
    const names = tweet.querySelectorAll(SEL.userName);
    const quote = quoteBoxOf(tweet, [...names]);
    const outside = (el: Element) => !quote?.contains(el);

    // The permalink is the time's link; an ad shows no time, but its media and analytics link
    // to its status too.
    const time = [...tweet.querySelectorAll(SEL.time)].find(outside);
    const links = [time?.closest('a[href]'), ...tweet.querySelectorAll(SEL.statusLink)].filter((a) => a && outside(a));
    const url = links
      .map((a) => absoluteUrl(a?.getAttribute('href'), pageUrl))
      .find((u) => u && STATUS_ID.test(u.pathname));
    const id = STATUS_ID.exec(url?.pathname ?? '')?.[1];
    if (!id) return { skip: 'no id' };
    const body = readBody(tweet, outside);
    if (!body.text) return { skip: 'no text' };
    const { text, cut } = capText(body.text);

    const author = readAuthor([...names].find(outside) ?? null);
    const reposter = repostedBy(tweet);
    const quoted = quote ? readQuoted(quote, id, pageUrl) : undefined;
    let kind: PostKind = 'post';
    if (isAd(tweet, outside)) kind = 'ad';
    else if (reposter) kind = 'repost';
    else if (quoted) kind = 'quote';
    else if (isReply(tweet, id, pageUrl, outside)) kind = 'reply';

    const handle = STATUS_ID.test(url?.pathname ?? '') ? url?.pathname.split('/')[1] : undefined;
    const post: Post = {
      key: `x:${id}`,
      site: 'x',
      postId: id,
      url: `https://x.com/${handle ?? 'i/web'}/status/${id}`,
      author,
      text,
      counts: readCounts(tweet, body.lang),
      kind,
      ...defined({
        truncated: body.truncated || cut ? true : undefined,
        lang: body.lang,
        postedAt: isoTime(time?.getAttribute('datetime')),
        repostedBy: reposter,
        quoted,
      }),
    };
    return { post };
  },
};

function readQuoted(quote: Element, ownId: string, pageUrl: string): Post['quoted'] {
  const textEl = quote.querySelector(SEL.text);
  // The quoted post's id shows in its links (photo, status); skip any link to the quoting post.
  let postId: string | undefined;
  for (const link of quote.querySelectorAll(SEL.statusLink)) {
    const found = STATUS_ID.exec(absoluteUrl(link.getAttribute('href'), pageUrl)?.pathname ?? '')?.[1];
    if (found && found !== ownId) {
      postId = found;
      break;
    }
  }
  return defined({ postId, text: textEl ? readText(textEl) : undefined });
}
