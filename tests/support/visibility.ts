// What "a person sees the badge" means, in one place for every browser's end-to-end tests:
// a badge's chip is on top where it is drawn (elementFromPoint finds its host there, not the
// site's header or the post's own content), lies inside its post, and covers none of the
// post's text, author name or buttons. `probeBadge` runs in the page (it is sent as source, so
// it uses nothing from outside itself); `badgeProblems` judges what it measured. How a test
// reaches the closed shadow root to hand the chip to the probe is the browser harness's part
// (Chromium: scripts/lib/badge-dom.ts and tests/e2e/lib/badge-view.ts, through the DevTools protocol;
// Firefox: tests/e2e-firefox/lib/chip.ts, by pointing, as the closed root cannot be reached).

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where a site's post keeps the parts the chip must not cover. */
export interface PostParts {
  /** The post's text (all of it: a quoted post's too). */
  text: string;
  /** The author's name and handle. */
  author: string;
}

export const POST_PARTS: Record<'x' | 'facebook' | 'instagram', PostParts> = {
  x: { text: '[data-testid="tweetText"]', author: '[data-testid="User-Name"]' },
  facebook: {
    text: '[data-ad-rendering-role="story_message"], [data-ad-preview="message"], [data-ft] p',
    author: '[data-ad-rendering-role="profile_name"], h2, h3, h4, strong',
  },
  instagram: { text: 'h1, span[dir="auto"]', author: 'header a[href], a[role="link"] span' },
};

export interface BadgeView {
  chip: Rect;
  post: Rect;
  viewport: { w: number; h: number };
  /** What elementFromPoint found at the chip's centre and at four points just inside its corners. */
  hits: { onBadge: boolean; what: string }[];
  /** Glyph boxes of the post's text and author, and the boxes of its buttons. */
  keepClear: { what: string; rect: Rect }[];
}

/**
 * Measures one badge in the page. `host` is the badge host, `chip` the chip inside its shadow
 * root, or where the chip was found from outside it (a harness that cannot open the closed
 * root finds the chip by pointing: tests/e2e-firefox/lib/chip.ts); the post is the host's parent. Buttons this large (≥ 200 × 120) are wrappers (a whole
 * photo made a button), not controls, as in the badge's own placement.
 */
export function probeBadge(host: Element, chip: Element | Rect, parts: PostParts): BadgeView {
  const rect = (r: { x: number; y: number; width: number; height: number }) => ({
    x: r.x,
    y: r.y,
    w: r.width,
    h: r.height,
  });
  const post = host.parentElement as Element;
  const c =
    chip instanceof Element ? chip.getBoundingClientRect() : { x: chip.x, y: chip.y, width: chip.w, height: chip.h };
  const points = [
    [c.x + c.width / 2, c.y + c.height / 2],
    [c.x + 3, c.y + 3],
    [c.x + c.width - 3, c.y + 3],
    [c.x + 3, c.y + c.height - 3],
    [c.x + c.width - 3, c.y + c.height - 3],
  ];
  const hits = points.map(([x, y]) => {
    const top = document.elementFromPoint(x as number, y as number);
    // Named so that a failure says what covers the chip (a site's header, the post's own text).
    const what = top
      ? `${top.tagName.toLowerCase()}${top.classList[0] ? `.${top.classList[0]}` : ''}${top.getAttribute('data-testid') ? `[data-testid=${top.getAttribute('data-testid')}]` : ''}${top.getAttribute('role') ? `[role=${top.getAttribute('role')}]` : ''}${top.children.length === 0 && top.textContent?.trim() ? ` "${top.textContent.trim().slice(0, 16)}"` : ''}`
      : 'nothing';
    return { onBadge: top === host, what };
  });
  const keepClear: BadgeView['keepClear'] = [];
  const range = document.createRange();
  for (const [what, selector] of [
    ['text', parts.text],
    ['author', parts.author],
  ] as const) {
    for (const el of post.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.nodeValue?.trim()) continue;
        range.selectNodeContents(n);
        for (const r of range.getClientRects())
          keepClear.push({ what: `${what} "${n.nodeValue.trim().slice(0, 20)}"`, rect: rect(r) });
      }
    }
  }
  for (const b of post.querySelectorAll('button, [role="button"]')) {
    if (host.contains(b)) continue;
    const r = b.getBoundingClientRect();
    if (r.width >= 200 && r.height >= 120) continue;
    const label =
      b.getAttribute('aria-label') ?? b.getAttribute('data-testid') ?? b.textContent?.trim().slice(0, 20) ?? '';
    keepClear.push({ what: `button "${label}"`, rect: rect(r) });
  }
  return {
    chip: rect(c),
    post: rect(post.getBoundingClientRect()),
    viewport: { w: innerWidth, h: innerHeight },
    hits,
    keepClear,
  };
}

const EPS = 0.5;
/** The least room between a chip and its post's top edge (placement keeps 6 px). */
const TOP_GAP = 4;
const overlaps = (a: Rect, b: Rect) =>
  a.x + EPS < b.x + b.w && b.x + EPS < a.x + a.w && a.y + EPS < b.y + b.h && b.y + EPS < a.y + a.h;

/** Whether the chip is wholly in the viewport (only those are judged: a person sees them). */
export const onScreen = (v: BadgeView) =>
  v.chip.w > 0 &&
  v.chip.x >= 0 &&
  v.chip.y >= 0 &&
  v.chip.x + v.chip.w <= v.viewport.w &&
  v.chip.y + v.chip.h <= v.viewport.h;

/** Everything that keeps a person from seeing or using the chip; empty when all is well. */
export function badgeProblems(v: BadgeView): string[] {
  const problems: string[] = [];
  if (v.chip.w < 8 || v.chip.h < 8) problems.push(`chip too small (${v.chip.w}×${v.chip.h})`);
  const covered = v.hits.filter((h) => !h.onBadge);
  if (covered.length > 0) problems.push(`chip not on top: ${covered.map((h) => h.what).join(', ')}`);
  const { chip, post } = v;
  if (
    chip.x < post.x - EPS ||
    chip.y < post.y - EPS ||
    chip.x + chip.w > post.x + post.w + EPS ||
    chip.y + chip.h > post.y + post.h + EPS
  ) {
    problems.push('chip outside its post');
  }
  // Flush against the card's top border it reads as belonging to the card above; a post tall
  // enough to spare the room keeps a gap.
  if (post.h >= chip.h + 2 * TOP_GAP && chip.y < post.y + TOP_GAP - EPS) problems.push("chip on its post's top edge");
  for (const k of v.keepClear) if (overlaps(chip, k.rect)) problems.push(`chip over ${k.what}`);
  return problems;
}
