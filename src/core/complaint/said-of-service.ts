// Is the trouble said *of* the service? A long story that names BPJS once in a list (moving
// house: "KTP, KK, kartu BPJS") and tells trouble of its own elsewhere ("capek", "gagal terus")
// reads, as a bag of words, like a complaint; a complaint says its trouble of the service
// ("kartu bpjs gw nonaktif", "faskesnya nolak"). Two signals of the post model
// (post-features.ts), for the trainer and the worker alike: some trouble word is said within a
// few words of a service mention in the same clause, or the post names the service and has
// trouble only elsewhere. Issue 17, tenth round (docs/model.md).
import { POLARITY_ID } from '../sentiment/polarity-id';
import { isPunct, isWord } from '../text/normalize';
import type { Token } from '../text/token';
import { TokenTable } from '../text/token-table';
import { PROBLEM_CUES } from './complaint-cues';
import { PhraseIndex } from './phrase';

export const SAID_OF = {
  /** A trouble word within NEAR words of a service mention, in one clause. */
  service: 's:trouble-of-service',
  /** The post names the service and holds trouble, but none said of it. */
  apart: 's:trouble-apart',
  /** The service is one item of a list ("KTP, KK, NPWP, BPJS"): errands and forms, not a grievance. */
  listed: 's:service-listed',
} as const;

/** A list's item is a stretch between commas of at most this many words. */
const ITEM_WORDS = 3;
/** …and a list holds at least this many ("sakit, ke RS, ditolak" is three clauses told short). */
const LIST_ITEMS = 3;

/** How many words apart a trouble word and a service mention may stand and still be one saying. */
export const NEAR = 6;

/** BPJS or JKN in a word, handle or hashtag, as token-clues.ts reads them. */
const BPJS_NAME = /bpjs|jkn/;
/** What else names the service or its parts: the card, the first-level facility, the complaint channel. */
const SERVICE_WORDS = new Set(['kis', 'askes', 'faskes', 'fktp', 'fkrtl', 'pbi', 'pandawa']);
/** "BPJS TK", "BPJS Ketenagakerjaan": the other BPJS, whose trouble is no JKN complaint. */
const OTHER_BPJS = new Set(['tk', 'ketenagakerjaan', 'naker', 'tenaga']);

// A token's class (+1: a table's 0 means not yet asked).
const SKIP = 1; // a mention of anyone else, a link, an emoji: stepped over, no word
const BREAK = 2; // punctuation: a clause ends
const OTHER = 3;
const SERVICE = 4;
const TROUBLE = 5; // a word the polarity list reads negative
const NOT_SERVICE = 6; // "tk", "ketenagakerjaan": the word before names the other BPJS

function classOf(t: Token): number {
  const text = t.text;
  if (isPunct(text)) return BREAK;
  if (BPJS_NAME.test(text)) return SERVICE;
  if (!isWord(text)) return text.charCodeAt(0) === 35 /* # */ ? OTHER : SKIP;
  if (SERVICE_WORDS.has(text)) return SERVICE;
  if (OTHER_BPJS.has(text)) return NOT_SERVICE;
  return (POLARITY_ID[text] ?? 0) < 0 ? TROUBLE : OTHER;
}

/**
 * What goes wrong with JKN in particular, beyond the general problem cues: a card dropped, a
 * patient refused or sent home, care not covered or paid out of pocket (the taxonomy's
 * categories say the same, among neutral words such as "iuran" or "faskes" that are none).
 */
const JKN_TROUBLE = [
  'nonaktif',
  'non aktif',
  'tidak aktif',
  'dinonaktifkan',
  'dicoret',
  'tidak ditanggung',
  'tidak dicover',
  'tidak dijamin',
  'bayar sendiri',
  'disuruh bayar',
  'disuruh pulang',
  'dipulangkan',
  'diusir',
  'tidak dilayani',
  'tidak diterima',
  'kosong',
];

const classes = new TokenTable(classOf);
const problems = new PhraseIndex().add('problem', PROBLEM_CUES).add('problem', JKN_TROUBLE);
/** Where a problem cue starts, by token position (reused from post to post). */
let cueAt = new Uint8Array(256);

/** Emits the post's said-of-service signal, if any (each at most once, value 1). */
export function saidOfService(tokens: readonly Token[], signal: (name: string, value: number) => void): void {
  if (cueAt.length < tokens.length) cueAt = new Uint8Array(tokens.length * 2);
  else cueAt.fill(0, 0, tokens.length);
  let anyCue = false;
  problems.forEachMatch(tokens, (_p, at) => {
    cueAt[at] = 1;
    anyCue = true;
  });
  const table = classes.forPost();
  const FAR = -1_000_000;
  let pos = 0;
  let lastService = FAR;
  let lastTrouble = FAR;
  let named = false;
  let trouble = anyCue;
  let said = false;
  // The stretch between punctuation being read, and the one before it (its words, whether it
  // names the service, whether a comma ended it), for the list reading.
  let words = 0;
  let names = false;
  /** Short items in a row so far, joined by commas, and whether one of them names the service. */
  let run = 0;
  let runNames = false;
  let listed = false;
  const closeStretch = (comma: boolean) => {
    if (words > 0 && words <= ITEM_WORDS) {
      run++;
      runNames ||= names;
      if (run >= LIST_ITEMS && runNames) listed = true;
    } else run = 0;
    // A list goes on only past a comma (a full stop or a question ends it).
    if (!comma || run === 0) {
      run = 0;
      runNames = false;
    }
    words = 0;
    names = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const c = table.of(t);
    if (c === SKIP) continue;
    if (c === BREAK) {
      lastService = lastTrouble = FAR;
      closeStretch(t.text === ',');
      continue;
    }
    pos++;
    words++;
    if (c === SERVICE) names = true;
    if (c === NOT_SERVICE && lastService === pos - 1) {
      // The mention just before was BPJS Ketenagakerjaan: take it back (a trouble said of it is
      // not said of JKN; one already counted stays, rare enough).
      lastService = FAR;
      continue;
    }
    if (c === SERVICE) {
      named = true;
      lastService = pos;
      if (pos - lastTrouble <= NEAR) said = true;
    }
    if (c === TROUBLE || cueAt[i] === 1) {
      trouble = true;
      lastTrouble = pos;
      if (pos - lastService <= NEAR) said = true;
    }
  }
  closeStretch(false);
  if (listed) signal(SAID_OF.listed, 1);
  if (said) signal(SAID_OF.service, 1);
  else if (named && trouble) signal(SAID_OF.apart, 1);
}
