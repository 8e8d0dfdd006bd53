// A cheap language guess from function words: Indonesian and English posts are told apart by
// the small words every sentence needs ("yang", "di", "tidak" against "the", "is", "not").
// Runs on normalised tokens, so slang has already become standard Indonesian.

import type { Token } from '../text/token';
import { TokenTable } from '../text/token-table';
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

// What a token tells the guess, as bits of its code in `clues`.
/** Set on every code, so that none is 0 (a table's mark for a token not yet asked). */
const ASKED = 1;
const VOTES_ID = 2;
const VOTES_EN = 4;
/** A word of the English lexicon: the guess falls back on these when no function word shows. */
const ENGLISH_WORD = 8;

/** Each token's clues, kept by token id: one small number per token, read once per post. */
const clues = new TokenTable((t) => {
  const vote = FUNCTION_WORDS.get(t.text);
  return (
    ASKED | (vote === 'id' ? VOTES_ID : vote === 'en' ? VOTES_EN : 0) | (LEXICON_EN.has(t.text) ? ENGLISH_WORD : 0)
  );
});

export function guessLang(tokens: readonly Token[], rawText: string): Lang {
  const table = clues.forPost();
  let id = 0;
  let en = 0;
  let englishWords = 0;
  for (const t of tokens) {
    const c = table.of(t);
    if (c & VOTES_ID) id++;
    else if (c & VOTES_EN) en++;
    // Counted on the same walk from the same code: the fallback below needs no second look.
    if (c & ENGLISH_WORD) englishWords++;
  }
  if (id === 0 && en === 0) {
    if (NON_LATIN.test(rawText)) return 'other';
    // No function word: "ridiculous, incompetence, clueless." is English by its words.
    return englishWords * 2 > tokens.length ? 'en' : 'id';
  }
  // Ties go to Indonesian: Simak's users read Indonesian first.
  return en > id ? 'en' : 'id';
}
