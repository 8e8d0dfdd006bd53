// Reaching inside Simak's badges from a Chromium test, bench or script. Their shadow roots are closed, so no page
// script reaches them; the DevTools protocol does (DOM.describeNode pierces closed roots), and
// that is how the tests read a badge, measure it, and find where to click. Clicks are then
// made with the mouse (page.mouse): real input, as a person's, since badges ignore synthetic
// events.
import type { CDPSession, Page, Worker } from 'playwright-core';

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdpOf(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

interface RemoteObject {
  objectId?: string;
}

/**
 * Calls `fn` in the page with every badge (host and its closed shadow root), in document order,
 * and `arg`; returns its result by value. `fn` is sent as source: it may use only its arguments.
 */
export function inBadges<A, R>(
  page: Page,
  fn: ((badges: { host: Element; root: ShadowRoot }[], arg: A) => R) | string,
  arg: A,
): Promise<Awaited<R>> {
  return callWithBadges(page, fn, arg);
}

/**
 * As inBadges, with one badge alone (one badge's root is found much faster than all): `index`
 * is its place in document order, or a selector for its host (badges come as posts are seen,
 * so an index names another badge once an earlier post gets its own).
 */
export function inBadge<A, R>(
  page: Page,
  index: number | string,
  fn: ((badge: { host: Element; root: ShadowRoot } | undefined, arg: A) => R) | string,
  arg: A,
): Promise<Awaited<R>> {
  return callWithBadges(page, `(badges, arg) => (${fn.toString()})(badges[0], arg)`, arg, index);
}

const GROUP = 'simak-badges';

async function callWithBadges<A, R>(
  page: Page,
  fn: ((badges: { host: Element; root: ShadowRoot }[], arg: A) => R) | string,
  arg: A,
  only?: number | string,
): Promise<Awaited<R>> {
  const cdp = await cdpOf(page);
  const hosts =
    typeof only === 'string'
      ? `[...document.querySelectorAll(${JSON.stringify(only)})].slice(0, 1)`
      : `[...document.querySelectorAll('[data-simak-badge]')]${only === undefined ? '' : `.slice(${only}, ${only + 1})`}`;
  const { result: list } = (await cdp.send('Runtime.evaluate', {
    expression: hosts,
    objectGroup: GROUP,
  })) as { result: RemoteObject };
  const { result: props } = (await cdp.send('Runtime.getProperties', {
    objectId: list.objectId as string,
    ownProperties: true,
  })) as { result: { name: string; value?: RemoteObject }[] };
  const roots: string[] = [];
  for (const p of props.filter((p) => /^\d+$/.test(p.name)).sort((a, b) => Number(a.name) - Number(b.name))) {
    const { node } = (await cdp.send('DOM.describeNode', { objectId: p.value?.objectId, depth: 0, pierce: true })) as {
      node: { shadowRoots?: { backendNodeId: number }[] };
    };
    const backendNodeId = node.shadowRoots?.[0]?.backendNodeId;
    if (backendNodeId === undefined) continue;
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId, objectGroup: GROUP })) as {
      object: RemoteObject;
    };
    if (object.objectId) roots.push(object.objectId);
  }
  const reply = (await cdp.send('Runtime.callFunctionOn', {
    objectId: list.objectId as string,
    // `__name`: the helper a TypeScript runner may add to named functions in the source.
    functionDeclaration: `function (arg, ...roots) { const __name = (f) => f; return (${fn.toString()})(roots.map((root) => ({ host: root.host, root })), arg); }`,
    arguments: [{ value: arg }, ...roots.map((objectId) => ({ objectId }))],
    returnByValue: true,
    awaitPromise: true,
  })) as { result: { value: Awaited<R> }; exceptionDetails?: { exception?: { description?: string }; text: string } };
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: GROUP }).catch(() => undefined);
  if (reply.exceptionDetails) {
    throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
  }
  return reply.result.value;
}

export const badgeCount = (page: Page) => page.locator('[data-simak-badge]').count();

/** The badge hosts' posts' indices in `selector` order: which post each badge is on. */
export function badgeOfPost(page: Page, postSelector: string, n: number): Promise<number> {
  return inBadges(
    page,
    (badges, { postSelector, n }) => {
      const post = document.querySelectorAll(postSelector)[n];
      return badges.findIndex((b) => b.host.parentElement === post);
    },
    { postSelector, n },
  );
}

/** The centre of an element inside badge `index`, or null when it is not laid out. */
export function badgeCentre(page: Page, index: number, selector: string): Promise<{ x: number; y: number } | null> {
  return inBadge(
    page,
    index,
    (badge, selector) => {
      const r = badge?.root.querySelector(selector)?.getBoundingClientRect();
      return r && r.width > 0 ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
    },
    selector,
  );
}

/** Text of elements matching `selector` in each badge (`.tag.match`: the matched words). */
export function badgeTexts(page: Page, selector: string): Promise<string[][]> {
  return inBadges(
    page,
    (badges, selector) => badges.map((b) => [...b.root.querySelectorAll(selector)].map((e) => e.textContent ?? '')),
    selector,
  );
}

/**
 * Clicks `selector` in badge `index` as a person would: scrolls the chip into view, points at
 * the chip (which opens the panel), then clicks the control.
 */
export async function clickInBadge(page: Page, index: number, selector: string): Promise<void> {
  // Away first: the next chip scrolls to where the last one was, and a pointer that does not
  // move enters nothing.
  await page.mouse.move(0, 0);
  // A panel left open by the last badge closes once the pointer has gone (and may cover this chip).
  await page.waitForTimeout(100);
  // Scrolled into view and measured in one call. The scroll's event comes a frame later, and a
  // scroll closes an open panel: let it pass before measuring (a tab in the background draws no
  // frames: then a short wait stands in for them).
  const chip = await inBadge(
    page,
    index,
    async (badge) => {
      const chip = badge?.root.querySelector('.chip');
      chip?.scrollIntoView({ block: 'center' });
      await new Promise((r) => {
        requestAnimationFrame(() => requestAnimationFrame(r));
        setTimeout(r, 100);
      });
      const r = chip?.getBoundingClientRect();
      return r && r.width > 0 ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
    },
    null,
  );
  if (!chip) throw new Error(`badge ${index} has no chip on screen`);
  await page.mouse.move(chip.x, chip.y);
  let target = selector === '.chip' ? chip : await badgeCentre(page, index, selector);
  // As a person whose pointer landed as the chip moved (a badge drawn above it, the late scroll
  // event of scrollIntoView): point again at where the chip is now, a few times, before failing.
  for (let again = 0; !target && again < 3; again++) {
    await page.waitForTimeout(150);
    const now = await badgeCentre(page, index, '.chip');
    if (!now) break;
    await page.mouse.move(0, 0);
    await page.mouse.move(now.x, now.y);
    target = await badgeCentre(page, index, selector);
  }
  if (!target) throw new Error(`badge ${index} shows no ${selector}`);
  await page.mouse.click(target.x, target.y);
}

export const LOG = 'button[data-simak-action="log"]';
export const UNDO = 'button[data-simak-action="undo"]';

/** Each badge's log button text ("Catat keluhan", "Tercatat", …), in document order. */
export async function logButtonTexts(page: Page): Promise<string[]> {
  return (await badgeTexts(page, LOG)).map((texts) => texts[0] ?? '');
}

/** Sends the keyboard command's or the context menu's message to `page`'s tab, as the worker does. */
export async function sendPageCommand(worker: Worker, url: string, from: 'menu' | 'command'): Promise<unknown> {
  return worker.evaluate(
    async ({ url, from }) => {
      const api = (
        globalThis as unknown as {
          chrome: {
            tabs: {
              query(q: object): Promise<{ id?: number; url?: string }[]>;
              sendMessage(id: number, m: unknown): Promise<unknown>;
            };
          };
        }
      ).chrome;
      const tabs = await api.tabs.query({});
      const tab = tabs.find((t) => t.url?.split('#')[0] === url);
      if (tab?.id === undefined) throw new Error(`no tab at ${url} (tabs: ${tabs.map((t) => t.url).join(', ')})`);
      return api.tabs.sendMessage(tab.id, { type: 'content/log-target', from });
    },
    { url, from },
  );
}
