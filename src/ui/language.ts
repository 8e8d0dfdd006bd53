// The UI language of the extension pages: Bahasa Indonesia or English by choice, or the
// browser's own (browser.i18n) when the setting is "auto".

import { DICTIONARIES, localeOf } from '../i18n/locales';
import { useDictionary } from '../i18n/translate';
import type { Language } from '../settings';

export function applyLanguage(language: Language): void {
  useDictionary(language === 'auto' ? undefined : DICTIONARIES[language]);
  document.documentElement.lang = language === 'auto' ? uiLang() : language;
}

/** The locale browser.i18n uses here: English for an English browser, else Indonesian (the default). */
function uiLang(): string {
  const ui =
    (globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } } }).chrome?.i18n?.getUILanguage?.() ?? 'id';
  return localeOf(ui);
}
