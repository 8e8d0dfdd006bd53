import browser from 'webextension-polyfill';

/** A user-facing string from _locales; the key itself if it is missing (visible in tests). */
export function t(key: string, ...subs: string[]): string {
  return browser.i18n.getMessage(key, subs) || key;
}
