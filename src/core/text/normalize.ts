// Text → normalised tokens, the one input every analysis (sentiment, complaints, watch queries)
// works from, so that "gak bisa login", "GAK bisaaa login" and "ga bisa login" read the same.
//
// A token's text is one of: a word (lower case, accents removed, repeated letters folded,
// reduplication folded, slang expanded), "@mention", "#hashtag", "<url>", punctuation that
// bounds a clause (. , ! ?), and emoji/emoticons as "e+2" / "e-3" (their valence). tokenize
// gives the texts; readTokens gives each token's shared record (token.ts), by whose id the
// analysis keeps what it learns about the token (token-table.ts).
import { EMOJI_VALENCE, EMOTICON_VALENCE } from './emoji';
import { keyQuad, LONG_KEY_LENGTH, PieceMemo, SHORT_LENGTH } from './piece-memo';
import { type ScanKind, type Scanned, scanToken } from './scan';
import { SLANG_ID } from './slang-id';
import { forgetTokensIfFull, type Token, tokenGeneration, tokenOf } from './token';
import { spellingVariant } from './variants';

export type KnownWord = (word: string) => boolean;

const ZERO_WIDTH = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;
const COMBINING = /\p{M}+/gu;
// NFKC, NFD and the removals change no ASCII character, control characters included.
const NON_ASCII = /[\u0080-\uffff]/;

const ESCAPED = /\\u([0-9a-f]{4})/g;
const HAS_DIGIT = /\d/;
const REPEAT3 = /(.)\1{2,}/g;
// English doubles a consonant before these endings ("hopping", "scarred", "planned"): folding
// that double turns a word into another one ("hoping", "scared", "planed"), not into its own
// unstretched spelling. A stretched word ("bangett", "sakitt") doubles its last letter instead.
const ENGLISH_DOUBLED_SUFFIX = /([b-df-hj-np-tv-z])\1(?:ing|ed|er|ers|est)$/;
const REDUP_DIGIT = /^(\p{L}{2,})2$/u;
const SLANG = new Map(Object.entries(SLANG_ID));

/** NFKC, lower case, zero-width characters and accents removed. */
export function foldText(text: string): string {
  let t = text.toLowerCase();
  // Exports sometimes carry escaped characters as text ("don\u2019t"): read them as characters.
  if (t.includes('\\u')) t = t.replace(ESCAPED, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  if (NON_ASCII.test(t)) {
    t = t.normalize('NFKC').replace(ZERO_WIDTH, '').normalize('NFD').replace(COMBINING, '').normalize('NFC');
  }
  return t;
}

/**
 * Folds a word's repeated letters: runs of three or more become two ("bangettt" → "bangett"),
 * then, if the word is still unknown, every double becomes single ("bangett" → "banget",
 * but "maaf" stays because it is known, and "hopping" stays because English doubled the "p"
 * before "-ing").
 */
export function foldRepeats(word: string, known: KnownWord): string {
  const run = longestRun(word);
  // Numbers keep their digits: "2000" is not "20".
  if (run < 2 || HAS_DIGIT.test(word)) return word;
  let w = run > 2 ? word.replace(REPEAT3, '$1$1') : word;
  if (!known(w) && !SLANG.has(w)) {
    const single = w.replace(/(.)\1+/g, '$1');
    const stretched = w !== word;
    if (stretched || ((known(single) || SLANG.has(single)) && !ENGLISH_DOUBLED_SUFFIX.test(w))) w = single;
  }
  return w;
}

const LAUGHTER: [RegExp, string][] = [
  [/^(?:wk)+w?$/, 'wkwk'],
  [/^a?(?:ha)+h?$/, 'haha'],
  [/^(?:he)+h?$/, 'hehe'],
  [/^(?:hi)+h?$/, 'hihi'],
  [/^(?:hu)+h?$/, 'huhu'],
  [/^(?:xi)+x?$/, 'hihi'],
];

/** "wkwkwk", "hahahah", "huhuhu": laughter (or sobbing) however long, as one word. */
function laughter(w: string): string | undefined {
  if (w.length < 4) return undefined;
  for (const [re, canonical] of LAUGHTER) if (re.test(w)) return canonical;
  return undefined;
}

/** The longest run of one repeated character: a loop, since most words have none. */
function longestRun(w: string): number {
  let best = 1;
  let run = 1;
  for (let i = 1; i < w.length; i++) {
    run = w.charCodeAt(i) === w.charCodeAt(i - 1) ? run + 1 : 1;
    if (run > best) best = run;
  }
  return best;
}

function pushWord(out: string[], raw: string, known: KnownWord): void {
  let w = raw.includes('’') ? raw.replace('’', "'") : raw;
  // Reduplication: "antri-antri", "antri2" → "antri" (the plural adds nothing to the meaning here).
  if (w.charCodeAt(w.length - 1) === 50 /* 2 */) {
    const redup = REDUP_DIGIT.exec(w);
    if (redup?.[1]) w = redup[1];
  }
  if (w.includes('-')) {
    const parts = w.split('-');
    if (parts.length === 2 && parts[0] === parts[1]) w = parts[0] ?? w;
    else {
      for (const p of parts) if (p) pushWord(out, p, known);
      return;
    }
  }
  w = foldRepeats(w, known);
  const laugh = laughter(w);
  if (laugh) {
    out.push(laugh);
    return;
  }
  const standard = SLANG.get(w);
  if (standard === undefined) out.push(spellingVariant(w));
  else if (standard.includes(' ')) out.push(...standard.split(' '));
  else out.push(standard);
}

const noneKnown: KnownWord = () => false;

/** A word's normal form as records: one token, or several ("rs" → "rumah sakit", "jkn-kis" → "jkn", "kis"). */
function normalForm(raw: string, known: KnownWord): Token[] {
  const out: string[] = [];
  pushWord(out, raw, known);
  return out.map(tokenOf);
}

/**
 * Each `known` gets its own memory of pieces: what a word folds to depends on what it knows. It
 * holds token records, so it is dropped with them (see forgetTokensIfFull).
 */
let piecesByKnown = new WeakMap<KnownWord, PieceMemo<Token>>();
let piecesGeneration = tokenGeneration();

/** The last `known` asked for and its memory: posts come in a run under one (the model's). */
let lastKnown: KnownWord | undefined;
let lastPieces: PieceMemo<Token> | undefined;

function piecesFor(known: KnownWord): PieceMemo<Token> {
  forgetRecordsIfFull();
  if (piecesGeneration !== recordGeneration()) {
    piecesByKnown = new WeakMap();
    piecesGeneration = recordGeneration();
    lastKnown = lastPieces = undefined;
  }
  if (known === lastKnown && lastPieces !== undefined) return lastPieces;
  let pieces = piecesByKnown.get(known);
  if (!pieces) {
    pieces = new PieceMemo();
    piecesByKnown.set(known, pieces);
  }
  lastKnown = known;
  lastPieces = pieces;
  return pieces;
}

/** The normalised token stream of a text. */
export function tokenize(text: string, known: KnownWord = noneKnown): string[] {
  return readTokens(text, known).map((t) => t.text);
}

/** The normalised tokens of a text as their records, whose ids the analysis keeps its facts by. */
export function readTokens(text: string, known: KnownWord = noneKnown): Token[] {
  const out: Token[] = [];
  const pieces = piecesFor(known);
  // Set again only once this text is read as plain ASCII: `units` is written from here on.
  unitsText = undefined;
  // Most posts are plain ASCII without an escaped character: folding such a text is lower-casing
  // it. The encoder copies it to `units` and tells whether it is ASCII (a byte a character) in
  // one native pass, where a regex over the text (NON_ASCII) cost several times as much; the
  // walk below lower-cases what it reads from there, checks for "\u" in what it passes to the
  // scanner, and gives up on the text if it finds one, for the whole fold.
  const { read, written } = encoder.encodeInto(text, encodeTarget);
  if (read === text.length && written === read) {
    units[read] = 0;
    if (readFolded(text, pieces, known, out, true)) {
      unitsText = text;
      return out;
    }
  }
  out.length = 0;
  const t = foldText(text);
  // A text longer than `units` (no post: posts are cut to MAX_TEXT) is read by the scanner alone.
  if (t.length > UNITS_LENGTH) {
    readScanned(t, pieces, known, out);
    return out;
  }
  // Every character beyond ASCII as 128: the walk asks no more of one than that.
  for (let i = 0; i < t.length; i++) units[i] = Math.min(t.charCodeAt(i), 128);
  units[t.length] = 0;
  readFolded(t, pieces, known, out, false);
  return out;
}

/**
 * The memory's lengths as this module's own constants: an imported binding is read from its
 * module cell, with a check that it is set, and a local copy from the stack, untagged, at every
 * word of readFolded's loop; this module's constant is a number in its code (callgrind).
 */
const shortLength = SHORT_LENGTH;
const longLength = LONG_KEY_LENGTH;
/**
 * The functions the walk calls from other modules, as this module's own constants for the same
 * reason: an imported function is read from its cell and checked at each call, this module's
 * constant is folded into the caller's code (callgrind).
 */
const scanAt = scanToken;
const putKeyQuad = keyQuad;
const forgetRecordsIfFull = forgetTokensIfFull;
const recordGeneration = tokenGeneration;

const encoder = new TextEncoder();
/** Longer than any post (MAX_TEXT, limits.ts) even once folded: 64 KB, kept for good. */
const UNITS_LENGTH = 1 << 16;
/**
 * The text being read as code units, each beyond ASCII as 128, then a 0 (and 7 bytes more, so
 * that four read from the text's last character are in the buffer): the walk reads its characters
 * from here rather than by charCodeAt, which asks the string's layout again at every character.
 * One buffer for good, never replaced, read by the walk from this module's own constant rather
 * than passed to it: the compiler then writes its address and length into the walk's code, where
 * a buffer passed in (or one that may be replaced) is checked and its address and length loaded
 * again at every character (callgrind).
 */
const units = new Uint8Array(UNITS_LENGTH + 8);
/**
 * The text `units` holds as written (ASCII, a byte a character, then a 0), when the last text
 * read was one (readTokens' plain path): later readers of the same post may scan its bytes
 * there rather than by charCodeAt (english-names.ts). Undefined otherwise (then `units` holds a
 * folded text, or nothing of the last one).
 */
let unitsText: string | undefined;

/** Whether `units` holds `text` as written, with a 0 after it: see unitsText. */
export const unitsHold = (text: string) => unitsText === text;

/**
 * `units` for the readers unitsHold lets in, who take a `const` copy of their own (an import is
 * read through its cell at every use). Read only: the walk below writes it.
 */
export const TEXT_UNITS: Uint8Array = units;

/** `units` as the text encoder's target: up to UNITS_LENGTH, so a 0 always fits after the text. */
const encodeTarget = units.subarray(0, UNITS_LENGTH);
/**
 * `units` read four bytes at a time (little-endian: the first character in the lowest byte), for
 * a word's characters: about a dozen instructions a read (the view's map, its length and its
 * data are checked and loaded), where a character read alone and tested cost as much.
 */
const quads = new DataView(units.buffer);

/**
 * The tokens of a folded text too long for `units`, read by the scanner alone: the same tokens
 * as readFolded's (its own reading of plain words is the scanner's, held to it by tests).
 */
function readScanned(t: string, pieces: PieceMemo<Token>, known: KnownWord, out: Token[]): void {
  for (let i = 0; scanAt(t, i, scanned); ) {
    const { kind, start, end } = scanned;
    i = end;
    appendScanned(out, pieces, kind, t, start, end, known);
  }
}

/**
 * The tokens of a text as the scanner alone reads them (as readTokens reads a text too long for
 * `units`): what readTokens' own walk over the bytes must give, which the tests hold it to.
 */
export function readTokensByScanner(text: string, known: KnownWord = noneKnown): Token[] {
  const out: Token[] = [];
  readScanned(foldText(text), piecesFor(known), known, out);
  return out;
}

/**
 * Appends the tokens of a text to out. Not `plain`: `text` is folded (foldText). `plain`: `text`
 * is as written, ASCII, and folding it is lower-casing it; it is given up on (false returned) at
 * a character that folding changes or may change otherwise ("\u", see foldText). The walk
 * lower-cases a word's characters as it reads them from `units`; the text itself is lower-cased
 * only when a piece must be read from it (by the scanner, or to be kept): for four posts in
 * five, never (toLowerCase runs in the runtime, a few instructions a character).
 */
function readFolded(text: string, pieces: PieceMemo<Token>, known: KnownWord, out: Token[], plain: boolean): boolean {
  const n = text.length;
  const u = units;
  /** The folded text, once needed: `t ??= text.toLowerCase()` where a piece is read from it. */
  let t = plain ? undefined : text;
  /** Or'ed into four characters of a word: lower-cases its letters (and changes no digit). */
  const lowerCase = plain ? 0x20202020 : 0;
  for (let i = 0; i < n; ) {
    const c = u[i] as number;
    if (c === 32) {
      i++;
      continue;
    }
    /** The end of a word read here that must be read from the text (see below), or -1. */
    let wordEnd = -1;
    // Most tokens are ASCII words: read here four characters at a time (see wordLead), which
    // packs the memory's key too (see PieceMemo.findShort), where scanToken, then the memory,
    // each read the word's characters one by one. `units` holds a 0 after the text, so a word
    // read ends there at the latest, and the four read at its end are in the buffer.
    if (isWordUnit(c)) {
      const w = quads.getInt32(i, true);
      const lower = w | lowerCase;
      if (startsPlainWordAt(lower & 0xff, lower, w)) {
        // The key's first four characters go to `low`, the next four to `high`; a longer word's
        // all go to the memory's key for it (readLongWord, PieceMemo.findLong).
        const lowLead = wordLead(w);
        const low = lower & lowLead;
        let high = 0;
        let j = i + leadLength(lowLead);
        if (lowLead === -1) {
          const w2 = quads.getInt32(j, true);
          const highLead = wordLead(w2);
          high = (w2 | lowerCase) & highLead;
          j += leadLength(highLead);
          // `| 0`: a call's result as an integer, or the walk keeps its place as a tagged value,
          // checked at every step (callgrind).
          if (highLead === -1) j = readLongWord(low, high, j, lowerCase) | 0;
        }
        const stop = u[j] as number;
        // An apostrophe, a hyphen or a non-ASCII letter may carry the word on: scanToken reads it.
        if (stop < 128 && stop !== 39 /* ' */ && stop !== 45 /* - */) {
          // A longer word is found by the key readLongWord made; one longer than that key
          // holds, or one the memory does not hold yet, is read from the text below.
          const length = j - i;
          const entry =
            length <= shortLength
              ? pieces.findShort(length, low, high)
              : length <= longLength
                ? pieces.findLong(length)
                : -1;
          if (entry >= 0) {
            pieces.appendTo(out, entry);
            // Most words end at a space: passed over here, not by another step of the loop.
            i = stop === 32 ? j + 1 : j;
            continue;
          }
          wordEnd = j;
        }
      }
    }
    // A mention or a hashtag the memory holds, by its bytes too (appendTag).
    if (c === 64 /* @ */ || c === 35 /* # */) {
      const end = appendTag(pieces, out, i, lowerCase) | 0;
      if (end > 0) {
        i = end;
        continue;
      }
    }
    // A clause mark (". , ! ?", the run it starts of ". , ! ? ;"), most other tokens: its key
    // packed here too, when the memory holds it. A ";" may start an emoticon (";)"), and a run
    // of more than four marks is rare: scanToken reads those, as it reads a mark seen first.
    if (c === 46 || c === 44 || c === 33 || c === 63) {
      let low = c;
      let j = i + 1;
      const runEnd = Math.min(n, i + 4);
      for (let shift = 8; j < runEnd; j++, shift += 8) {
        const d = u[j] as number;
        if (!isClauseUnit(d)) break;
        low |= d << shift;
      }
      if (j === n || !isClauseUnit(u[j] as number)) {
        const entry = pieces.findShort(j - i, low, 0);
        if (entry >= 0) {
          pieces.appendTo(out, entry);
          i = j;
          continue;
        }
      }
    }
    // A character that starts no token ("\r", a quote, a bracket, a ":" that starts no
    // emoticon) is passed over here: the scanner would pass over it too, but only after asking
    // it what it starts (an emoticon by a regex), then read the word after it by the string.
    if (startsNothing[c] === 1 || (startsEmoticon[c] === 1 && mayGoOnEmoticon[u[i + 1] as number] !== 1)) {
      i++;
      continue;
    }
    // From here on the text itself is read, lower-cased once. In one place: the compiler takes
    // toLowerCase for a pure operation, and asked for in three, it computed it once for all
    // three, at the top of the loop, for every token (callgrind).
    t ??= text.toLowerCase();
    if (wordEnd >= 0) {
      appendScanned(out, pieces, 'word', t, i, wordEnd, known);
      i = wordEnd;
      continue;
    }
    const from = i;
    if (!scanAt(t, i, scanned)) return !plain || needsNoFold(t, from, n);
    const { kind, start, end } = scanned;
    if (plain && !needsNoFold(t, from, end)) return false;
    i = end;
    appendScanned(out, pieces, kind, t, start, end, known);
  }
  return true;
}

/** Appends the tokens of a piece the scanner read: from the memory, or read and kept there. */
function appendScanned(
  out: Token[],
  pieces: PieceMemo<Token>,
  kind: ScanKind,
  t: string,
  start: number,
  end: number,
  known: KnownWord,
): void {
  // Every URL is new: not worth a place in the memory.
  if (kind === 'url') {
    out.push(tokenOf('<url>'));
    return;
  }
  // One memory serves every kind: no two kinds share a piece's text (a word holds letters,
  // digits and an inner ' or - only; every other kind holds a character no word and no other
  // kind holds alike), so the text alone tells what the piece reads as.
  const entry = pieces.find(t, start, end);
  if (entry >= 0) pieces.appendTo(out, entry);
  else addPiece(out, pieces, kind, t, start, end, known);
}

/**
 * True for an ASCII letter or digit, a word's character (ASCII_WORD), by arithmetic: no table
 * to load a character. `| 32` lower-cases a capital and moves no other character into a-z.
 */
const isWordUnit = (c: number) => ((c | 32) - 97) >>> 0 < 26 || (c - 48) >>> 0 < 10;

/**
 * Appends the tokens of the mention or hashtag at i (its "@" or "#") if it is ASCII and the memory
 * holds it, found by its bytes as a word is (lower-cased by lowerCase as readFolded's); returns
 * its end, or -1 for the scanner to read it. A function of its own, called for one post in five,
 * so that the walk stays small enough for the compiler to inline the rest.
 */
function appendTag(pieces: PieceMemo<Token>, out: Token[], i: number, lowerCase: number): number {
  // A tag is its sign and a run of letters, digits and "_" (scan.ts); one the run of ASCII ones
  // does not end (a non-ASCII letter may go on) is the scanner's.
  let j = i + 1;
  while (isWordUnit(units[j] as number) || units[j] === 95 /* _ */) j++;
  const length = j - i;
  if (length === 1 || (units[j] as number) >= 128 || length > longLength) return -1;
  let entry: number;
  if (length <= shortLength) {
    const low = lowerLetters(quads.getInt32(i, true), lowerCase) & leadOf(length);
    const high = length > 4 ? lowerLetters(quads.getInt32(i + 4, true), lowerCase) & leadOf(length - 4) : 0;
    entry = pieces.findShort(length, low, high);
  } else {
    for (let k = 0, q = i; q < j; k += 2, q += 4)
      putKeyQuad(k, lowerLetters(quads.getInt32(q, true), lowerCase) & leadOf(j - q));
    entry = pieces.findLong(length);
  }
  if (entry < 0) return -1;
  pieces.appendTo(out, entry);
  return j;
}

/** Four characters with their capitals lower-cased when lowerCase is set (and no other changed). */
const lowerLetters = (w: number, lowerCase: number) =>
  w | ((((w + 0x3f3f3f3f) & ~(w + 0x25252525) & 0x80808080) >>> 2) & lowerCase);

/** The mask of four characters' first `length` (all four from 4 on). */
const leadOf = (length: number) => (length >= 4 ? -1 : (1 << (length << 3)) - 1);

/**
 * Reads on a word whose first eight characters readFolded packed in low and high, from j (each
 * four or'ed with lowerCase, as readFolded's): if it
 * goes on, puts its characters in PieceMemo.findLong's key (keyQuad, up to LONG_KEY_LENGTH);
 * returns its end. A function of its own, called for one word a post or so: inlined, it left the walk
 * too big for the compiler to inline all of the rest (callgrind).
 */
function readLongWord(low: number, high: number, j: number, lowerCase: number): number {
  const put = putKeyQuad;
  const keyEnd = longLength / 2;
  for (let k = 4; ; k += 2) {
    const q = quads.getInt32(j, true);
    const lead = wordLead(q);
    if (lead === 0) return j;
    if (k === 4) {
      put(0, low);
      put(2, high);
    }
    if (k < keyEnd) put(k, (q | lowerCase) & lead);
    j += leadLength(lead);
    if (lead !== -1) return j;
  }
}

/**
 * Four characters of a text at once, as `units` holds them (each below 129): bit 7 of each byte
 * set where the character is a word's, as isWordUnit tells (letters `| 32`, digits as they are),
 * by adding to every byte at once; no byte carries into the next, since none is above 128.
 */
const wordBits = (w: number) => {
  const letters = w | 0x20202020;
  return ((letters + 0x1f1f1f1f) & ~(letters + 0x05050505)) | ((w + 0x50505050) & ~(w + 0x46464646));
};

/**
 * The mask of w's bytes up to its first character that is not a word's (the first character
 * being the lowest byte): -1 when all four are a word's.
 */
const wordLead = (w: number) => {
  const ends = ~wordBits(w) & 0x80808080;
  return ((ends & -ends) >>> 7) - 1;
};

/** How many characters wordLead's mask holds (0 to 4). */
const leadLength = (lead: number) => (32 - Math.clz32(lead)) >>> 3;

const HTTP = 0x70747468; // "http", its first character in the lowest byte
const WWW_DOT = 0x2e777777; // "www."
const UNDERSCORE = 0x5f00; // "_", second

/**
 * startsPlainWord (scan.ts) told from the four characters w read at a word's character: any but
 * the start of "http", "www." or "t_" (a URL, an emoticon) starts a word. `lower`: w lower-cased
 * as readFolded does (every byte `| 32`, which makes "http" and "www" of only their capitals,
 * and "www." of "www" and a control character too: then the scanner reads it, as it reads a
 * URL); `c`, its first character.
 */
const startsPlainWordAt = (c: number, lower: number, w: number) =>
  c === 104 /* h */
    ? lower !== HTTP
    : c === 119 /* w */
      ? lower !== WWW_DOT
      : c !== 116 /* t */ || (w & 0xff00) !== UNDERSCORE;

/**
 * 1 for the characters below 128 that start no token, which scanToken passes over (scan.ts): the
 * control characters, the space and every sign that starts no word, tag, URL, emoticon or clause
 * mark. Not "\\", which may start an escaped character (see readFolded's `plain`).
 */
const startsNothing = new Uint8Array(256);
for (let c = 0; c < 128; c++)
  if (c <= 32 || c === 127 || '"$%&\'()*+/[]_`{|}~'.includes(String.fromCharCode(c))) startsNothing[c] = 1;

/**
 * 1 for the characters that may start an emoticon and nothing else (scan.ts's EMOTICON): ";"
 * is not one of them, as it is a clause mark too.
 */
const startsEmoticon = new Uint8Array(256);
for (const c of ':=<>^-') startsEmoticon[c.charCodeAt(0)] = 1;
/**
 * 1 for the characters that may come second in an emoticon, whatever its first (a capital of a
 * letter among them too: the text may not be lower-cased yet).
 */
const mayGoOnEmoticon = new Uint8Array(256);
for (const c of "-'^()dpvDPV/|*@3_:") mayGoOnEmoticon[c.charCodeAt(0)] = 1;

/** . ! ? , ; : the characters of a run of clause marks (scan.ts). */
const isClauseUnit = (c: number) => c === 46 || c === 33 || c === 63 || c === 44 || c === 59;

/** True if folding (foldText) leaves t[from, to) of a lower-cased text as it is. */
function needsNoFold(t: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128 || (c === 92 /* \ */ && t.charCodeAt(i + 1) === 117) /* u */) return false;
  }
  return true;
}

/** Reads a piece the memory does not hold yet, keeps it, and appends its tokens to out. */
function addPiece(
  out: Token[],
  pieces: PieceMemo<Token>,
  kind: ScanKind,
  t: string,
  start: number,
  end: number,
  known: KnownWord,
): void {
  const tokens = pieceTokens(kind, t.slice(start, end), known);
  pieces.add(t, start, end, tokens);
  for (const token of tokens) out.push(token);
}

/** What a piece of text reads as: a word's normal form, a tag, a clause mark, a valence. */
function pieceTokens(kind: ScanKind, piece: string, known: KnownWord): Token[] {
  switch (kind) {
    case 'word':
      return normalForm(piece, known);
    case 'punct':
      return [tokenOf(clauseMark(piece))];
    case 'tag':
      return [tokenOf(piece)];
    case 'url':
      return [tokenOf('<url>')];
    case 'emoticon':
    case 'emoji': {
      const v = kind === 'emoji' ? EMOJI_VALENCE[piece] : EMOTICON_VALENCE[piece];
      return v === undefined ? [] : [tokenOf(valenceToken(v, piece))];
    }
  }
}

const scanned: Scanned = { kind: 'word', start: 0, end: 0 };

/** A run of punctuation as the one mark that matters: a question, an exclamation, a pause or a stop. */
function clauseMark(run: string): string {
  return run.includes('?') ? '?' : run.includes('!') ? '!' : run[0] === ',' || run[0] === ';' ? ',' : '.';
}

/** "e+2😀" / "e-3:(": an emoji or emoticon's valence, then the symbol itself (for the why). */
function valenceToken(v: number, symbol: string): string {
  return `${v >= 0 ? `e+${v}` : `e${v}`}${symbol}`;
}

/** The valence of an "e±n…" token, or undefined for any other token. */
export function valenceOf(token: string): number | undefined {
  if (token.length < 3 || token.charCodeAt(0) !== 101 /* e */) return undefined;
  const sign = token[1];
  if (sign !== '+' && sign !== '-') return undefined;
  const n = token.charCodeAt(2) - 48;
  if (n < 0 || n > 9) return undefined;
  return sign === '+' ? n : -n;
}

/** The emoji or emoticon an "e±n…" token stands for. */
export function symbolOf(valenceToken: string): string {
  return valenceToken.slice(3);
}

/** True for a token that is a word (not punctuation, emoji, URL, mention or hashtag). */
export function isWord(token: string): boolean {
  const c = token.charCodeAt(0);
  return c !== 35 && c !== 64 && c !== 60 && valenceOf(token) === undefined && !isPunct(token);
}

export function isPunct(token: string): boolean {
  return token === '.' || token === ',' || token === '!' || token === '?';
}
