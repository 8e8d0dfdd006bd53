// The log's fixed vocabularies, in display order (pure: the locale test reads them too). Each
// is defined once, in the lowest layer that needs it.
export { SITES } from '../core/post';
export { PRIORITIES, STATUSES } from '../db/complaint-fields';
