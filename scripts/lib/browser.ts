// Launches Debian's Chromium with a built Simak loaded, and serves saved pages at their real
// URLs. Every request that is not a served page is aborted, so no test touches the network.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { stripScripts } from './saved-page';

export { stripScripts };

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGE_RESOURCES = new Set(['image', 'stylesheet', 'font', 'media']);
export const DIST = resolve(import.meta.dirname, '../../dist/chrome');

/** One clear line instead of a stack trace when the machine lacks what the tests need. */
export function requireBrowserAndBuild(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`,
    );
  }
  if (!existsSync(join(DIST, 'manifest.json'))) {
    throw new Error(`No build at ${DIST}: run "npm run build" first.`);
  }
}

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** URLs that something tried to fetch from the network (all aborted). */
  blocked: string[];
  close(): Promise<void>;
}

export async function launch(extensionDir = DIST, options: { headless?: boolean } = {}): Promise<Session> {
  requireBrowserAndBuild();
  const profile = mkdtempSync(join(tmpdir(), 'simak-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: options.headless === false ? null : { width: 1280, height: 800 },
    args: [
      ...(options.headless === false ? [] : ['--headless=new']),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const blocked: string[] = [];
  // Anything not routed more specifically by a test is aborted: nothing leaves the machine.
  // A saved page's own images, styles and fonts are the site's requests, not Simak's: they are
  // aborted but not listed (Simak loads none of these kinds).
  await context.route(/^https?:\/\//, (route) => {
    if (!PAGE_RESOURCES.has(route.request().resourceType())) blocked.push(route.request().url());
    return route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    blocked,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Scrolls to the end of the page a part of a screen at a time, waiting at each stop for the
 * browser to draw a frame there. Simak reads what comes into view, and the browser works out
 * what is in view only when it draws: a busy machine that skips frames between two quick
 * scrolls never shows the post in between (a person could not have seen it either).
 */
export async function scrollToEnd(page: Page, step = 0.7, maxSteps = 400): Promise<void> {
  for (let i = 0; i < maxSteps; i++) {
    const atEnd = await page.evaluate(
      (step) =>
        new Promise<boolean>((done) => {
          scrollBy(0, innerHeight * step);
          const end = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
          // The second callback runs after the frame the first one preceded was drawn.
          requestAnimationFrame(() => requestAnimationFrame(() => done(end)));
        }),
      step,
    );
    if (atEnd) return;
  }
}

/** Serves `htmlFile` at `url` and opens it; resolves once the content script has started. */
export async function openSavedPage(
  session: Session,
  url: string,
  htmlFile: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<Page> {
  const html = stripScripts(readFileSync(htmlFile, 'utf8'));
  return openHtml(session, url, html, prepare);
}

/**
 * `prepare` runs on the new page before it loads (init scripts, emulated screen). `ownWindow`
 * opens the page in a window of its own, visible like the person's front tab: a background
 * tab draws no frames and answers mouse input about six times slower, which is what several
 * tabs clicked at once would otherwise measure.
 */
export async function openHtml(
  session: Session,
  url: string,
  html: string,
  prepare?: (page: Page) => Promise<void>,
  options: { ownWindow?: boolean } = {},
): Promise<Page> {
  await session.context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  const page = options.ownWindow ? await newWindow(session) : await session.context.newPage();
  await prepare?.(page);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await contentScriptStarted(page, session.extensionId);
  await contentSessionListening(session, page.url());
  return page;
}

// Windows are opened one at a time: the new page is known only as "the next page event".
const windowQueue = new WeakMap<Session, Promise<unknown>>();

function newWindow(session: Session): Promise<Page> {
  const open = async (): Promise<Page> => {
    const browser = session.context.browser();
    if (!browser) throw new Error('no browser to open a window in');
    const cdp = await browser.newBrowserCDPSession();
    try {
      const opened = session.context.waitForEvent('page');
      await cdp.send('Target.createTarget', { url: 'about:blank', newWindow: true });
      return await opened;
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  };
  const page = (windowQueue.get(session) ?? Promise.resolve()).then(open, open);
  windowQueue.set(session, page);
  return page;
}

/**
 * Resolves once the content script in the tab at `url` answers a command: its session (feed
 * watcher, badges, listeners) has started, after reading the settings. The command asked is the
 * context menu's, which logs nothing without a person's right-click.
 */
async function contentSessionListening(session: Session, url: string, timeout = 15_000): Promise<void> {
  for (const started = Date.now(); Date.now() - started < timeout; ) {
    const answered = await session.worker.evaluate(async (url) => {
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
      const tab = (await api.tabs.query({})).find((t) => t.url === url);
      if (tab?.id === undefined) return false;
      return api.tabs.sendMessage(tab.id, { type: 'content/log-target', from: 'menu' }).then(
        (reply) => reply !== undefined,
        () => false,
      );
    }, url);
    if (answered) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Simak's content session did not start at ${url}`);
}

/**
 * Resolves once Simak's content script runs in `page`. Simak leaves no marker in the page, so
 * this asks the DevTools protocol for the page's JavaScript worlds: the content script's
 * isolated world has the extension's origin.
 */
export async function contentScriptStarted(page: Page, extensionId: string, timeout = 15_000): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error("Simak's content script did not start in the page")), timeout);
      cdp.on('Runtime.executionContextCreated', ({ context }) => {
        if (context.origin === `chrome-extension://${extensionId}`) {
          clearTimeout(timer);
          done();
        }
      });
      void cdp.send('Runtime.enable');
    });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export async function openExtensionPage(session: Session, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

/** Sends a raw protocol message from an extension page, as the UI would. */
export function sendFromExtensionPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(
    (m) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(m),
    message,
  );
}

/** Reads every row of a store of Simak's IndexedDB from an extension page (raw API, no Dexie). */
export function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolveRows, reject) => {
        const open = indexedDB.open('simak');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const dbh = open.result;
          if (!dbh.objectStoreNames.contains(name)) return resolveRows([]);
          const req = dbh.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            resolveRows(req.result as T[]);
            dbh.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}
