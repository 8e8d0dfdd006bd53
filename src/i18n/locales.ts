// The two locales the UI speaks, as bundled dictionaries, and which one a browser language
// means. Pure: the extension pages and the worker (badge strings) share it; the content script
// never imports this file, so it does not carry both locale files.
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import id from '../../public/_locales/id/messages.json' with { type: 'json' };
import type { Dictionary } from './translate';

export type Locale = 'id' | 'en';

export const DICTIONARIES: Record<Locale, Dictionary> = { id, en };

/** English for an English browser, else Indonesian (Simak's default). */
export function localeOf(uiLanguage: string): Locale {
  return uiLanguage.toLowerCase().startsWith('en') ? 'en' : 'id';
}
