// Sentiment words inside a name. English capitalises names, and posts about anything are full
// of names that hold a sentiment word: "Bad Bunny", "The Lost City", "Great British Bake
// Off", "Attack on Titan". A word list cannot list them all (it lists the
// commonest as two-word entries of valence 0); the capitals tell them in the post itself. The
// tokens are lower case by the time the rules read them, so the names are found here in the
// post's own text, and the words in them move nothing (english-tokens.ts).

import { TEXT_UNITS, unitsHold } from '../text/normalize';
import { grown } from '../text/typed-array';

const HAS_CAPITAL = /[A-Z]/;
/**
 * What ends a sentence before a word, spaces aside: its first word is capitalised whatever it is.
 * . ! ? : ; " “ ” ( ) and a line break. Compared one by one, not a Set of char codes: it is asked
 * for every word of an English post, and a Set look-up is a call each time.
 */
function endsSentence(c: number): boolean {
  switch (c) {
    case 46:
    case 33:
    case 63:
    case 58:
    case 59:
    case 34:
    case 0x201c:
    case 0x201d:
    case 40:
    case 41:
    case 10:
      return true;
    default:
      return false;
  }
}
/** Spaces and line breaks (a line break also ends a sentence). */
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x202f || c === 0x3000;
/**
 * A post written in Title Case says nothing by its capitals: from this share of capitalised
 * words among those not starting a sentence, no name is read. Chosen on the project's English
 * tweets (0.5 … 0.8: within 0.002, best from 0.7).
 */
const TITLE_CASE_SHARE = 0.7;
/** Capitalised words that say nothing about a name next to them. */
const NOT_NAME = new Set([
  'I',
  "I'm",
  "I've",
  "I'll",
  "I'd",
  'OK',
  // Days and months are capitalised in any sentence: "Happy Thursday", "Great Monday night".
  'Monday',
  'Mondays',
  'Tuesday',
  'Tuesdays',
  'Wednesday',
  'Wednesdays',
  'Thursday',
  'Thursdays',
  'Friday',
  'Fridays',
  'Saturday',
  'Saturdays',
  'Sunday',
  'Sundays',
  'January',
  'February',
  'March',
  'April',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);

/** Small words a name may hold between its capitalised words: "Lord of the Rings", "Fast and Furious". */
const LINKS = new Set(['of', 'the', 'and', 'in', 'on', 'a', 'an', 'to', 'for', 'at', 'with', 'from', 'de']);
/** The same, for english-tokens.test.ts: an exported `const` is read through its cell even in its own module. */
export const LINKING_WORDS: ReadonlySet<string> = LINKS;
/** The longest of them: a longer word is no link, told without cutting it out of the text. */
const LINK_LENGTH = Math.max(...[...LINKS].map((w) => w.length));

// The words of the post being read, kept in arrays reused post after post: where each starts and
// ends, and its flags.
let wordStart = new Int32Array(64);
let wordEnd = new Int32Array(64);
let wordFlags = new Uint8Array(64);
/** Capitalised ("Friday", not "FRIDAY" nor "friday"), and not a word capitalised in any sentence. */
const CAP = 1;
/** First of its sentence, where a capital tells nothing. */
const START = 2;
const NAMED = 4;

const NONE: ReadonlyMap<string, boolean[]> = new Map();

/** A-Z or a-z: `| 32` makes a capital small and leaves a small letter as it is, and nothing else lands in a-z. */
const isLetter = (c: number) => ((c | 32) - 97) >>> 0 < 26;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/**
 * Each word (lower case) the post writes inside a name, with, for each occurrence of that word
 * in order, whether this one stands inside the name: a run of capitalised words (small linking
 * words allowed between them: "Lord of the Rings") that holds at least two, the first of a
 * sentence counting only as the name's first word. Empty for a post in Title Case or in capitals.
 */
export function wordsInNames(text: string): ReadonlyMap<string, boolean[]> {
  // Most posts in lower case hold no name to find, and most others capitalise only the first
  // words of their sentences.
  // A plain ASCII post the tokenizer just read is read from its bytes (see askedInUnits).
  const plain = BLOCKS_IN_ORDER && plainUnitsHold(text);
  if (plain ? !mayHoldNameInUnits(text) : !HAS_CAPITAL.test(text) || !mayHoldName(text)) return NONE;
  const n = plain ? readWordsInUnits(text) : readWords(text);
  let capitalised = 0;
  let inside = 0;
  for (let i = 0; i < n; i++) {
    if ((wordFlags[i] as number) & START) continue;
    inside++;
    if ((wordFlags[i] as number) & CAP) capitalised++;
  }
  if (n === 0 || (inside > 0 && capitalised / inside >= TITLE_CASE_SHARE)) return NONE;
  if (!markNames(text, n)) return NONE;
  const out = new Map<string, boolean[]>();
  // Only a word of a named word's length and first letter (in either case) can be one of its
  // occurrences: the others are passed over without being cut out of the text and lowered.
  let lengths = 0;
  let firsts = 0;
  for (let i = 0; i < n; i++) {
    if (!((wordFlags[i] as number) & NAMED)) continue;
    out.set(keyOf(text, i), []);
    lengths |= lengthBit(i);
    firsts |= firstLetterBit(text, i);
  }
  // Each occurrence of a named word, in or out of the name.
  for (let i = 0; i < n; i++) {
    if (!(lengths & lengthBit(i)) || !(firsts & firstLetterBit(text, i))) continue;
    out.get(keyOf(text, i))?.push(((wordFlags[i] as number) & NAMED) !== 0);
  }
  return out;
}

/** The word's key in the answer: lower case, a curly apostrophe made straight. */
const keyOf = (text: string, i: number) => text.slice(wordStart[i], wordEnd[i]).toLowerCase().replace('’', "'");

/** A bit for the word's length (any past 31 share one). */
const lengthBit = (i: number) => 1 << Math.min(31, (wordEnd[i] as number) - (wordStart[i] as number));

/** A bit for the word's first letter, the same for both cases (a word starts with an ASCII letter). */
const firstLetterBit = (text: string, i: number) => 1 << ((text.charCodeAt(wordStart[i] as number) | 0x20) - 97);

/**
 * False when the post cannot hold a name, read off the text without finding its words: a name
 * needs two capitalised words, one of them not first in its sentence (a name's later words never
 * are). Every capitalised word starts with a capital after no letter, then a small letter or an
 * apostrophe; a capital counted here that readWords does not read as a capitalised word ("I'",
 * "O'Brien"'s B, a day's name) only means the post is read in full.
 */
function mayHoldName(text: string): boolean {
  let capitals = 0;
  let inside = false;
  for (let i = 0; i + 1 < text.length; i++) {
    if (!isUpper(text.charCodeAt(i)) || (i > 0 && isLetter(text.charCodeAt(i - 1)))) continue;
    const second = text.charCodeAt(i + 1);
    if (!isLower(second) && !isApostrophe(second)) continue;
    capitals++;
    if (!inside && !startsSentence(text, i)) inside = true;
    if (inside && capitals >= 2) return true;
  }
  return false;
}

/** mayHoldName for a plain ASCII post in `units`, its capitals found four at a time (see askedInUnits). */
function mayHoldNameInUnits(text: string): boolean {
  const length = text.length;
  let capitals = 0;
  let inside = false;
  for (let b = 0; b << 2 < length - 1; b++) {
    let caps = capitalBits(blocks[b] as number);
    while (caps !== 0) {
      const i = ((b << 2) + lowestByte(caps)) | 0;
      caps &= caps - 1;
      if (i + 1 >= length) return false;
      if (i > 0 && isLetter(units[i - 1] as number)) continue;
      const second = units[i + 1] as number;
      if (!isLower(second) && second !== 39) continue;
      capitals++;
      if (!inside && !startsSentenceInUnits(i)) inside = true;
      if (inside && capitals >= 2) return true;
    }
  }
  return false;
}

/**
 * Bit 7 of each byte of four characters (each below 128) set where it is a capital: adding to
 * every byte at once, no byte carrying into the next.
 */
const capitalBits = (w: number) => (w + 0x3f3f3f3f) & ~(w + 0x25252525) & 0x80808080;
/** Which byte of four (0 to 3) the lowest bit of a non-zero capitalBits is in. */
const lowestByte = (bits: number) => (31 - Math.clz32(bits & -bits)) >>> 3;

/**
 * True when some capitalised word of the text, lower-cased, is in `asked`: the test that tells
 * whether finding the names can change anything (english-tokens.ts). A word is read as readWords
 * reads one (letters with an inner apostrophe), and counted as capitalised as mayHoldName counts
 * one (a capital after no letter, then a small letter or an apostrophe): a superset of the words
 * `capitalised` accepts, so a word it may name is never passed over; a sentence's first word only
 * when the next word may be capitalised (a name starts there only then). `asked` holds each word
 * with its first letter capitalised too, and a word with a straight apostrophe in its curly form:
 * a word with one capital is looked up as written (toLowerCase is a call into the runtime), and
 * the key is not made straight here.
 */
export function capitalisedAsked(text: string, asked: ReadonlySet<string>): boolean {
  return BLOCKS_IN_ORDER && plainUnitsHold(text) ? askedInUnits(text, asked) : askedInText(text, asked);
}

/**
 * The tokenizer's copy of the text (normalize.ts: `units`, a byte a character, then a 0) and the
 * same bytes four at a time, as this module's own constants: the compiler writes their address
 * and length into the code, where an import is read through its cell at every use.
 */
const units = TEXT_UNITS;
const blocks = new Int32Array(units.buffer, units.byteOffset, units.length >> 2);
const plainUnitsHold = unitsHold;
/** A block's first character is its lowest byte (little-endian), as askedInUnits reads it. */
const BLOCKS_IN_ORDER = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * capitalisedAsked for a post the tokenizer read as plain ASCII (still in `units`): the same
 * words, but the capitals are found four characters at a time, a capital's byte marked by adding
 * to every byte at once (no byte is above 127 up to the text's 0, so none carries into the next),
 * where the text's scan reads each character by charCodeAt (about 3,600 instructions an English
 * post, callgrind). The bytes past the 0 may be anything: a capital found there is past the end.
 */
function askedInUnits(text: string, asked: ReadonlySet<string>): boolean {
  const length = text.length;
  /** Where the last word read ends: a capital before it is inside that word ("McDonald", "O'Brien"). */
  let next = 0;
  for (let b = 0; b << 2 < length - 1; b++) {
    let caps = capitalBits(blocks[b] as number);
    while (caps !== 0) {
      const i = ((b << 2) + lowestByte(caps)) | 0;
      caps &= caps - 1;
      if (i + 1 >= length) return false;
      if (i < next || (i > 0 && isLetter(units[i - 1] as number))) continue;
      const second = units[i + 1] as number;
      if (!isLower(second) && second !== 39) continue;
      // Whether a capital follows the first: such a word is lower-cased before it is looked up.
      // The text's 0 ends every word.
      let upper = false;
      let end = i + 1;
      for (; ; end++) {
        const c = units[end] as number;
        if (!isLetter(c)) break;
        upper ||= isUpper(c);
      }
      if (units[end] === 39 && isLetter(units[end + 1] as number)) {
        for (end++; ; end++) {
          const c = units[end] as number;
          if (!isLetter(c)) break;
          upper ||= isUpper(c);
        }
      }
      next = end;
      // A sentence's first word is a name's only right before a capitalised word (markNames).
      if (startsSentenceInUnits(i) && !capitalisedNextInUnits(end, length)) continue;
      const word = text.slice(i, end);
      if (asked.has(upper ? word.toLowerCase() : word)) return true;
    }
  }
  return false;
}

/** startsSentence for a plain ASCII post in `units`. */
function startsSentenceInUnits(at: number): boolean {
  if (at === 0) return true;
  const before = units[at - 1] as number;
  if (before === 35 /* # */ || before === 64 /* @ */) return true;
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const c = units[k] as number;
    if (endsSentence(c)) return true;
    if (!isSpace(c)) return false;
  }
  return false;
}

/** capitalisedNext for a plain ASCII post in `units`, `length` characters long. */
function capitalisedNextInUnits(at: number, length: number): boolean {
  let j = at;
  while (j < length && !isLetter(units[j] as number)) j++;
  if (j + 1 >= length || !isUpper(units[j] as number)) return false;
  const second = units[j + 1] as number;
  return isLower(second) || second === 39;
}

/** capitalisedAsked by the text's characters, for any text. Exported for english-names.test.ts. */
export function askedInText(text: string, asked: ReadonlySet<string>): boolean {
  const length = text.length;
  for (let i = 0; i + 1 < length; i++) {
    if (!isUpper(text.charCodeAt(i)) || (i > 0 && isLetter(text.charCodeAt(i - 1)))) continue;
    const second = text.charCodeAt(i + 1);
    if (!isLower(second) && !isApostrophe(second)) continue;
    // Whether a capital follows the first: such a word is lower-cased before it is looked up.
    let upper = false;
    let end = i + 1;
    for (; end < length; end++) {
      const c = text.charCodeAt(end);
      if (!isLetter(c)) break;
      upper ||= isUpper(c);
    }
    if (end + 1 < length && isApostrophe(text.charCodeAt(end)) && isLetter(text.charCodeAt(end + 1))) {
      for (end++; end < length; end++) {
        const c = text.charCodeAt(end);
        if (!isLetter(c)) break;
        upper ||= isUpper(c);
      }
    }
    // A sentence's first word is a name's only right before a capitalised word (markNames).
    if (startsSentence(text, i) && !capitalisedNext(text, end)) {
      i = end - 1;
      continue;
    }
    const word = text.slice(i, end);
    if (asked.has(upper ? word.toLowerCase() : word)) return true;
    i = end - 1;
  }
  return false;
}

/**
 * Whether the word after `at` (the next letter's) starts with a capital and a small letter or an
 * apostrophe, as every capitalised word does.
 */
function capitalisedNext(text: string, at: number): boolean {
  let j = at;
  while (j < text.length && !isLetter(text.charCodeAt(j))) j++;
  if (j + 1 >= text.length || !isUpper(text.charCodeAt(j))) return false;
  const second = text.charCodeAt(j + 1);
  return isLower(second) || isApostrophe(second);
}

/**
 * Finds the post's words (letters with an inner apostrophe) and their flags; returns how many.
 * Whether a word starts a sentence (startsSentence's rule) is told from the last character before
 * it that is no space, kept as the walk passes it, rather than read again backwards at each word.
 */
function readWords(text: string): number {
  // The arrays in locals: a module's `let` is read from its cell, with a check, at every store.
  let starts = wordStart;
  let ends = wordEnd;
  let flags = wordFlags;
  const length = text.length;
  let n = 0;
  let i = 0;
  /** The last character before i that is no space (as startsSentence tells spaces): where, and its code (0 for a word's). */
  let markAt = -1;
  let mark = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (!isLetter(c)) {
      if (!isSentenceSpace(c)) {
        markAt = i;
        mark = c;
      }
      i++;
      continue;
    }
    const from = i;
    i++;
    while (i < length && isLetter(text.charCodeAt(i))) i++;
    if (i + 1 < length && isApostrophe(text.charCodeAt(i)) && isLetter(text.charCodeAt(i + 1))) {
      i++;
      while (i < length && isLetter(text.charCodeAt(i))) i++;
    }
    if (n === starts.length) {
      starts = wordStart = grown(starts, n * 2);
      ends = wordEnd = grown(ends, n * 2);
      flags = wordFlags = grown(flags, n * 2);
    }
    // startsSentence's rule: the text's start, right after "#" (35) or "@" (64), or a sentence's
    // end with at most two spaces after it.
    const start =
      from === 0 ||
      (markAt >= from - 3 && (endsSentence(mark) || (markAt === from - 1 && (mark === 35 || mark === 64))));
    starts[n] = from;
    ends[n] = i;
    flags[n] = (start ? START : 0) | (capitalised(text, from, i) ? CAP : 0);
    n++;
    markAt = i - 1;
    mark = 0;
  }
  return n;
}

/**
 * readWords for a plain ASCII post in `units` (see askedInUnits): the same words and flags, its
 * characters read from the bytes, where charCodeAt asks the string's layout again at each. The
 * text's 0 ends every word; no space beyond ASCII can stand in it.
 */
function readWordsInUnits(text: string): number {
  let starts = wordStart;
  let ends = wordEnd;
  let flags = wordFlags;
  const length = text.length;
  let n = 0;
  let i = 0;
  let markAt = -1;
  let mark = 0;
  while (i < length) {
    const c = units[i] as number;
    if (!isLetter(c)) {
      if (!isSentenceSpace(c)) {
        markAt = i;
        mark = c;
      }
      i++;
      continue;
    }
    const from = i;
    i++;
    while (isLetter(units[i] as number)) i++;
    if (units[i] === 39 && isLetter(units[i + 1] as number)) {
      i++;
      while (isLetter(units[i] as number)) i++;
    }
    if (n === starts.length) {
      starts = wordStart = grown(starts, n * 2);
      ends = wordEnd = grown(ends, n * 2);
      flags = wordFlags = grown(flags, n * 2);
    }
    const start =
      from === 0 ||
      (markAt >= from - 3 && (endsSentence(mark) || (markAt === from - 1 && (mark === 35 || mark === 64))));
    starts[n] = from;
    ends[n] = i;
    flags[n] = (start ? START : 0) | (capitalised(text, from, i) ? CAP : 0);
    n++;
    markAt = i - 1;
    mark = 0;
  }
  return n;
}

/** What startsSentence passes over between a sentence's end and its first word (a line break is an end). */
const isSentenceSpace = (c: number) => c !== 10 && (isSpace(c) || (c >= 0x2000 && c <= 0x200a));

/** At the text's start, after "#" or "@", or after a sentence's end and at most two spaces (readWords tells it as it walks). */
function startsSentence(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  if (before === 35 /* # */ || before === 64 /* @ */) return true;
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const c = text.charCodeAt(k);
    if (endsSentence(c)) return true;
    if (!isSpace(c) && !(c >= 0x2000 && c <= 0x200a)) return false;
  }
  return false;
}

function capitalised(text: string, from: number, to: number): boolean {
  if (to - from < 2 || !isUpper(text.charCodeAt(from))) return false;
  const second = text.charCodeAt(from + 1);
  return (
    (isLower(second) || isApostrophe(second)) && !(mayBeNotName(text, from, to) && NOT_NAME.has(text.slice(from, to)))
  );
}

/** The longest word of NOT_NAME, and a bit for each capital one starts with. */
const NOT_NAME_LENGTH = Math.max(...[...NOT_NAME].map((w) => w.length));
const NOT_NAME_FIRSTS = [...NOT_NAME].reduce((bits, w) => bits | (1 << (w.charCodeAt(0) - 65)), 0);

/** False for a capitalised word NOT_NAME cannot hold, told without cutting it out of the text. */
function mayBeNotName(text: string, from: number, to: number): boolean {
  return to - from <= NOT_NAME_LENGTH && (NOT_NAME_FIRSTS & (1 << (text.charCodeAt(from) - 65))) !== 0;
}

/**
 * Marks the words in a name: runs of capitalised words, linked by small words, each after the
 * first not starting a sentence; a sentence's first word only right before a capitalised one
 * ("Thanks to Amazon" thanks). True if there is one.
 */
function markNames(text: string, n: number): boolean {
  let any = false;
  let i = 0;
  while (i < n) {
    if (!((wordFlags[i] as number) & CAP)) {
      i++;
      continue;
    }
    let end = i + 1;
    let caps = 1;
    let last = i;
    while (end < n) {
      const f = wordFlags[end] as number;
      if (f & START) break;
      if (f & CAP) {
        caps++;
        last = end;
      } else if (
        (wordEnd[end] as number) - (wordStart[end] as number) > LINK_LENGTH ||
        !LINKS.has(text.slice(wordStart[end], wordEnd[end])) ||
        (end === i + 1 && (wordFlags[i] as number) & START)
      )
        break;
      end++;
    }
    if (caps >= 2) {
      for (let k = i; k <= last; k++) wordFlags[k] = (wordFlags[k] as number) | NAMED;
      any = true;
    }
    i = last + 1;
  }
  return any;
}
