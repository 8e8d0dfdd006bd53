// The language of a post that holds no function word ("Great cast, great story, great night out",
// "Monday. Rain. Traffic.", "antrian panjang bener"), told by how its words are spelt: a naive
// Bayes over the letter sequences of one to four letters in its words ("th", "ing>", "<ny",
// "ngg"), trained by scripts/model/train-lang.ts on text that may ship (SmSA train and the
// corpus's Indonesian posts, the project's English tweets and English corpus posts). Words the
// word lists do not hold still read by their letters ("forecast", "weekend", "kobe"). The trainer
// and the guess read words through the same functions below.
import langModel from '../model/lang-letters.json';
import { unpackHundredths } from '../model/packed-weights';
import { foldText } from '../text/normalize';

/** The longest letter sequence read, the word's bounds ("<", ">") counted as letters. */
export const LETTER_ORDER = 4;

/** Links and @handles name things (the handle of a company, a friend's name): not the post's language. */
const NOT_WORDS = /https?:\S+|www\.\S+|@\S+/g;
const CURLY_QUOTES = /[’‘`]/g;
const WORD = /\p{L}+(?:'\p{L}+)*/gu;
/**
 * "lancarrrr", "kereeeen", "sooo": a run of three or more letters is a word drawn out, read as one
 * letter (the run's length would otherwise tell: written text seldom triples a letter).
 */
const LONG_RUN = /(\p{L})\1{2,}/gu;

/** The post's words as the guess reads them: folded, links and handles left out (a hashtag's word stays). */
export function wordsForGuess(rawText: string): string[] {
  const words = foldText(rawText).replace(NOT_WORDS, ' ').replace(CURLY_QUOTES, "'").match(WORD);
  if (!words) return [];
  for (let i = 0; i < words.length; i++) words[i] = (words[i] as string).replace(LONG_RUN, '$1');
  return words;
}

/** Each letter sequence of a word, of one to LETTER_ORDER characters, with its bounds marked. */
export function letterGrams(word: string, visit: (gram: string) => void): void {
  const marked = `<${word}>`;
  for (let n = 1; n <= LETTER_ORDER; n++) {
    for (let i = 0; i + n <= marked.length; i++) {
      // A bound alone says nothing.
      if (n === 1 && (i === 0 || i === marked.length - 1)) continue;
      visit(marked.slice(i, i + n));
    }
  }
}

/** The shipped model: its sequences space-separated, each one's log-odds (English over Indonesian) packed. */
interface LetterModelFile {
  grams: string;
  weights: string;
}

let odds: Map<string, number> | undefined;

/**
 * Built at the first post that needs it: most posts hold a function word and never ask, so a
 * stopped worker does not pay for it at start.
 */
function oddsTable(): Map<string, number> {
  if (odds) return odds;
  const { grams, weights } = langModel as LetterModelFile;
  const names = grams.split(' ');
  const hundredths = unpackHundredths(weights);
  odds = new Map();
  for (let i = 0; i < names.length; i++) odds.set(names[i] as string, (hundredths[i] as number) / 100);
  return odds;
}

/** Each word's log-odds once worked out: a post's words are mostly words seen before. */
const wordOdds = new Map<string, number>();
/** Forgotten all at once past this many words, so a long day's memory stays flat. */
const WORD_MEMO_LIMIT = 20_000;
/** Longer words (a run of letters with no space, a pasted hash) are worked out each time, never kept. */
const WORD_MEMO_LENGTH = 32;

function oddsOfWord(word: string): number {
  const known = wordOdds.get(word);
  if (known !== undefined) return known;
  const table = oddsTable();
  let sum = 0;
  letterGrams(word, (gram) => {
    sum += table.get(gram) ?? 0;
  });
  if (word.length > WORD_MEMO_LENGTH) return sum;
  if (wordOdds.size >= WORD_MEMO_LIMIT) wordOdds.clear();
  wordOdds.set(word, sum);
  return sum;
}

/**
 * The log-odds that the post is English rather than Indonesian by its words' spelling, summed
 * over every letter sequence of every word (a sequence the model did not keep adds 0). 0 for a
 * post with no word (links, handles, emoji only).
 */
export function englishOddsBySpelling(rawText: string): number {
  let sum = 0;
  for (const w of wordsForGuess(rawText)) sum += oddsOfWord(w);
  return sum;
}
