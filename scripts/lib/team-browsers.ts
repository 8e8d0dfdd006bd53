// Two staff in two Chromium profiles against a real team server (in the test's process, on
// PGlite). The browser's permission prompt cannot be answered by automation, so the profiles
// load a copy of the built extension whose manifest grants the test server's loopback origin
// at install: the options page's `permissions.request` for it then resolves at once, and the
// rest of the sign-in is the user's path, click for click.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, launch, openExtensionPage, type Session } from './browser';
import type { Member, TeamServer } from './team-server';

/** A copy of dist/chrome (or of `from`) with http://127.0.0.1/* granted (any port); removed by `dispose`. */
export function loopbackBuild(from = DIST): { dir: string; dispose(): void } {
  const root = mkdtempSync(join(tmpdir(), 'simak-team-build-'));
  const dir = join(root, 'chrome');
  cpSync(from, dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, 'http://127.0.0.1/*'];
  writeFileSync(file, JSON.stringify(manifest));
  return { dir, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/** A staff member's browser: its own profile, requests to the team server let through. */
export async function staffBrowser(dir: string, server: TeamServer): Promise<Session> {
  const session = await launch(dir);
  await session.context.route(`${server.base}/**`, (route) => route.continue());
  return session;
}

/** Signs in through Options → Team as the user would. */
export async function signInFromOptions(
  session: Session,
  server: TeamServer,
  m: Member,
  timeout = 20_000,
): Promise<Page> {
  const page = await openExtensionPage(session, 'src/ui/options/index.html');
  await page.locator('#team-server').fill(server.base);
  await page.locator('#team-username').fill(m.username);
  await page.locator('#team-password').fill(m.password);
  await page.getByTestId('team-sign-in').locator('button[type="submit"]').click();
  await page.getByTestId('team-signed-in').waitFor({ timeout });
  return page;
}

/** The sync state the popup shows (data-state), or '' while it has none. */
export async function syncState(popup: Page): Promise<string> {
  return (
    (await popup
      .getByTestId('sync-state')
      .getAttribute('data-state', { timeout: 1_000 })
      .catch(() => '')) ?? ''
  );
}
