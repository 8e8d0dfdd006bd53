// The sentiment word lists (English and Indonesian), built once per process; the polarity rules read them.
import lexiconEn from '../model/lexicon-en.json';
import { POLARITY_ID } from './polarity-id';

/** Word → valence on the −3…3 scale; the polarity rules read one per language. */
export type Lexicon = ReadonlyMap<string, number>;

/** English: AFINN-165 and VADER merged (scripts/model/lexicon-en.ts), on the −3…3 scale. */
export const LEXICON_EN: Lexicon = new Map(Object.entries((lexiconEn as { words: Record<string, number> }).words));

/**
 * Indonesian: the project's own list. English loan words common in Indonesian posts are in it;
 * the full English lexicon is not, because many English entries are Indonesian words with
 * another meaning ("sore" is afternoon, "doa" is prayer, "ban" is a tyre).
 */
export const LEXICON_ID: Lexicon = new Map(Object.entries(POLARITY_ID));
