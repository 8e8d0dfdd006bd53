// A cheap language guess from function words: Indonesian and English posts are told apart by
// the small words every sentence needs ("yang", "di", "tidak" against "the", "is", "not").
// Runs on normalised tokens, so slang has already become standard Indonesian.

import { type Token, TokenFact } from './token';

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
const FUNCTION_WORDS = new Map<string, Lang>([...EN_WORDS.map((w) => [w, 'en'] as const), ...ID_WORDS.map((w) => [w, 'id'] as const)]);
/** The language a token votes for, kept on the token; null for a word of no language's list. */
const functionWordLang = new TokenFact((t) => FUNCTION_WORDS.get(t.text) ?? null);
/** Letters of scripts other than Latin: Chinese, Japanese, Arabic, Thai… */
const NON_LATIN = /[\u0600-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

export function guessLang(tokens: readonly Token[], rawText: string, english?: (word: string) => boolean): Lang {
  let id = 0;
  let en = 0;
  for (const t of tokens) {
    const lang = functionWordLang.of(t);
    if (lang === 'id') id++;
    else if (lang === 'en') en++;
  }
  if (id === 0 && en === 0) {
    if (NON_LATIN.test(rawText)) return 'other';
    // No function word: "ridiculous, incompetence, clueless." is English by its words.
    const englishWords = english ? tokens.filter((t) => english(t.text)).length : 0;
    return englishWords * 2 > tokens.length ? 'en' : 'id';
  }
  // Ties go to Indonesian: Simak's users read Indonesian first.
  return en > id ? 'en' : 'id';
}
