// The strings the in-page badges show, in the language the user chose for Simak. The content
// script asks for them instead of bundling both locale files: they are only a few keys.
import { categoryLabels } from '../core/analyze';
import { DICTIONARIES, type Locale, localeOf } from '../i18n/locales';
import type { PageStrings } from '../messaging/replies';

/** The message keys src/content uses (a unit test keeps this list in step with the code). */
export const PAGE_KEYS = [
  'alreadyLogged',
  'alreadyLoggedToast',
  'badgeCategory',
  'badgeComplaint',
  'badgeMatches',
  'badgeSentiment',
  'badgeTruncated',
  'badgeUrgent',
  'badgeUrgentShort',
  'badgeWhy',
  'logComplaint',
  'logFailed',
  'logged',
  'loggedToast',
  'undo',
  'undone',
  'sentiment_negative',
  'sentiment_neutral',
  'sentiment_positive',
];

/** `browserLocale` is the browser's UI language (browser.i18n.getUILanguage()). */
export function pageStrings(language: 'auto' | Locale, browserLocale: string): PageStrings {
  const locale: Locale = language !== 'auto' ? language : localeOf(browserLocale);
  const dict = DICTIONARIES[locale];
  const categories = categoryLabels(locale);
  if (language === 'auto') return { messages: null, categories };
  return { messages: Object.fromEntries(PAGE_KEYS.flatMap((k) => (dict[k] ? [[k, dict[k]]] : []))), categories };
}
