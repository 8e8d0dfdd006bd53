import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openExtensionPage, openHtml, readStore, type Session } from '../../scripts/lib/browser';
import { xTimeline } from './pages/x-timeline';

const TEXTS = [
  'Tolong min, kartu BPJS saya ditolak di RS padahal iuran lancar. Kecewa banget.',
  'Terima kasih BPJS Kesehatan, pelayanan di puskesmas cepat dan ramah 🙏',
  '<img src=x onerror=alert(1)>',
];

const badgeButton = (page: Page, n: number) =>
  page.locator('article[data-testid="tweet"]').nth(n).locator('[data-simak-badge] button[data-simak-action="log"]');

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
    await expect.poll(() => badgeButton(page, 0).textContent()).toMatch(/Catat keluhan|Log complaint/);
  });

  it('logs exactly one complaint per post, however often it is clicked, and Undo removes it', async () => {
    const ext = await openExtensionPage(session, 'src/ui/popup/index.html');
    await badgeButton(page, 0).click();
    await expect.poll(async () => (await readStore(ext, 'complaints')).length).toBe(1);
    await badgeButton(page, 0).dblclick();
    await expect.poll(() => badgeButton(page, 0).textContent()).toMatch(/Sudah dicatat|Already logged/);
    const rows = await readStore<{
      postKey: string;
      status: string;
      post: { text: string; author: { handle: string } };
    }>(ext, 'complaints');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ postKey: 'x:1790000000000000001', status: 'new' });
    expect(rows[0]?.post.text).toContain('kartu BPJS saya ditolak');

    // A fresh log on another post offers Undo, which removes that record only.
    await badgeButton(page, 1).click();
    await expect.poll(async () => (await readStore(ext, 'complaints')).length).toBe(2);
    await page
      .locator('article[data-testid="tweet"]')
      .nth(1)
      .locator('[data-simak-badge] button[data-simak-action="undo"]')
      .click();
    await expect
      .poll(async () => (await readStore<{ postKey: string }>(ext, 'complaints')).map((r) => r.postKey))
      .toEqual(['x:1790000000000000001']);
    await ext.close();
  });

  it('shows a post whose text is HTML as text, and runs nothing', async () => {
    const third = page.locator('article[data-testid="tweet"]').nth(2);
    await expect.poll(() => third.locator('[data-simak-badge]').count()).toBe(1);
    await badgeButton(page, 2).click();
    const ext = await openExtensionPage(session, 'src/ui/popup/index.html');
    await expect
      .poll(async () => (await readStore<{ post: { text: string } }>(ext, 'complaints')).map((r) => r.post.text))
      .toContain('<img src=x onerror=alert(1)>');
    // No <img> was created from the text anywhere, in the page or in a badge's shadow root.
    const imgs = await page.evaluate(() => {
      let n = document.querySelectorAll('img').length;
      for (const h of document.querySelectorAll('[data-simak-badge]'))
        n += h.shadowRoot?.querySelectorAll('img').length ?? 0;
      return n;
    });
    expect(imgs).toBe(0);
    expect(dialogs).toBe(0);
    await ext.close();
  });
});
