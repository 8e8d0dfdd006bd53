import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeOfPost,
  clickInBadge,
  inBadge,
  inBadges,
  LOG,
  logButtonTexts,
  sendPageCommand,
  UNDO,
} from '../../scripts/lib/badge-dom';
import { launch, openExtensionPage, openHtml, readStore, type Session } from '../../scripts/lib/browser';
import { xTimeline } from './pages/x-timeline';

const TEXTS = [
  'Tolong min, kartu BPJS saya ditolak di RS padahal iuran lancar. Kecewa banget.',
  'Terima kasih BPJS Kesehatan, pelayanan di puskesmas cepat dan ramah 🙏',
  '<img src=x onerror=alert(1)>',
];

const POST = 'article[data-testid="tweet"]';
/** Clicks `selector` in the badge of the `n`th post, with the mouse. */
const clickOnPost = async (page: Page, n: number, selector: string) =>
  clickInBadge(page, await badgeOfPost(page, POST, n), selector);
const logText = async (page: Page, n: number) => (await logButtonTexts(page))[await badgeOfPost(page, POST, n)];

describe('in the page: badges and one-click logging on x.com', () => {
  let session: Session;
  let page: Page;
  let dialogs = 0;
  beforeAll(async () => {
    session = await launch();
    page = await openHtml(session, 'https://x.com/home', xTimeline(TEXTS));
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
  });
  afterAll(async () => {
    // Nothing Simak did in this session tried to reach the network.
    const blocked = session?.blocked ?? [];
    await session?.close();
    expect(blocked).toEqual([]);
  });

  it('puts a badge with a log button on every visible post without moving it', async () => {
    await expect.poll(() => page.locator('[data-simak-badge]').count(), { timeout: 15_000 }).toBe(3);
    const host = page.locator('[data-simak-badge]').first();
    expect(await host.evaluate((h) => h.getBoundingClientRect().height)).toBe(0);
    await expect.poll(() => logText(page, 0)).toMatch(/Catat keluhan|Log complaint/);
  });

  it('logs exactly one complaint per post, however often it is clicked, and Undo removes it', async () => {
    const ext = await openExtensionPage(session, 'src/ui/popup/index.html');
    await clickOnPost(page, 0, LOG);
    await expect.poll(async () => (await readStore(ext, 'complaints')).length).toBe(1);
    await clickOnPost(page, 0, LOG);
    await clickOnPost(page, 0, LOG);
    await expect.poll(() => logText(page, 0)).toMatch(/Sudah dicatat|Already logged/);
    const rows = await readStore<{
      postKey: string;
      status: string;
      post: { text: string; author: { handle: string } };
    }>(ext, 'complaints');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ postKey: 'x:1790000000000000001', status: 'new' });
    expect(rows[0]?.post.text).toContain('kartu BPJS saya ditolak');

    // A fresh log on another post offers Undo, which removes that record only.
    await clickOnPost(page, 1, LOG);
    await expect.poll(async () => (await readStore(ext, 'complaints')).length).toBe(2);
    await clickOnPost(page, 1, UNDO);
    await expect
      .poll(async () => (await readStore<{ postKey: string }>(ext, 'complaints')).map((r) => r.postKey))
      .toEqual(['x:1790000000000000001']);
    await ext.close();
  });

  it('shows a post whose text is HTML as text, and runs nothing', async () => {
    const third = page.locator('article[data-testid="tweet"]').nth(2);
    await expect.poll(() => third.locator('[data-simak-badge]').count()).toBe(1);
    await clickOnPost(page, 2, LOG);
    const ext = await openExtensionPage(session, 'src/ui/popup/index.html');
    await expect
      .poll(async () => (await readStore<{ post: { text: string } }>(ext, 'complaints')).map((r) => r.post.text))
      .toContain('<img src=x onerror=alert(1)>');
    // No <img> was created from the text anywhere, in the page or in a badge's shadow root.
    const imgs =
      (await page.evaluate(() => document.querySelectorAll('img').length)) +
      (await inBadges(page, (badges) => badges.reduce((n, b) => n + b.root.querySelectorAll('img').length, 0), null));
    expect(imgs).toBe(0);
    expect(dialogs).toBe(0);
    await ext.close();
  });

  it('logs the post under the pointer with the keyboard command, and the right-clicked post from the menu', async () => {
    const ext = await openExtensionPage(session, 'src/ui/popup/index.html');
    const keys = async () => (await readStore<{ postKey: string }>(ext, 'complaints')).map((r) => r.postKey).sort();
    const before = await keys();
    // Undo the HTML post's record from the test above, so that post can be logged again here.
    const third = page.locator(POST).nth(2);
    await third.scrollIntoViewIfNeeded();
    const box = await third.boundingBox();
    if (!box) throw new Error('the third post is not laid out');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 10);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 10, { button: 'right' });
    await page.keyboard.press('Escape');
    expect(await sendPageCommand(session.worker, 'https://x.com/home', 'menu')).toEqual({
      ok: true,
      value: { logged: true },
    });
    // The menu's target is used once: a second menu message without a right-click logs nothing.
    expect(await sendPageCommand(session.worker, 'https://x.com/home', 'menu')).toEqual({
      ok: true,
      value: { logged: false },
    });
    const second = page.locator(POST).nth(1);
    await second.scrollIntoViewIfNeeded();
    const box2 = await second.boundingBox();
    if (!box2) throw new Error('the second post is not laid out');
    await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height - 10);
    expect(await sendPageCommand(session.worker, 'https://x.com/home', 'command')).toEqual({
      ok: true,
      value: { logged: true },
    });
    await expect.poll(keys).toEqual([...new Set([...before, 'x:1790000000000000002', 'x:1790000000000000003'])].sort());
    await ext.close();
  });

  it('is reachable by keyboard: Tab reaches the chip, which opens the panel, then its log button', async () => {
    await page.focus(POST);
    await page.keyboard.press('Tab');
    const state = () =>
      inBadge(
        page,
        0,
        (b) => ({
          focused: b?.root.activeElement?.className ?? '',
          open: !!b?.root.querySelector('.panel')?.matches(':popover-open'),
        }),
        null,
      );
    await expect.poll(state).toEqual({ focused: 'chip negative', open: true });
    await page.keyboard.press('Tab');
    await expect.poll(state).toMatchObject({ focused: 'log', open: true });
  });
});
