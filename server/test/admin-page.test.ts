// The admin page in Chromium: sign in, offices, invite, change a role, revoke access, the audit
// log, both languages, and no Content-Security-Policy violation on the way.
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('admin page', () => {
  let s: TestServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium"`);
    s = await startServer('pglite');
    await s.setup();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage();
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  it('manages an office: invite, role change, revoke, audit; in Indonesian and English', async () => {
    await page.goto(`${s.base}/admin/`);
    await page.getByLabel('Nama pengguna').fill('admin');
    await page.getByLabel('Kata sandi').fill('admin-password-1');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('button', { name: /Jakarta Pusat/ }).waitFor();

    // Another office, made from the page.
    await page.getByLabel('Kantor baru').fill('Medan');
    await page.getByRole('button', { name: 'Buat' }).click();
    await page.getByRole('button', { name: /Medan/ }).waitFor();
    await page.getByRole('button', { name: /Jakarta Pusat/ }).click();

    // Invite an agent; the code is shown once; someone accepts it.
    await page.locator('.office form select').selectOption('agent');
    await page.getByRole('button', { name: 'Undang' }).click();
    const code = (await page.locator('.code output').textContent()) ?? '';
    expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    const accepted = await s.api(undefined, 'POST', '/api/invites/accept', {
      code,
      username: 'siti',
      password: 'siti-password-1',
    });
    expect(accepted.status).toBe(200);
    await page.reload();
    const row = page.locator('tr[data-user="siti"]');
    await row.waitFor();

    // Make her a supervisor, then take her access away.
    await page.getByLabel('Peran siti').selectOption('supervisor');
    await expect
      .poll(async () => (await s.api(accepted.body.token, 'GET', '/api/me')).body.offices[0]?.role)
      .toBe('supervisor');
    page.once('dialog', (d) => void d.accept());
    await row.getByRole('button', { name: 'Cabut akses' }).click();
    await row.waitFor({ state: 'detached' });
    expect((await s.api(accepted.body.token, 'GET', `/api/offices/${s.officeId}/changes`)).status).toBe(403);

    // The audit log shows it all.
    const audit = page.getByRole('table', { name: 'Log audit' });
    await expect.poll(async () => audit.textContent()).toContain('access-revoked');
    const text = (await audit.textContent()) ?? '';
    for (const a of ['setup', 'login', 'invite-created', 'invite-accepted', 'role-changed']) expect(text).toContain(a);

    // English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    expect(await page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(problems).toEqual([]);
  });
});
