// A cheap language guess from function words: Indonesian and English posts are told apart by
// the small words every sentence needs ("yang", "di", "tidak" against "the", "is", "not").
// Runs on normalised tokens, so slang has already become standard Indonesian. A post with none
// is read by its words' spelling (lang-letters.ts).

import { englishOddsBySpelling } from './lang-letters';

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
export const LANG_FUNCTION_WORDS: ReadonlyMap<string, Lang> = new Map<string, Lang>([
  ...EN_WORDS.map((w) => [w, 'en'] as const),
  ...ID_WORDS.map((w) => [w, 'id'] as const),
]);
/** Letters of scripts other than Latin: Chinese, Japanese, Arabic, Thai… */
const NON_LATIN = /[\u0600-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

// What a token tells the guess, as bits (below LANG_CLUE_BITS) of a code its caller keeps on
// the token's record (see ../token-clues.ts, which reads them with the post's other clues in one walk).
export const VOTES_ID = 1;
export const VOTES_EN = 2;
/** The bits the clues take. */
export const LANG_CLUE_BITS = 2;

/** A token's clues to the language. */
export function langClues(text: string): number {
  const vote = LANG_FUNCTION_WORDS.get(text);
  return vote === 'id' ? VOTES_ID : vote === 'en' ? VOTES_EN : 0;
}

/**
 * The log-odds by spelling above which a post with no function word reads as English: e² ≈ 7 to 1
 * for Indonesian before its words speak, as Simak's users read Indonesian first. Chosen on the
 * project's own posts out of fold (scripts/model/train-lang.ts; 0 … 4 within 0.002 there).
 */
const ENGLISH_BY_SPELLING = 2;

/** What a post's clues add up to: its Indonesian function words and its English ones. */
export interface LangCounts {
  id: number;
  en: number;
}

/** The post's language from its counted clues, and its text for the scripts no clue names and for the spelling. */
export function langOf({ id, en }: LangCounts, rawText: string): Lang {
  if (id === 0 && en === 0) {
    if (NON_LATIN.test(rawText)) return 'other';
    // No function word: "Great cast, great story, great night out" is English by its spelling,
    // "antrian panjang bener" Indonesian.
    return englishOddsBySpelling(rawText) > ENGLISH_BY_SPELLING ? 'en' : 'id';
  }
  // Ties go to Indonesian: Simak's users read Indonesian first.
  return en > id ? 'en' : 'id';
}
