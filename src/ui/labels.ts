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

export function when(ms: number): string {
  return new Date(ms).toLocaleString(document.documentElement.lang || undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

const categoryNames = { id: categoryLabels('id'), en: categoryLabels('en') };

/** A taxonomy category's name in the page language; a category the user added shows as typed. */
export function categoryLabel(id: string): string {
  const name = categoryNames[document.documentElement.lang === 'en' ? 'en' : 'id'][id];
  if (name === undefined) return id === 'lainnya' ? t('category_other') : id;
  return name;
}
