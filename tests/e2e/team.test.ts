// Issue 19 end to end: two staff (two Chromium profiles) on one office's team server started
// by the test. A logs a post with one click; B's open popup shows it, B claims it, A sees the
// claim; both edit the same complaint while the server is down and the later push wins on
// both, with both edits in the team history; a revoked member's extension stops and says why;
// deleting everything on one machine signs it out and leaves the office's log alone.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeCount, clickInBadge, LOG } from '../../scripts/lib/badge-dom';
import { openExtensionPage, openHtml, readStore, type Session, sendFromExtensionPage } from '../../scripts/lib/browser';
import { loopbackBuild, signInFromOptions, staffBrowser, syncState } from '../../scripts/lib/team-browsers';
import { type Member, TeamServer } from '../../scripts/lib/team-server';

const POST_ID = '1790000000000000777';
const X_PAGE = `<!doctype html><html lang="id"><body><main><div data-testid="primaryColumn"><section>
<div data-testid="cellInnerDiv"><article data-testid="tweet" role="article">
  <div data-testid="User-Name"><a href="/warga_sehat"><span>Warga Sehat</span></a><a href="/warga_sehat"><span>@warga_sehat</span></a>
  <a href="/warga_sehat/status/${POST_ID}"><time datetime="2026-11-20T03:04:05.000Z">20 Nov</time></a></div>
  <div data-testid="tweetText" lang="in"><span>Tolong min, antri dari subuh di RS, kartu BPJS ditolak terus. Kecewa banget.</span></div>
</article></div>
</section></div></main></body></html>`;

describe('team: two staff share one log', () => {
  let server: TeamServer;
  let build: ReturnType<typeof loopbackBuild>;
  let a: Session;
  let b: Session;
  let ani: Member;
  let budi: Member;

  beforeAll(async () => {
    server = await TeamServer.start();
    ani = await server.member('ani');
    budi = await server.member('budi');
    build = loopbackBuild();
    a = await staffBrowser(build.dir, server);
    b = await staffBrowser(build.dir, server);
    await signInFromOptions(a, server, ani);
    await signInFromOptions(b, server, budi);
  }, 120_000);

  afterAll(async () => {
    const blocked = [...(a?.blocked ?? []), ...(b?.blocked ?? [])];
    await a?.close();
    await b?.close();
    build?.dispose();
    await server?.close();
    // Nothing but the team server was asked for anything.
    expect(blocked).toEqual([]);
  });

  it('A logs a post with one click; B’s open popup shows it with A as its logger; B claims it; A sees the claim', async () => {
    const popupB = await openExtensionPage(b, 'src/ui/popup/index.html');
    await expect.poll(() => syncState(popupB), { timeout: 20_000 }).toBe('synced');

    const x = await openHtml(a, 'https://x.com/home', X_PAGE);
    // The badge's root is closed: its button is found through the DevTools protocol and clicked with the mouse.
    await expect.poll(() => badgeCount(x), { timeout: 15_000 }).toBeGreaterThan(0);
    await clickInBadge(x, 0, LOG);

    // B does nothing: the open popup syncs by itself.
    const row = popupB.getByTestId('complaint-row').filter({ hasText: 'kartu BPJS ditolak' });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getByTestId('row-handler').textContent()).toMatch(/belum ada|nobody yet/);
    await row.click();
    expect(await popupB.getByTestId('team-loggers').textContent()).toContain(ani.username);
    await popupB.getByTestId('team-claim').click();
    await expect.poll(() => popupB.getByTestId('team-handler').textContent()).toContain(budi.username);

    const popupA = await openExtensionPage(a, 'src/ui/popup/index.html');
    const rowA = popupA.getByTestId('complaint-row').filter({ hasText: 'kartu BPJS ditolak' });
    await expect
      .poll(() => rowA.getByTestId('row-handler').textContent(), { timeout: 30_000 })
      .toContain(budi.username);
    await rowA.click();
    // A is told before acting: no claim button, the colleague's name instead.
    expect(await popupA.getByTestId('team-taken').textContent()).toContain(budi.username);
    expect(await popupA.getByTestId('team-claim').count()).toBe(0);
    await x.close();
    await popupA.close();
    await popupB.close();
  });

  it('both edit the same complaint while the server is down: nothing is lost, the later push wins on both', async () => {
    const popupA = await openExtensionPage(a, 'src/ui/popup/index.html');
    const popupB = await openExtensionPage(b, 'src/ui/popup/index.html');
    for (const p of [popupA, popupB]) {
      await p.getByTestId('complaint-row').filter({ hasText: 'kartu BPJS ditolak' }).click();
      await p.locator('#d-status').waitFor();
    }
    await server.halt();
    try {
      await popupA.locator('#d-status').selectOption('in-progress');
      await popupA.locator('#d-note').fill('A: sudah DM');
      await popupA.getByRole('button', { name: /Tambah catatan|Add note/ }).click();
      await popupB.locator('#d-status').selectOption('resolved');
      await expect.poll(() => syncState(popupA), { timeout: 30_000 }).toBe('offline');
      await expect.poll(() => syncState(popupB), { timeout: 30_000 }).toBe('offline');
      expect(await popupA.getByTestId('sync-state').textContent()).toMatch(/2/);
    } finally {
      await server.listen();
    }
    // Both popups are open and sync by themselves, in whichever order: the server's order decides.
    await expect.poll(() => syncState(popupA), { timeout: 30_000 }).toBe('synced');
    await expect.poll(() => syncState(popupB), { timeout: 30_000 }).toBe('synced');
    const office = await server.complaint(`x:${POST_ID}`);
    const edits = office.body.history.filter((h: { field: string }) => h.field === 'status');
    expect(edits.map((h: { to: string }) => h.to).sort()).toEqual(['in-progress', 'resolved']);
    const winner = edits.at(-1).to;
    expect(office.body.status).toBe(winner);
    expect(office.body.notes).toEqual(['A: sudah DM']);
    for (const p of [popupA, popupB]) {
      await expect.poll(() => p.locator('#d-status').inputValue(), { timeout: 30_000 }).toBe(winner);
      const history = p.getByTestId('team-history');
      // Both status edits, each with who made it.
      await expect.poll(() => history.locator('li[data-field="status"]').count(), { timeout: 30_000 }).toBe(2);
      const statusLines = (await history.locator('li[data-field="status"]').allTextContents()).join('\n');
      expect(statusLines).toContain(ani.username);
      expect(statusLines).toContain(budi.username);
      expect(await p.getByTestId('notes').textContent()).toContain('A: sudah DM');
    }
    await popupA.close();
    await popupB.close();
  });

  it('a revoked member’s extension stops syncing and says why', async () => {
    await server.revoke(budi);
    const popupB = await openExtensionPage(b, 'src/ui/popup/index.html');
    await expect.poll(() => syncState(popupB), { timeout: 30_000 }).toBe('stopped');
    expect(await popupB.getByTestId('sync-state').textContent()).toMatch(/dicabut|revoked/);
    await popupB.close();
  });

  it('deleting everything on one machine signs it out of the team; the office keeps the complaint', async () => {
    const options = await openExtensionPage(a, 'src/ui/options/index.html');
    await options.getByRole('button', { name: /Hapus semua…|Delete everything…/ }).click();
    await options.getByRole('button', { name: /Ya, hapus semua|Yes, delete everything/ }).click();
    await expect.poll(async () => (await readStore(options, 'complaints')).length).toBe(0);
    const settings = await readStore<{ key: string }>(options, 'settings');
    expect(settings.map((s) => s.key)).not.toContain('team');
    // A sync asked for now pulls nothing back: there is no team to pull from.
    await sendFromExtensionPage(options, { type: 'team/sync' });
    expect(await readStore(options, 'complaints')).toHaveLength(0);
    const office = await server.complaint(`x:${POST_ID}`);
    expect(office.status).toBe(200);
    expect(office.body.loggers.map((l: { username: string }) => l.username)).toContain(ani.username);
    await options.close();
  });
});
