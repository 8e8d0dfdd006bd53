// npm run screenshots:ui: the popup (log and one complaint), the options page and the
// dashboard with invented data, in Bahasa Indonesia, written to docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { demoPosts, demoStats } from '../tests/e2e/lib/demo-data';
import { seedComplaints, seedRows } from '../tests/e2e/lib/seed';
import { makeComplaint } from '../tests/support/complaints';
import { launch, openExtensionPage } from './lib/browser';
import { patchSettings } from './lib/stored-settings';

const out = resolve(import.meta.dirname, '../docs/screenshots');
mkdirSync(out, { recursive: true });

const session = await launch();
const popup = await openExtensionPage(session, 'src/ui/popup/index.html');
await patchSettings(popup, { language: 'id' });
await seedRows(popup, 'dailyStats', demoStats());
await seedRows(popup, 'posts', demoPosts());
const now = Date.now();
await seedComplaints(
  popup,
  Array.from({ length: 240 }, (_, i) =>
    makeComplaint(i, { status: i % 7 === 0 ? 'in-progress' : 'new' }, now - 240 * 60_000),
  ),
);

await popup.setViewportSize({ width: 440, height: 600 });
await popup.reload();
await popup.getByTestId('log-total').waitFor();
await popup.screenshot({ path: `${out}/popup.png` });

await popup.getByTestId('complaint-row').first().click();
await popup.getByTestId('history').waitFor();
await popup.selectOption('#d-status', 'in-progress');
await popup.fill('#d-note', 'Sudah dihubungi lewat DM, diarahkan ke Care Center 165.');
await popup.getByRole('button', { name: 'Tambah catatan' }).click();
await popup.getByTestId('notes').waitFor();
await popup.screenshot({ path: `${out}/popup-complaint.png` });

const options = await openExtensionPage(session, 'src/ui/options/index.html');
await options.setViewportSize({ width: 900, height: 900 });
await options.locator('#language').waitFor();
await options.screenshot({ path: `${out}/options.png`, fullPage: true });

const dashboard = await openExtensionPage(session, 'src/ui/dashboard/index.html');
await dashboard.setViewportSize({ width: 1100, height: 900 });
await dashboard.getByTestId('dash-posts').waitFor();
await dashboard.waitForTimeout(300);
await dashboard.screenshot({ path: `${out}/dashboard.png`, fullPage: true });

await session.close();
console.log(`screenshots written to ${out}`);
