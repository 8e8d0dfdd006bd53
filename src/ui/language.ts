// The UI language of the extension pages: Bahasa Indonesia or English by choice, or the
// browser's own (browser.i18n) when the setting is "auto".
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import id from '../../public/_locales/id/messages.json' with { type: 'json' };
import type { Language } from '../settings';
import { type Dictionary, useDictionary } from './i18n';

const dictionaries: Record<'id' | 'en', Dictionary> = { id, en };

export function applyLanguage(language: Language): void {
  useDictionary(language === 'auto' ? undefined : dictionaries[language]);
  document.documentElement.lang = language === 'auto' ? uiLang() : language;
}

/** The locale browser.i18n uses here: English for an English browser, else Indonesian (the default). */
function uiLang(): string {
  const ui = (globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } } }).chrome?.i18n?.getUILanguage?.() ?? 'id';
  return ui.toLowerCase().startsWith('en') ? 'en' : 'id';
}
