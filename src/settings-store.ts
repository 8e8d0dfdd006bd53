// Settings live in browser.storage.local, so every tab, page and the worker see a change at
// once (storage.onChanged) and apply it live.
import browser from 'webextension-polyfill';
import { parseSettings, SETTINGS_KEY, type Settings, validateSettings } from './settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(next: Settings): Promise<void> {
  const checked = validateSettings(next);
  if (!checked.ok) throw new Error(`${checked.field}: ${checked.message}`);
  await browser.storage.local.set({ [SETTINGS_KEY]: checked.settings });
}

/** Calls `apply` with the new settings whenever they change in any context. */
export function onSettingsChanged(apply: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) apply(parseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
