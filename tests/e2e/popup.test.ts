import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openExtensionPage, readStore, type Session, sendFromExtensionPage } from '../../scripts/lib/browser';
import type { Complaint } from '../../src/db/schema';
import { makeComplaint } from '../support/complaints';
import { axeViolations } from './lib/axe';
import { seedComplaints } from './lib/seed';

const POPUP = 'src/ui/popup/index.html';
const COUNT = 300;
const base = Date.now() - COUNT * 60_000;

async function openPopup(session: Session): Promise<Page> {
  const page = await openExtensionPage(session, POPUP);
  await page.setViewportSize({ width: 440, height: 600 });
  return page;
}

describe('popup: the complaint log', () => {
  let session: Session;
  let popup: Page;
  let seeded: Complaint[];
  let pageErrors: string[];
  beforeAll(async () => {
    session = await launch();
    popup = await openPopup(session);
    pageErrors = [];
    popup.on('pageerror', (e) => pageErrors.push(String(e)));
  });
  afterAll(async () => {
    // Nothing Simak did in this session tried to reach the network.
    const blocked = session?.blocked ?? [];
    await session?.close();
    expect(blocked).toEqual([]);
  });

  it('says so when the log is empty, and passes axe', async () => {
    await expect.poll(() => popup.getByTestId('log-empty').count(), { timeout: 15_000 }).toBe(1);
    expect(await popup.getByTestId('log-empty').textContent()).toMatch(/Belum ada keluhan|No complaints logged yet/);
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('lists 300 complaints newest first, drawing only the rows in view', async () => {
    await sendFromExtensionPage(popup, { type: 'ping' });
    seeded = Array.from({ length: COUNT }, (_, i) => makeComplaint(i, {}, base));
    // One hostile post: HTML for text and a javascript: address for a link.
    const last = seeded[COUNT - 1] as Complaint;
    seeded[COUNT - 1] = {
      ...last,
      post: { ...last.post, text: '<img src=x onerror=alert(1)> =HYPERLINK("x")', url: 'javascript:alert(1)' },
    };
    await seedComplaints(popup, seeded);
    await popup.reload();
    await expect.poll(() => popup.getByTestId('log-total').textContent(), { timeout: 15_000 }).toBe(' (300)');
    const rows = popup.getByTestId('complaint-row');
    expect(await rows.count()).toBeLessThan(20);
    expect(await rows.first().textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await popup.locator('.vlist img').count()).toBe(0);
    expect(await rows.nth(1).textContent()).toContain(`#${COUNT - 2}`);
  });

  it('searches full text (accents and case folded) and filters by status, site and date', async () => {
    // Every sixth post is about Mobile JKN, but the hostile one replaced #299.
    await popup.fill('#search', 'MOBILE jkn');
    await expect.poll(() => popup.getByTestId('log-total').textContent()).toBe(' (49)');
    expect(await popup.getByTestId('complaint-row').first().textContent()).toMatch(/Mobile JKN/);
    await popup.fill('#search', 'tidak ada kata seperti ini');
    await expect
      .poll(() => popup.getByTestId('log-empty').textContent())
      .toMatch(/Tidak ada keluhan yang cocok|No complaint matches/);
    await popup.fill('#search', '');
    await popup.locator('details summary').click();
    await popup.selectOption('#f-site', 'facebook');
    await expect.poll(() => popup.getByTestId('log-total').textContent()).toBe(' (100)');
    await popup.selectOption('#f-priority', 'urgent');
    await expect.poll(() => popup.getByTestId('log-total').textContent()).toBe(' (10)');
    await popup.fill('#f-from', '2099-01-01');
    await expect.poll(() => popup.getByTestId('log-total').count()).toBe(1);
    await expect.poll(() => popup.getByTestId('log-total').textContent()).toBe(' (0)');
    await popup.getByRole('button', { name: /Hapus filter|Clear filters/ }).click();
    await expect.poll(() => popup.getByTestId('log-total').textContent()).toBe(' (300)');
  });

  it('is usable by keyboard: arrows move between rows, Enter opens one', async () => {
    const first = popup.getByTestId('complaint-row').first();
    await first.focus();
    for (let i = 0; i < 12; i++) await popup.keyboard.press('ArrowDown');
    const focused = await popup.evaluate(() =>
      document.activeElement?.closest('[data-index]')?.getAttribute('data-index'),
    );
    expect(focused).toBe('12');
    await popup.keyboard.press('End');
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.closest('[data-index]')?.getAttribute('data-index')))
      .toBe('299');
    // Far down the list, open a complaint, change it, come back: the rows in view are drawn
    // again with the change, not left as placeholders.
    await popup.keyboard.press('Enter');
    await popup.getByTestId('history').waitFor();
    await popup.selectOption('#d-priority', 'low');
    await expect.poll(() => popup.getByTestId('history').locator('li').count()).toBe(2);
    await popup.getByRole('button', { name: /Kembali|Back/ }).click();
    const last = popup.locator('[data-index="299"] [data-testid="complaint-row"]');
    await expect.poll(() => last.textContent()).toMatch(/Rendah|Low/);
    await last.focus();
    await popup.keyboard.press('Home');
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.closest('[data-index]')?.getAttribute('data-index')))
      .toBe('0');
    await popup.keyboard.press('Enter');
    await popup.getByTestId('history').waitFor();
    // Untrusted text shown as text; a javascript: address is not made a link.
    expect(await popup.getByTestId('post-text').textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await popup.getByTestId('post-link').count()).toBe(0);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.getByRole('button', { name: /Kembali|Back/ }).click();
  });

  it('triages a complaint: status, priority, category, note, each in the history', async () => {
    await popup.getByTestId('complaint-row').nth(1).click();
    await popup.getByTestId('history').waitFor();
    expect(await popup.getByTestId('post-link').getAttribute('href')).toMatch(/^https:\/\/x\.com\//);
    await popup.selectOption('#d-status', 'in-progress');
    await expect.poll(() => popup.getByTestId('history').locator('li').count()).toBe(2);
    await popup.selectOption('#d-priority', 'high');
    await popup.selectOption('#d-category', 'obat');
    await popup.fill('#d-note', 'Sudah ditelepon, menunggu rujukan');
    await popup.getByRole('button', { name: /Tambah catatan|Add note/ }).click();
    await expect.poll(() => popup.getByTestId('history').locator('li').count()).toBe(5);
    expect(await popup.getByTestId('notes').textContent()).toContain('Sudah ditelepon');

    const id = seeded[COUNT - 2]?.id;
    const stored = (await readStore<Complaint>(popup, 'complaints')).find((c) => c.id === id);
    expect(stored).toMatchObject({
      status: 'in-progress',
      priority: 'high',
      category: 'obat',
      notes: ['Sudah ditelepon, menunggu rujukan'],
    });
    expect(stored?.history.map((h) => [h.field, h.from, h.to])).toEqual([
      ['created', undefined, 'new'],
      ['status', 'new', 'in-progress'],
      ['priority', 'normal', 'high'],
      ['category', seeded[COUNT - 2]?.category, 'obat'],
      ['note', undefined, 'Sudah ditelepon, menunggu rujukan'],
    ]);
    expect(stored?.updatedAt).toBeGreaterThan(stored?.createdAt ?? Infinity);

    // Back in the log, the change is searchable and filterable at once.
    await popup.getByRole('button', { name: /Kembali|Back/ }).click();
    await popup.selectOption('#f-status', 'in-progress');
    await expect.poll(() => popup.getByTestId('log-total').textContent()).toBe(' (1)');
    await popup.selectOption('#f-status', '');
    await popup.fill('#search', 'menunggu rujukan');
    await expect.poll(() => popup.getByTestId('log-total').textContent()).toBe(' (1)');
    expect(await axeViolations(popup)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("shows each row's time whole, even beside a long status, priority and category", async () => {
    // The triaged row is "in progress", "high", and gets the longest category name there is.
    await popup.getByTestId('complaint-row').first().click();
    await popup.selectOption('#d-category', 'kanal_layanan');
    await popup.getByRole('button', { name: /Kembali|Back/ }).click();
    await popup.fill('#search', '');
    await expect.poll(() => popup.getByTestId('log-total').textContent()).toBe(' (300)');
    await expect.poll(() => popup.locator('[data-index="1"] .meta').textContent()).toMatch(/165/);
    // Judged as seen: the point just inside each time's end is the time itself, not whatever
    // the clipped line left there.
    const cut = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="complaint-row"] time')].flatMap((time) => {
        const box = time.getBoundingClientRect();
        const row = time.closest('[data-index]')?.getBoundingClientRect();
        if (!row || box.bottom > row.bottom || box.top < 0 || box.bottom > innerHeight) return [];
        const seen = document.elementFromPoint(box.right - 1, box.top + box.height / 2);
        return seen === time ? [] : [time.closest('[data-index]')?.getAttribute('data-index')];
      }),
    );
    expect(cut).toEqual([]);
    expect(await popup.locator('[data-index="1"] time').count()).toBe(1);
  });
});
