// Display names of the log's fixed vocabularies, in the UI language.
import { categoryLabels } from '../core/complaint/taxonomy';
import type { KindLabel, Site } from '../core/types';
import type { ComplaintStatus, Priority } from '../db/schema';
import { t } from '../i18n/translate';

export { PRIORITIES, SITES, STATUSES } from './vocab';

export const statusLabel = (s: ComplaintStatus) => t(`status_${s.replace('-', '_')}`);
export const priorityLabel = (p: Priority) => t(`priority_${p}`);
export const siteLabel = (s: Site) => t(`site_${s}`);
/** What a post does, as Simak read it (complaint, inquiry, news…). */
export const kindLabel = (k: KindLabel) => t(`kind_${k}`);

// One formatter per page language, made once. A Date's toLocaleString with options builds a new
// ICU formatter at every call (V8 caches only the call without locale and options), held by a
// weak handle: the popup's list drew one per row at every render (each search, each refresh as
// a team pull's pages arrive), thousands a minute, and the collection that freed them ran their
// C++ destructors: 65–180 ms of CPU over a team pull of 5,000 changes, in tasks a search's reply
// waited behind.
let dateFormat: { lang: string; format: Intl.DateTimeFormat } | undefined;

/** A record's time, as the page language writes a date and a time (the same text as `Date.toLocaleString`). */
export function when(ms: number): string {
  const lang = document.documentElement.lang;
  if (dateFormat?.lang !== lang) {
    dateFormat = {
      lang,
      format: new Intl.DateTimeFormat(lang || undefined, { dateStyle: 'medium', timeStyle: 'short' }),
    };
  }
  return dateFormat.format.format(ms);
}

const categoryNames = { id: categoryLabels('id'), en: categoryLabels('en') };

/** A taxonomy category's name in the page language; a category the user added shows as typed. */
export function categoryLabel(id: string): string {
  const name = categoryNames[document.documentElement.lang === 'en' ? 'en' : 'id'][id];
  if (name === undefined) return id === 'lainnya' ? t('category_other') : id;
  return name;
}
