// Display names of the log's fixed vocabularies, in the UI language.
import taxonomy from '../core/taxonomy.default.json' with { type: 'json' };
import type { Site } from '../core/types';
import type { ComplaintStatus, Priority } from '../db/schema';
import { t } from './i18n';

export { PRIORITIES, SITES, STATUSES } from './vocab';

export const statusLabel = (s: ComplaintStatus) => t(`status_${s.replace('-', '_')}`);
export const priorityLabel = (p: Priority) => t(`priority_${p}`);
export const siteLabel = (s: Site) => t(`site_${s}`);

export function when(ms: number): string {
  return new Date(ms).toLocaleString(document.documentElement.lang || undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

const categoryNames = new Map(taxonomy.categories.map((c) => [c.id, { id: c.label_id, en: c.label_en }]));

/** A taxonomy category's name in the page language; a category the user added shows as typed. */
export function categoryLabel(id: string): string {
  const names = categoryNames.get(id);
  if (!names) return id === 'lainnya' ? t('category_other') : id;
  return document.documentElement.lang === 'en' ? names.en : names.id;
}
