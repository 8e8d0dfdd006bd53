// Display names of the log's fixed vocabularies, in the UI language.
import type { Site } from '../core/types';
import type { ComplaintStatus, Priority } from '../db/schema';
import { t } from './i18n';

export const STATUSES: ComplaintStatus[] = ['new', 'in-progress', 'resolved', 'dismissed'];
export const PRIORITIES: Priority[] = ['low', 'normal', 'high', 'urgent'];
export const SITES: Site[] = ['x', 'facebook', 'instagram'];

export const statusLabel = (s: ComplaintStatus) => t(`status_${s.replace('-', '_')}`);
export const priorityLabel = (p: Priority) => t(`priority_${p}`);
export const siteLabel = (s: Site) => t(`site_${s}`);

export function when(ms: number): string {
  return new Date(ms).toLocaleString(document.documentElement.lang || undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
