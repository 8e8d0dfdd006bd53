// User-facing strings for the extension pages and the in-page badges (content script): through
// browser.i18n, or from the dictionary of the UI language the user chose in the settings.
import browser from 'webextension-polyfill';

/** A locale's messages.json, as the extension pages bundle it for the language setting. */
export type Dictionary = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

// The chosen language's dictionary: the extension pages bundle both locale files (locales.ts);
// the content script gets only its few keys from the worker (page/strings).
let chosen: Dictionary | undefined;
export function useDictionary(dict: Dictionary | undefined): void {
  chosen = dict;
}

/** Fills a message the way browser.i18n does: $NAME$ → placeholder content → $1…$9. */
export function format(entry: Dictionary[string], subs: string[]): string {
  let text = entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const ph = entry.placeholders?.[name.toLowerCase()];
    return ph ? ph.content : whole;
  });
  text = text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return text.replace(/\$\$/g, '$');
}

/** A user-facing string from _locales; the key itself if it is missing (visible in tests). */
export function t(key: string, ...subs: string[]): string {
  const entry = chosen?.[key];
  if (entry) return format(entry, subs);
  return browser.i18n.getMessage(key, subs) || key;
}
