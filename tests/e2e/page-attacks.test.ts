// A hostile page against Simak: everything here runs as the page's own script (page.evaluate
// runs in the page's main world). The page must read nothing of Simak's but the badge hosts,
// and nothing it does may log a complaint: only a person's clicks and right-clicks count.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { badgeCount, inBadges, LOG, sendPageCommand } from '../../scripts/lib/badge-dom';
import { launch, openExtensionPage, openHtml, readStore, type Session } from '../../scripts/lib/browser';
import { patchSettings } from '../../scripts/lib/stored-settings';
import { xTimeline } from './pages/x-timeline';

const URL = 'https://x.com/hostile';
const SECRET_QUERY = 'kuerirahasia';
const TEXTS = [
  'Tolong min, kartu BPJS saya ditolak di RS padahal iuran lancar. Kecewa banget.',
  'Antri dari subuh di puskesmas, obat kosong, pelayanan lambat sekali.',
  'Klaim ditolak terus, sudah tiga kali bolak balik kantor BPJS.',
];
const POST = 'article[data-testid="tweet"]';

describe('a hostile page can neither read Simak nor log for the person', () => {
  let session: Session;
  let page: Page;
  let ext: Page;
  const complaints = async () => (await readStore(ext, 'complaints')).length;

  beforeAll(async () => {
    session = await launch();
    ext = await openExtensionPage(session, 'src/ui/popup/index.html');
    await patchSettings(ext, { watchQueries: [SECRET_QUERY, 'bpjs'] });
    page = await openHtml(session, URL, xTimeline(TEXTS));
    // The page's synthetic clicks below must not follow its own links away from the page.
    await page.evaluate(() => addEventListener('click', (e) => e.isTrusted || e.preventDefault(), { capture: true }));
    for (let tries = 0; (await badgeCount(page)) < 3; tries++) {
      if (tries > 150) throw new Error('the posts were not badged');
      await page.waitForTimeout(100);
    }
  });
  beforeEach(async () => {
    expect(await complaints()).toBe(0);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('finds only the badge hosts: no shadow root to open, no text, no marker, no setting', async () => {
    const seen = await page.evaluate((secret) => {
      const hosts = [...document.querySelectorAll('[data-simak-badge]')];
      const marked = [...document.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some((a) => /simak/i.test(a.name) || /simak/i.test(a.value)),
      );
      return {
        hosts: hosts.length,
        shadowRoots: hosts.filter((h) => h.shadowRoot !== null).length,
        text: hosts.map((h) => h.textContent ?? '').join(''),
        children: hosts.reduce((n, h) => n + h.childNodes.length, 0),
        // Every element carrying "simak" in an attribute is a badge host, with that one attribute.
        marked: marked.map((el) => [...el.attributes].map((a) => a.name).join(' ')),
        rootAttributes: [...document.documentElement.attributes].map((a) => a.name),
        secretInDom: document.documentElement.outerHTML.includes(secret),
        globals: Object.keys(window).filter((k) => /simak/i.test(k)),
      };
    }, SECRET_QUERY);
    expect(seen).toEqual({
      hosts: 3,
      shadowRoots: 0,
      text: '',
      children: 0,
      marked: ['data-simak-badge', 'data-simak-badge', 'data-simak-badge'],
      rootAttributes: ['lang'],
      secretInDom: false,
      globals: [],
    });
  });

  it('synthetic clicks on badges log nothing, even on the log button itself', async () => {
    // What a page can do: click the hosts, and fire clicks and key presses where the chips are.
    await page.evaluate(() => {
      for (const host of document.querySelectorAll<HTMLElement>('[data-simak-badge]')) {
        host.click();
        host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
    });
    // Worse than a page can do: a script holding the log buttons themselves (the test reaches
    // them through the DevTools protocol) clicks each one, twice.
    const clicked = await inBadges(
      page,
      (badges, selector) => {
        let n = 0;
        for (const b of badges) {
          const button = b.root.querySelector<HTMLButtonElement>(selector);
          button?.click();
          button?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          if (button) n++;
        }
        return n;
      },
      LOG,
    );
    expect(clicked).toBe(3);
    await page.waitForTimeout(500);
    expect(await complaints()).toBe(0);
  });

  it('300 fake posts made by the page and clicked by it give no complaint', async () => {
    await page.evaluate((texts) => {
      const section = document.querySelector('section') as HTMLElement;
      for (let i = 0; i < 300; i++) {
        const id = String(1790000000000000000n + BigInt(9000 + i));
        const cell = document.createElement('div');
        cell.dataset.testid = 'cellInnerDiv';
        cell.innerHTML = `<article data-testid="tweet" role="article"><div data-testid="User-Name"><a href="#/bot${i}"><span>Bot</span></a><a href="#/bot${i}"><span>@bot${i}</span></a><a href="/bot${i}/status/${id}"><time datetime="2026-11-20T03:00:00.000Z">20 Nov</time></a></div><div data-testid="tweetText" lang="in"><span></span></div></article>`;
        (cell.querySelector('[data-testid="tweetText"] span') as HTMLElement).textContent =
          texts[i % texts.length] ?? '';
        section.append(cell);
      }
    }, TEXTS);
    await expect
      .poll(
        async () => {
          await page.evaluate(() => scrollBy(0, innerHeight));
          return badgeCount(page);
        },
        { timeout: 30_000 },
      )
      .toBeGreaterThan(50);
    await page.evaluate(() => {
      for (const host of document.querySelectorAll<HTMLElement>('[data-simak-badge]')) {
        const r = host.getBoundingClientRect();
        host.click();
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
          document
            .elementFromPoint(r.x + 10, r.y + 10)
            ?.dispatchEvent(
              new MouseEvent(type, { bubbles: true, composed: true, clientX: r.x + 10, clientY: r.y + 10 }),
            );
        }
      }
    });
    await page.waitForTimeout(500);
    expect(await complaints()).toBe(0);
    await page.evaluate(() => {
      for (const cell of [...document.querySelectorAll('[data-testid="cellInnerDiv"]')].slice(3)) cell.remove();
      scrollTo(0, 0);
    });
  });

  it('a synthetic right-click, or a real one the page swallowed and faked elsewhere, logs nothing from the menu', async () => {
    expect(page.url().split('#')[0]).toBe(URL);
    // The page fires its own contextmenu on the second post; the menu is then chosen.
    await page.evaluate(
      (sel) => document.querySelectorAll(sel)[1]?.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true })),
      POST,
    );
    expect(await sendPageCommand(session.worker, URL, 'menu')).toEqual({ ok: true, value: { logged: false } });

    // The page swallows the person's right-click on the first post and fakes one on the third.
    await page.evaluate((sel) => {
      addEventListener(
        'contextmenu',
        (e) => {
          if (!e.isTrusted) return;
          e.stopImmediatePropagation();
          document.querySelectorAll(sel)[2]?.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true }));
        },
        { capture: true },
      );
    }, POST);
    const first = page.locator(POST).first();
    await first.scrollIntoViewIfNeeded();
    const box = await first.boundingBox();
    if (!box) throw new Error('the first post is not laid out');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 10, { button: 'right' });
    await page.keyboard.press('Escape');
    expect(await sendPageCommand(session.worker, URL, 'menu')).toEqual({ ok: true, value: { logged: false } });
    expect(await complaints()).toBe(0);
    // Nor steer the keyboard command with a synthetic pointer move: the command logs what is
    // under the person's pointer, which rests outside every post.
    await page.mouse.move(1, 1);
    await page.evaluate((sel) => {
      const r = document.querySelectorAll(sel)[1]?.getBoundingClientRect();
      if (r) dispatchEvent(new PointerEvent('pointermove', { clientX: r.x + 5, clientY: r.y + 5, bubbles: true }));
    }, POST);
    expect(await sendPageCommand(session.worker, URL, 'command')).toEqual({ ok: true, value: { logged: false } });
    expect(await complaints()).toBe(0);
  });

  // Last: the person's own Tab logs a post at the end.
  it('a page moving focus onto a post does not choose what the keyboard command logs', async () => {
    const fresh = await openHtml(session, `${URL}/focus`, xTimeline(TEXTS));
    for (let tries = 0; (await badgeCount(fresh)) < 3; tries++) {
      if (tries > 150) throw new Error('the posts were not badged');
      await fresh.waitForTimeout(100);
    }
    // The pointer never entered this page: the command falls back to focus, which the page moves.
    await fresh.evaluate((sel) => {
      const link = document.querySelectorAll(sel)[1]?.querySelector('a');
      link?.setAttribute('tabindex', '0');
      link?.focus();
    }, POST);
    expect(
      await fresh.evaluate((sel) => document.querySelectorAll(sel)[1]?.contains(document.activeElement), POST),
    ).toBe(true);
    expect(await sendPageCommand(session.worker, `${URL}/focus`, 'command')).toEqual({
      ok: true,
      value: { logged: false },
    });
    expect(await complaints()).toBe(0);
    // Focus the person moved with Tab is theirs: the command logs the focused post.
    await fresh.keyboard.press('Tab');
    expect(await sendPageCommand(session.worker, `${URL}/focus`, 'command')).toEqual({
      ok: true,
      value: { logged: true },
    });
    await expect.poll(complaints).toBe(1);
    await fresh.close();
  });
});
