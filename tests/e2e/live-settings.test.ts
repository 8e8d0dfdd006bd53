// Settings apply live in the page: no reload after switching a site off and on, or after
// changing the watch queries.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeTexts, clickInBadge, LOG, logButtonTexts } from '../../scripts/lib/badge-dom';
import { launch, openExtensionPage, openHtml, type Session } from '../../scripts/lib/browser';
import { patchSettings } from '../../scripts/lib/stored-settings';
import { xTimeline } from './pages/x-timeline';

const TEXTS = ['Antri dari subuh di puskesmas, nomor antrean habis jam 7', 'Cuaca Jakarta cerah hari ini'];

describe('settings apply live in the page', () => {
  let session: Session;
  let page: Page;
  let ext: Page;
  beforeAll(async () => {
    session = await launch();
    ext = await openExtensionPage(session, 'src/ui/popup/index.html');
    await patchSettings(ext, { watchQueries: ['cuaca'] });
    page = await openHtml(session, 'https://x.com/home', xTimeline(TEXTS));
  });
  afterAll(async () => {
    const blocked = session?.blocked ?? [];
    await session?.close();
    expect(blocked).toEqual([]);
  });

  const badges = () => page.locator('[data-simak-badge]').count();
  const matchChips = () => badgeTexts(page, '.tag.match');

  it('shows the matched watch words, and follows a new watch list without a reload', async () => {
    await expect.poll(badges, { timeout: 15_000 }).toBe(2);
    await expect.poll(matchChips).toEqual([[], ['cuaca']]);
    await patchSettings(ext, { watchQueries: ['antri* OR antre*'] });
    // "antrean" is read as "antrian", its other spelling, so that antri* hears both.
    await expect.poll(matchChips, { timeout: 10_000 }).toEqual([['antri antrian'], []]);
  });

  it('removes the badges when the site is switched off, and brings them back when it is on', async () => {
    await patchSettings(ext, { sites: { x: false, facebook: true, instagram: true } });
    await expect.poll(badges, { timeout: 10_000 }).toBe(0);
    await patchSettings(ext, { sites: { x: true, facebook: true, instagram: true } });
    await expect.poll(badges, { timeout: 10_000 }).toBe(2);
  });

  it('keeps a logged post saying so when a settings change draws its badge again', async () => {
    // The badges' roots are closed: read through the DevTools protocol, click with the mouse.
    const firstLogButton = async () => (await logButtonTexts(page))[0] ?? '';
    await expect.poll(badges, { timeout: 10_000 }).toBe(2);
    await clickInBadge(page, 0, LOG);
    await expect.poll(firstLogButton, { timeout: 20_000 }).toMatch(/Logged|Tercatat/);
    // The new watch word shows once the badge has been drawn again; the button must still say "Logged".
    await patchSettings(ext, { watchQueries: ['puskesmas'] });
    await expect.poll(matchChips, { timeout: 10_000 }).toEqual([['puskesmas'], []]);
    expect(await firstLogButton()).toMatch(/Logged|Tercatat/);
  });
});
