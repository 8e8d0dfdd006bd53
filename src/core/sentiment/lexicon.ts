// The sentiment word lists (English and Indonesian), built once per process; the polarity rules read them.
import lexiconEn from '../model/lexicon-en.json';
import { POLARITY_ID } from './polarity-id';

/** Word → valence on the −3…3 scale; the polarity rules read one per language. */
export type Lexicon = ReadonlyMap<string, number>;

/**
 * A word list as a Map. An index loop over the keys, not `new Map(Object.entries(…))`: this runs
 * once, at start-up, in the interpreter, where a pair array per word of the English list's 5,700
 * cost several times the work.
 */
function mapOf(words: Readonly<Record<string, number>>): Lexicon {
  const map = new Map<string, number>();
  const keys = Object.keys(words);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    map.set(k, words[k] as number);
  }
  return map;
}

/** English: AFINN-165 and VADER merged (scripts/model/lexicon-en.ts), on the −3…3 scale. */
export const LEXICON_EN: Lexicon = mapOf((lexiconEn as { words: Record<string, number> }).words);

/**
 * Indonesian: the project's own list. English loan words common in Indonesian posts are in it;
 * the full English lexicon is not, because many English entries are Indonesian words with
 * another meaning ("sore" is afternoon, "doa" is prayer, "ban" is a tyre).
 */
export const LEXICON_ID: Lexicon = mapOf(POLARITY_ID);
