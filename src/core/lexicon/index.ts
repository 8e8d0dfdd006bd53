// The word lists the analysis reads, built once per process.
import lexiconEn from '../model/lexicon-en.json';
import type { Lexicon } from '../polarity';
import { POLARITY_ID } from './polarity-id';

/** English: AFINN-165 and VADER merged (scripts/model/lexicon-en.ts), on the −3…3 scale. */
export const LEXICON_EN: Lexicon = new Map(Object.entries((lexiconEn as { words: Record<string, number> }).words));

/**
 * Indonesian: the project's own list. English loan words common in Indonesian posts are in it;
 * the full English lexicon is not, because many English entries are Indonesian words with
 * another meaning ("sore" is afternoon, "doa" is prayer, "ban" is a tyre).
 */
export const LEXICON_ID: Lexicon = new Map(Object.entries(POLARITY_ID));
