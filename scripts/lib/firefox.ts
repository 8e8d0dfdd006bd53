// Launches Debian's Firefox ESR over WebDriver BiDi (puppeteer-core) and installs the Firefox
// build of Simak as a temporary add-on, then serves pages at the sites' real URLs from memory.
// Every other request a served page makes is aborted, so no test touches the network.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_DIST = resolve(import.meta.dirname, '../../dist/firefox');
/** Simak's add-on id in the Firefox build (vite.config.ts, browser_specific_settings.gecko). */
const GECKO_ID = 'simak@simak.dev';
/**
 * Firefox gives each install a random moz-extension host; this pref fixes it at launch, so
 * the tests can open Simak's own pages (BiDi's install answers only the add-on id).
 */
export const EXTENSION_UUID = '5e3a1c7d-2b4f-4a60-9d8e-71c0f5b2a943';

/** One clear line instead of a stack trace when the machine lacks what the tests need. */
export function requireFirefoxAndBuild(): void {
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `Firefox not found at ${FIREFOX}: install it with "apt-get install -y firefox-esr" or set FIREFOX_PATH.`,
    );
  }
  if (!existsSync(join(FIREFOX_DIST, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_DIST}: run "npm run build" first.`);
  }
}

export interface FirefoxSession {
  browser: Browser;
  /** The add-on id Firefox answered when it installed Simak. */
  addonId: string;
  /** URLs that a served page tried to fetch from the network (all aborted). */
  blocked: string[];
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  requireFirefoxAndBuild();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Firefox 153 lets WebDriver open only http(s), file and about:blank unless system access
    // is allowed: Simak's popup is a moz-extension:// page.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    },
  });
  try {
    // WebDriver BiDi's webExtension.install with the unpacked build: a temporary add-on.
    const addonId = await browser.installExtension(FIREFOX_DIST);
    return { browser, addonId, blocked: [], close: () => browser.close() };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

/**
 * Serves `html` at `url` in a new tab and opens it; resolves once Simak has drawn its first badge
 * (unless `badgeFirst` is false: a page whose posts start below the first screen has none yet).
 * `pageOwns`: a saved page's markup, whose own images and styles (the URLs it names) are aborted
 * without being listed. BiDi gives no resource type to tell them from Simak's, so a request is the
 * page's only when the page names its URL.
 */
/**
 * Lets a request's answer settle in the background. A request the browser dropped meanwhile (its
 * page moved on or closed) cannot be answered: Firefox's remote agent says "no such request",
 * which is no failure of the test (a CI run failed on one unhandled, all tests passed). Any other
 * error stays unhandled, so the run still fails on it.
 */
function answered(reply: Promise<void>): void {
  reply.catch((error: unknown) => {
    if (!String((error as Error)?.message ?? error).includes('no such request')) throw error;
  });
}

export async function openHtmlInFirefox(
  session: FirefoxSession,
  url: string,
  html: string,
  options: { pageOwns?: string; badgeFirst?: boolean } = {},
): Promise<Page> {
  const named = options.pageOwns?.replaceAll('&amp;', '&');
  const page = await session.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url() === url) {
      answered(request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
      return;
    }
    // A data: address (a font inlined in a saved page's CSS) fetches nothing.
    if (request.url().startsWith('data:')) {
      answered(request.continue());
      return;
    }
    // Firefox's own favicon request is the browser's, not Simak's.
    const address = request.url();
    const mine =
      new URL(address).pathname === '/favicon.ico' ||
      // Named in full or without its scheme (`//host/path`, as pages often write them).
      named?.includes(address) ||
      named?.includes(address.replace(/^https?:/, ''));
    if (!mine) session.blocked.push(address);
    answered(request.abort());
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  if (options.badgeFirst === false) return page;
  // A badge host in the page: the content script has started and drawn (its root is closed).
  await page.waitForSelector('[data-simak-badge]', { timeout: 15_000 });
  return page;
}

/** Opens one of Simak's own pages (popup, options, dashboard) in a tab. */
export async function openFirefoxExtensionPage(session: FirefoxSession, path: string): Promise<Page> {
  const page = await session.browser.newPage();
  const url = `moz-extension://${EXTENSION_UUID}/${path}`;
  // Firefox 153 never reports load (nor DOMContentLoaded) to WebDriver for a moz-extension page,
  // so goto would wait out its timeout: start the navigation and wait for the document instead.
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  const ready = await pollPage(
    page,
    (expected) => location.href === expected && document.readyState === 'complete',
    url,
  );
  if (!ready) throw new Error(`${url} did not load in Firefox`);
  return page;
}

/**
 * Asks `fn` in the page again and again until it answers truthy (returned) or `timeout` ms pass
 * (undefined). Not puppeteer's waitForFunction: that builds its poller with Function(), which an
 * extension page's CSP blocks in Firefox ESR 140; and a look that lands as a tab leaves
 * about:blank fails inside Firefox's remote agent ("right-hand side of 'in' should be an object,
 * got null"), which puppeteer does not take for a navigation and gives up on.
 */
export async function pollPage<R>(
  page: Page,
  fn: (arg: string | undefined) => R,
  arg?: string,
  timeout = 15_000,
): Promise<R | undefined> {
  for (const started = Date.now(); Date.now() - started < timeout; ) {
    const answer = await page.evaluate(fn, arg).catch(() => undefined);
    if (answer) return answer as R;
    await new Promise((r) => setTimeout(r, 100));
  }
  return undefined;
}
