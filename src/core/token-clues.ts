// What each token tells about the post as a whole: its clues to the language (sentiment/lang.ts)
// and the signals the complaint reading needs (a question, a customer-care account, BPJS named).
// Both depend on the token alone, so they share one code by token id and one walk over the post:
// a token costs one look-up for both.
import type { PostSignals } from './complaint/complaint';
import { CARE_ACCOUNT } from './complaint/complaint-cues';
import { LANG_CLUE_BITS, type Lang, langClues, langOf, VOTES_EN, VOTES_ID } from './sentiment/lang';
import type { Token } from './text/token';
import { TokenTable } from './text/token-table';

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

function signalOf(t: string): number {
  if (t === '?') return QUESTION;
  const names = BPJS_NAME.test(t);
  if (t.charCodeAt(0) === 64 /* @ */ && CARE_ACCOUNT.test(t)) return names ? CARE_BPJS : CARE_MENTION;
  return names ? NAMES_BPJS : NO_SIGNAL;
}

const clues = new TokenTable(({ text }) => ASKED | (langClues(text) << LANG_SHIFT) | (signalOf(text) << SIGNAL_SHIFT));

export interface PostClues {
  lang: Lang;
  signals: PostSignals;
}

export function readClues(tokens: readonly Token[], rawText: string): PostClues {
  const table = clues.forPost();
  let id = 0;
  let en = 0;
  let hasQuestion = false;
  let mentionsCare = false;
  let namesBpjs = false;
  for (const t of tokens) {
    const code = table.of(t);
    const lang = (code >>> LANG_SHIFT) & LANG_MASK;
    if (lang & VOTES_ID) id++;
    else if (lang & VOTES_EN) en++;
    const signal = code >>> SIGNAL_SHIFT;
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
