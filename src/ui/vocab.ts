// The log's fixed vocabularies, in display order (pure: the locale test reads them too).
import type { Site } from '../core/types';
import type { ComplaintStatus, Priority } from '../db/schema';

export const STATUSES: ComplaintStatus[] = ['new', 'in-progress', 'resolved', 'dismissed'];
export const PRIORITIES: Priority[] = ['low', 'normal', 'high', 'urgent'];
export const SITES: Site[] = ['x', 'facebook', 'instagram'];
