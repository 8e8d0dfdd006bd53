// Where the tokens of a folded text start and end, and what kind each one is. A hand-written
// scanner rather than one alternation regex: most characters are ASCII letters, and testing
// them by char code is several times faster than a Unicode regex trying six patterns at every
// position. The result is the same as the pattern
//   (https?://\S+|www\.\S+) | ([@#][\p{L}\p{N}_]+) | (emoticon) |
//   ([\p{L}\p{N}]+(?:['’]\p{L}+)?(?:-[\p{L}\p{N}]+)*) | (\p{Extended_Pictographic}) | ([.!?,;]+)
// read left to right: at each position the first kind that matches wins, in that order.

export type ScanKind = 'url' | 'tag' | 'emoticon' | 'word' | 'emoji' | 'punct';

/** One token's place in the text; the scanner fills the same object again for each token. */
export interface Scanned {
  kind: ScanKind;
  start: number;
  end: number;
}

// The rare kinds keep their patterns, anchored at the position (sticky).
const URL = /https?:\/\/\S+|www\.\S+/uy;
const EMOTICON = /[:;=][-'^]?[()dp/|*@v]+|<\/?3|\^_?\^|-_-|t_t|>:\(/uy;

const LETTER = 1;
const NUMBER = 2;
const PICTOGRAPH = 4;
const UNDERSCORE = 8;
/** Set once a character's class has been worked out, so that 0 means "not yet". */
const KNOWN = 16;

// Non-ASCII characters are classified once by the Unicode regexes and remembered.
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const bmpClass = new Uint8Array(0x10000);
for (let c = 48; c <= 57; c++) bmpClass[c] = KNOWN | NUMBER;
for (let c = 65; c <= 90; c++) bmpClass[c] = KNOWN | LETTER;
for (let c = 97; c <= 122; c++) bmpClass[c] = KNOWN | LETTER;
for (let c = 0; c < 128; c++) bmpClass[c] ||= KNOWN;
bmpClass[95] = KNOWN | UNDERSCORE;
const astralClass = new Map<number, number>();

function classOf(cp: number): number {
  const cached = cp < 0x10000 ? bmpClass[cp] : astralClass.get(cp);
  if (cached) return cached;
  const s = String.fromCodePoint(cp);
  const c =
    KNOWN |
    (IS_LETTER.test(s) ? LETTER : 0) |
    (IS_NUMBER.test(s) ? NUMBER : 0) |
    (IS_PICTOGRAPH.test(s) ? PICTOGRAPH : 0);
  if (cp < 0x10000) bmpClass[cp] = c;
  else astralClass.set(cp, c);
  return c;
}

const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/** The end of a run of characters whose class has one of `mask`'s bits, from i. */
function runOf(t: string, i: number, mask: number): number {
  let j = i;
  while (j < t.length) {
    const c = t.charCodeAt(j);
    // Most text is ASCII: one table look-up a character, no code point to assemble.
    if (c < 128) {
      if (!((bmpClass[c] as number) & mask)) break;
      j++;
    } else {
      const cp = t.codePointAt(j) as number;
      if (!(classOf(cp) & mask)) break;
      j += width(cp);
    }
  }
  return j;
}

/** True if the character at i has one of `mask`'s bits. */
const startsRun = (t: string, i: number, mask: number) =>
  i < t.length && (classOf(t.codePointAt(i) as number) & mask) !== 0;

const LETTER_OR_NUMBER = LETTER | NUMBER;

/** A word: letters and digits, one apostrophe part ("don't"), hyphenated parts ("covid-19"). */
function wordEnd(t: string, i: number): number {
  let j = runOf(t, i, LETTER_OR_NUMBER);
  const c = t.charCodeAt(j);
  if ((c === 39 /* ' */ || c === 0x2019) /* ’ */ && startsRun(t, j + 1, LETTER)) j = runOf(t, j + 1, LETTER);
  while (t.charCodeAt(j) === 45 /* - */ && startsRun(t, j + 1, LETTER_OR_NUMBER)) j = runOf(t, j + 1, LETTER_OR_NUMBER);
  return j;
}

/**
 * wordEnd for a word that starts with an ASCII letter or digit. Most go on with ASCII letters
 * and digits only and end at a character that joins nothing on (a space, a comma): one read a
 * character, the one it stops at kept to tell, and none past the end of the text. Only a word
 * that goes on (an apostrophe, a hyphen, a non-ASCII letter) is read again by wordEnd.
 */
function plainWordEnd(t: string, i: number): number {
  for (let j = i + 1; j < t.length; j++) {
    const c = t.charCodeAt(j);
    if (c < 128 && ((bmpClass[c] as number) & LETTER_OR_NUMBER) !== 0) continue;
    return c >= 128 || c === 39 /* ' */ || c === 45 /* - */ ? wordEnd(t, i) : j;
  }
  return t.length;
}

function stickyEnd(re: RegExp, t: string, i: number): number {
  re.lastIndex = i;
  return re.test(t) ? re.lastIndex : -1;
}

/** Emoticons start with one of : ; = < ^ > or with "-_" / "t_". */
function mayStartEmoticon(c: number, next: number): boolean {
  if (c === 58 || c === 59 || c === 61 || c === 60 || c === 94 || c === 62) return true;
  return (c === 45 || c === 116) && next === 95;
}

/** ASCII letters and digits that begin nothing but a word: not h or w (URLs) nor t ("t_t"). */
const plainWordStart = new Uint8Array(128);
for (let c = 0; c < 128; c++) if ((bmpClass[c] as number) & LETTER_OR_NUMBER) plainWordStart[c] = 1;
for (const c of 'hwt') plainWordStart[c.charCodeAt(0)] = 0;

/** 1 for the ASCII letters and digits: a word's characters. */
export const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) if ((bmpClass[c] as number) & LETTER_OR_NUMBER) ASCII_WORD[c] = 1;

/**
 * True if scanToken, come to the ASCII letter or digit c at i, reads a word that goes on over
 * ASCII letters and digits: any such character but the start of "http", "www." or "t_" (a URL,
 * an emoticon). Where that run stops at ', - or a non-ASCII character, the word may go on, and
 * only scanToken tells.
 */
export function startsPlainWord(t: string, i: number, c: number): boolean {
  if (c === 104 /* h */) return !t.startsWith('http', i);
  if (c === 119 /* w */) return !t.startsWith('www.', i);
  return c !== 116 /* t */ || t.charCodeAt(i + 1) !== 95 /* _ */;
}

const isClausePunct = (c: number) => c === 46 || c === 33 || c === 63 || c === 44 || c === 59; // . ! ? , ;

/** Finds the next token at or after `from`; false when there is none. */
export function scanToken(t: string, from: number, out: Scanned): boolean {
  for (let i = from; i < t.length; ) {
    const unit = t.charCodeAt(i);
    // Spaces are the commonest character that starts nothing.
    if (unit === 32) {
      i++;
      continue;
    }
    // Most tokens are words starting with a letter that no other kind starts with.
    if (unit < 128 && plainWordStart[unit] === 1) {
      out.kind = 'word';
      out.start = i;
      out.end = plainWordEnd(t, i);
      return true;
    }
    const cp = t.codePointAt(i) as number;
    out.start = i;
    let end = -1;
    // The cheap checks first: many words start with h, w or t, few are URLs or "t_t".
    if ((cp === 104 && t.startsWith('http', i)) || (cp === 119 && t.startsWith('www.', i))) end = stickyEnd(URL, t, i);
    if (end > 0) out.kind = 'url';
    else if (cp === 64 /* @ */ || cp === 35 /* # */) {
      end = runOf(t, i + 1, LETTER_OR_NUMBER | UNDERSCORE);
      if (end === i + 1) end = -1;
      out.kind = 'tag';
    } else {
      if (mayStartEmoticon(cp, t.charCodeAt(i + 1))) end = stickyEnd(EMOTICON, t, i);
      if (end > 0) out.kind = 'emoticon';
      else {
        const c = classOf(cp);
        if (c & LETTER_OR_NUMBER) {
          end = cp < 128 ? plainWordEnd(t, i) : wordEnd(t, i);
          out.kind = 'word';
        } else if (c & PICTOGRAPH) {
          end = i + width(cp);
          out.kind = 'emoji';
        } else if (isClausePunct(cp)) {
          end = i + 1;
          while (isClausePunct(t.charCodeAt(end))) end++;
          out.kind = 'punct';
        }
      }
    }
    if (end > 0) {
      out.end = end;
      return true;
    }
    i += width(cp);
  }
  return false;
}
