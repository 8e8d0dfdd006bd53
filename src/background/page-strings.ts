// The strings the in-page badges show, in the language the user chose for Simak. The content
// script asks for them instead of bundling both locale files: they are only a few keys.
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import id from '../../public/_locales/id/messages.json' with { type: 'json' };
import { DEFAULT_TAXONOMY } from '../core/taxonomy';
import type { PageStrings } from '../messages';

type Locale = 'id' | 'en';
const LOCALES: Record<Locale, PageStrings['messages'] & object> = { id, en };

/** The message keys src/content uses (a unit test keeps this list in step with the code). */
export const PAGE_KEYS = [
  'alreadyLogged', 'alreadyLoggedToast', 'badgeCategory', 'badgeComplaint', 'badgeMatches', 'badgeSentiment',
  'badgeTruncated', 'badgeUrgent', 'badgeUrgentShort', 'badgeWhy', 'logComplaint', 'logFailed', 'logged',
  'loggedToast', 'undo', 'undone', 'sentiment_negative', 'sentiment_neutral', 'sentiment_positive',
];

/** `browserLocale` is the browser's UI language (browser.i18n.getUILanguage()). */
export function pageStrings(language: 'auto' | Locale, browserLocale: string): PageStrings {
  const locale: Locale = language !== 'auto' ? language : browserLocale.toLowerCase().startsWith('en') ? 'en' : 'id';
  const dict = LOCALES[locale];
  const categories = Object.fromEntries(DEFAULT_TAXONOMY.categories.map((c) => [c.id, locale === 'id' ? c.label_id : c.label_en]));
  if (language === 'auto') return { messages: null, categories };
  return { messages: Object.fromEntries(PAGE_KEYS.flatMap((k) => (dict[k] ? [[k, dict[k]]] : []))), categories };
}
