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

/** Serves `htmlFile` at `url` and opens it; resolves once the content script has started. */
export async function openSavedPage(session: Session, url: string, htmlFile: string): Promise<Page> {
  const html = stripScripts(readFileSync(htmlFile, 'utf8'));
  return openHtml(session, url, html);
}

export async function openHtml(session: Session, url: string, html: string): Promise<Page> {
  await session.context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('html[data-simak="ready"]', { state: 'attached', timeout: 15_000 });
  return page;
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
