// What each token tells about the post as a whole: its clues to the language (sentiment/lang.ts)
// and the signals the complaint reading needs (a question, a customer-care account, BPJS named).
// Both depend on the token's text alone, so they share one code and one walk over the post. The
// code is kept on the token's record itself (token.ts), not in a table by id: the walk holds the
// record already, and this is the first question every post asks of every token, where a table
// cost a look-up a token (id, record, bounds) for a number the record can carry. The other
// stages' facts depend on a model, a language or a taxonomy as well, and keep their tables. The
// English reading's marks (sentiment/english-marks.ts) depend on the text alone too, and ride in
// the same code.
import type { PostSignals } from './complaint/complaint';
import { CARE_ACCOUNT } from './complaint/complaint-cues';
import { ENGLISH_MARK_BITS, englishMarksOf } from './sentiment/english-marks';
import { LANG_CLUE_BITS, type Lang, langClues, langOf, VOTES_EN, VOTES_ID } from './sentiment/lang';
import type { Token } from './text/token';

// A token's signal, as a number in the code's bits above the language's (SIGNAL_SHIFT).
const NO_SIGNAL = 0;
const QUESTION = 1;
/** A mention of a customer-care account ("@AmazonHelp", "@BPJSKesehatanRI"). */
const CARE_MENTION = 2;
/** BPJS or JKN, as a word or inside a handle or hashtag ("bpjsnya", "#jknmudah"). */
const NAMES_BPJS = 3;
/** Both: "@BPJSKesehatanRI". */
const CARE_BPJS = 4;
const BPJS_NAME = /bpjs|jkn/;

/** Set on every code, so that none is 0 (a table's mark for a token not yet asked). */
const ASKED = 1;
const LANG_SHIFT = 1;
const LANG_MASK = (1 << LANG_CLUE_BITS) - 1;
const SIGNAL_SHIFT = LANG_SHIFT + LANG_CLUE_BITS;
/** The signals above take three bits (0 to CARE_BPJS), the English marks those after them. */
const MARKS_SHIFT = SIGNAL_SHIFT + 3;
const MARKS_MASK = (1 << ENGLISH_MARK_BITS) - 1;
// The language's votes as this module's own constants: an imported binding is read from its
// module's cell, with a check, at every use (six instructions a token for these two; callgrind).
const VOTE_ID = VOTES_ID;
const VOTE_EN = VOTES_EN;

function signalOf(t: string): number {
  if (t === '?') return QUESTION;
  const names = BPJS_NAME.test(t);
  if (t.charCodeAt(0) === 64 /* @ */ && CARE_ACCOUNT.test(t)) return names ? CARE_BPJS : CARE_MENTION;
  return names ? NAMES_BPJS : NO_SIGNAL;
}

/**
 * The token's code, worked out at its first post and kept on its record (token.ts). A `const`,
 * not a function declaration: a declared function's binding may be replaced, so a compiled
 * caller checks it at every call; a `const` is written into the caller.
 */
const clueOf = (token: Token): number => {
  let code = token.clue;
  if (code === 0) {
    const { text } = token;
    code =
      ASKED |
      (langClues(text) << LANG_SHIFT) |
      (signalOf(text) << SIGNAL_SHIFT) |
      (englishMarksOf(text) << MARKS_SHIFT);
    token.clue = code;
  }
  return code;
};

export interface PostClues {
  lang: Lang;
  signals: PostSignals;
}

export function readClues(tokens: readonly Token[], rawText: string): PostClues {
  let id = 0;
  let en = 0;
  let hasQuestion = false;
  let mentionsCare = false;
  let namesBpjs = false;
  for (const t of tokens) {
    const code = clueOf(t);
    const lang = (code >>> LANG_SHIFT) & LANG_MASK;
    if (lang & VOTE_ID) id++;
    else if (lang & VOTE_EN) en++;
    const signal = (code >>> SIGNAL_SHIFT) & 7;
    if (signal === QUESTION) hasQuestion = true;
    else if (signal === CARE_MENTION) mentionsCare = true;
    else if (signal === NAMES_BPJS) namesBpjs = true;
    else if (signal === CARE_BPJS) mentionsCare = namesBpjs = true;
  }
  return {
    lang: langOf({ id, en }, rawText),
    signals: { hasQuestion, mentionsCare, namesBpjs },
  };
}

/** The token's English marks (sentiment/english-marks.ts), from its code. */
export function englishMarks(token: Token): number {
  return (clueOf(token) >>> MARKS_SHIFT) & MARKS_MASK;
}

/** The English marks of any of the tokens. */
export function anyEnglishMarks(tokens: readonly Token[]): number {
  let codes = 0;
  for (let i = 0; i < tokens.length; i++) codes |= clueOf(tokens[i] as Token);
  return (codes >>> MARKS_SHIFT) & MARKS_MASK;
}
