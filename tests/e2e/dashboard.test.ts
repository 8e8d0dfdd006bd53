import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openExtensionPage, type Session } from '../../scripts/lib/browser';
import { localDay } from '../../src/db/day';
import { makeComplaint } from '../support/complaints';
import { axeViolations } from './lib/axe';
import { demoPosts, demoStats, SPIKE_DAYS_AGO } from './lib/demo-data';
import { seedComplaints, seedRows } from './lib/seed';

describe('dashboard', () => {
  let session: Session;
  let page: Page;
  const stats = demoStats();
  beforeAll(async () => {
    session = await launch();
    const seeder = await openExtensionPage(session, 'src/ui/popup/index.html');
    await seedRows(seeder, 'dailyStats', stats);
    await seedRows(seeder, 'posts', demoPosts());
    await seedComplaints(
      seeder,
      Array.from({ length: 40 }, (_, i) => makeComplaint(i, {}, Date.now() - 40 * 3_600_000)),
    );
    page = await openExtensionPage(session, 'src/ui/dashboard/index.html');
    await page.getByTestId('dash-posts').waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    // Nothing Simak did in this session tried to reach the network.
    const blocked = session?.blocked ?? [];
    await session?.close();
    expect(blocked).toEqual([]);
  });

  const expectedPosts = (days: number, query = '*', site?: string) => {
    const from = localDay(Date.now() - (days - 1) * 86_400_000);
    return stats
      .filter((s) => s.day >= from && s.query === query && (!site || s.site === site))
      .reduce((a, s) => a + s.postsSeen, 0);
  };

  it('shows the last 30 days by default, and 7 or 90 on request', async () => {
    expect(Number(await page.getByTestId('dash-posts').textContent())).toBe(expectedPosts(30));
    await page.selectOption('#d-range', '7');
    await expect.poll(async () => Number(await page.getByTestId('dash-posts').textContent())).toBe(expectedPosts(7));
    await page.selectOption('#d-range', '90');
    await expect.poll(async () => Number(await page.getByTestId('dash-posts').textContent())).toBe(expectedPosts(90));
    await page.selectOption('#d-range', '30');
    await expect.poll(async () => Number(await page.getByTestId('dash-posts').textContent())).toBe(expectedPosts(30));
  });

  it('takes a free from–to period', async () => {
    const from = localDay(Date.now() - 10 * 86_400_000);
    const to = localDay(Date.now() - 5 * 86_400_000);
    await page.selectOption('#d-range', '0');
    await page.fill('#d-from', from);
    await page.fill('#d-to', to);
    const expected = stats
      .filter((s) => s.day >= from && s.day <= to && s.query === '*')
      .reduce((a, s) => a + s.postsSeen, 0);
    await expect.poll(async () => Number(await page.getByTestId('dash-posts').textContent())).toBe(expected);
    await page.selectOption('#d-range', '30');
    await expect.poll(async () => Number(await page.getByTestId('dash-posts').textContent())).toBe(expectedPosts(30));
  });

  it('filters by watch query and site', async () => {
    await page.selectOption('#d-query', 'bpjs');
    await page.selectOption('#d-site', 'x');
    await expect
      .poll(async () => Number(await page.getByTestId('dash-posts').textContent()))
      .toBe(expectedPosts(30, 'bpjs', 'x'));
    await page.selectOption('#d-query', '*');
    await page.selectOption('#d-site', '');
    await expect.poll(async () => Number(await page.getByTestId('dash-posts').textContent())).toBe(expectedPosts(30));
  });

  it('flags the spike day, in the list and in the chart table', async () => {
    const spikeDay = localDay(Date.now() - SPIKE_DAYS_AGO * 86_400_000);
    await expect.poll(() => page.getByTestId('dash-spikes').textContent()).toContain(spikeDay);
    expect(await page.getByTestId('dash-spikes').locator('li').count()).toBe(1);
    await page.locator('figure[aria-labelledby="c-posts-title"] summary').click();
    const row = page.locator('figure[aria-labelledby="c-posts-title"] tr.spike');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('th').textContent()).toContain(spikeDay);
  });

  it('draws the charts, counts complaints by category and ranks posts by engagement', async () => {
    await expect.poll(() => page.locator('canvas').count()).toBeGreaterThanOrEqual(2);
    const categories = await page.getByTestId('dash-categories').locator('tbody tr').count();
    expect(categories).toBe(6);
    const engagement = await page.getByTestId('dash-top').locator('tbody tr td:first-child').allTextContents();
    expect(engagement.map(Number)).toEqual([...engagement.map(Number)].sort((a, b) => b - a));
    expect(engagement).toHaveLength(10);
  });

  it('opens from the popup in its own tab', async () => {
    const popup = await openExtensionPage(session, 'src/ui/popup/index.html');
    const [tab] = await Promise.all([
      session.context.waitForEvent('page'),
      popup.getByRole('link', { name: /Dasbor|Dashboard/ }).click(),
    ]);
    await tab.getByTestId('dash-posts').waitFor({ timeout: 15_000 });
    expect(tab.url()).toBe(`chrome-extension://${session.extensionId}/src/ui/dashboard/index.html`);
    await Promise.all([tab.close(), popup.close()]);
  });

  it('passes axe with no violations', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });
});
