// The extension's stored settings, read and written from one of its own pages (chrome.storage is
// only there): the e2e tests and the demo set a language or watch queries without the options
// form, and check what the form saved.
import type { Page } from 'playwright-core';
import { openExtensionPage, type Session } from './browser';

type Settings = Record<string, unknown>;

interface SettingsArea {
  get(key: 'settings'): Promise<{ settings?: Settings }>;
  set(value: { settings: Settings }): Promise<void>;
}

/** The stored settings (an empty object before anything was saved). */
export function readSettings(ext: Page): Promise<Settings> {
  return ext.evaluate(async () => {
    const area = (globalThis as unknown as { chrome: { storage: { local: SettingsArea } } }).chrome.storage.local;
    return (await area.get('settings')).settings ?? {};
  });
}

/** Changes some settings, keeping the others. */
export async function patchSettings(ext: Page, patch: Settings): Promise<void> {
  await ext.evaluate(async (p) => {
    const area = (globalThis as unknown as { chrome: { storage: { local: SettingsArea } } }).chrome.storage.local;
    const current = (await area.get('settings')).settings ?? {};
    await area.set({ settings: { ...current, ...p } });
  }, patch);
}

/** The demos speak Bahasa Indonesia whatever the machine's language: Simak's own setting. */
export async function chooseIndonesian(session: Session): Promise<void> {
  const page = await openExtensionPage(session, 'src/ui/options/index.html');
  await patchSettings(page, { language: 'id' });
  await page.close();
}
