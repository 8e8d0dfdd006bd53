// A cheap language guess from function words: Indonesian and English posts are told apart by
// the small words every sentence needs ("yang", "di", "tidak" against "the", "is", "not").
// Runs on normalised tokens, so slang has already become standard Indonesian.

import { LEXICON_EN } from './lexicon';

export type Lang = 'id' | 'en' | 'other';

const ID_WORDS = (
  'yang di ke dari dan atau tidak sudah belum ini itu saya kamu kita kami mereka dia ada untuk dengan pada ' +
  'dalam juga akan bisa mau lagi saja sama kalau karena tapi banget kenapa bagaimana apa kok sih dong deh ' +
  'ya nya aja lah kan masih jadi harus udah terus sangat sekali buat oleh bagi setelah sebelum semua'
).split(' ');
const EN_WORDS = (
  'the is are was were be been am i you he she it we they my your his her our their this that these those ' +
  'and or but not no of to in on at for with from by as have has had do does did will would can could ' +
  "should just what why how when where who an a so if there than then too very don't can't it's i'm"
).split(' ');
/**
 * Each function word's language, in one table so that most words cost one look-up. Indonesian
 * goes in last: a word on both lists counts as Indonesian.
 */
const FUNCTION_WORDS = new Map<string, Lang>([
  ...EN_WORDS.map((w) => [w, 'en'] as const),
  ...ID_WORDS.map((w) => [w, 'id'] as const),
]);
/** Letters of scripts other than Latin: Chinese, Japanese, Arabic, Thai… */
const NON_LATIN = /[\u0600-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

// What a token tells the guess, as bits (below LANG_CLUE_BITS) of a code its caller keeps by
// token id (see ../token-clues.ts, which reads them with the post's other clues in one walk).
export const VOTES_ID = 1;
export const VOTES_EN = 2;
/** A word of the English lexicon: the guess falls back on these when no function word shows. */
export const ENGLISH_WORD = 4;
/** The bits the clues take. */
export const LANG_CLUE_BITS = 3;

/** A token's clues to the language. */
export function langClues(text: string): number {
  const vote = FUNCTION_WORDS.get(text);
  return (vote === 'id' ? VOTES_ID : vote === 'en' ? VOTES_EN : 0) | (LEXICON_EN.has(text) ? ENGLISH_WORD : 0);
}

/** What a post's clues add up to. */
export interface LangCounts {
  /** Indonesian function words, English ones, and words of the English lexicon. */
  id: number;
  en: number;
  englishWords: number;
  /** All the post's tokens. */
  tokens: number;
}

/** The post's language from its counted clues, and its text for the scripts no clue names. */
export function langOf({ id, en, englishWords, tokens }: LangCounts, rawText: string): Lang {
  if (id === 0 && en === 0) {
    if (NON_LATIN.test(rawText)) return 'other';
    // No function word: "ridiculous, incompetence, clueless." is English by its words.
    return englishWords * 2 > tokens ? 'en' : 'id';
  }
  // Ties go to Indonesian: Simak's users read Indonesian first.
  return en > id ? 'en' : 'id';
}
