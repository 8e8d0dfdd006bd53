// The kinds of post Simak tells apart, in display order (the models, the labels and the locale
// test read this one list).
import type { KindLabel } from './types';

export const KINDS: readonly KindLabel[] = ['complaint', 'inquiry', 'news', 'opinion', 'praise', 'other'];
