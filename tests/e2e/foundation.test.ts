import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openExtensionPage, openHtml, type Session, sendFromExtensionPage } from '../../scripts/lib/browser';

// A minimal X timeline in the real structure, with our own text.
const X_PAGE = `<!doctype html><html lang="id"><body><main><div data-testid="primaryColumn"><section>
<div data-testid="cellInnerDiv"><article data-testid="tweet" role="article">
  <div data-testid="User-Name"><a href="/warga_sehat"><span>Warga Sehat</span></a><a href="/warga_sehat"><span>@warga_sehat</span></a>
  <a href="/warga_sehat/status/1790000000000000001"><time datetime="2026-11-20T03:04:05.000Z">20 Nov</time></a></div>
  <div data-testid="tweetText" lang="in"><span>Tolong min, antri dari subuh di RS, kartu BPJS ditolak terus. Kecewa banget.</span></div>
</article></div>
</section></div></main></body></html>`;

describe('foundation: the built extension in real Chromium', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    // Nothing Simak did in this session tried to reach the network.
    const blocked = session?.blocked ?? [];
    await session?.close();
    expect(blocked).toEqual([]);
  });

  it('starts its service worker with a real extension id', () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    expect(session.worker.url()).toContain('service-worker-loader.js');
  });

  it('reads a post on x.com, stores it through the worker, and the popup shows it', async () => {
    const page = await openHtml(session, 'https://x.com/home', X_PAGE);
    const popup = await openExtensionPage(session, 'src/ui/popup/index.html');
    await expect
      .poll(
        async () => {
          await popup.reload();
          const seen = popup.getByTestId('posts-seen');
          await seen.waitFor({ timeout: 5_000 });
          return Number(await seen.textContent());
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe(1);
    await page.close();
  });

  it('refuses a malformed message with an error value, without crashing', async () => {
    const popup = await openExtensionPage(session, 'src/ui/popup/index.html');
    const reply = await sendFromExtensionPage(popup, { type: 'posts/seen', posts: 'nope' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    const unknown = await sendFromExtensionPage(popup, { type: 'launch/missiles' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    // Undo belongs to the tab that logged: an extension page is told it may not.
    const undo = await sendFromExtensionPage(popup, { type: 'complaint/undo', id: '01ABC' });
    expect(undo).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    const pong = await sendFromExtensionPage(popup, { type: 'ping' });
    expect(pong).toEqual({ ok: true, value: { pong: true } });
  });
});
