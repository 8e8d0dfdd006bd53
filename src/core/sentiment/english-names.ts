// Sentiment words inside a name. English capitalises names, and posts about anything are full
// of names that hold a sentiment word: "Bad Bunny", "The Lost City", "Great British Bake
// Off", "Attack on Titan". A word list cannot list them all (it lists the
// commonest as two-word entries of valence 0); the capitals tell them in the post itself. The
// tokens are lower case by the time the rules read them, so the names are found here in the
// post's own text, and the words in them move nothing (english-tokens.ts).

/** A word as written: letters with an inner apostrophe. */
const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)?/g;
/** Capitalised, not all capitals: "Friday", not "FRIDAY" (shouting) nor "friday". */
const CAPITALISED = /^[A-Z][a-z'’]/;
const HAS_CAPITAL = /[A-Z]/;
/** Where a sentence starts: its first word is capitalised whatever it is. */
const SENTENCE_END = /[.!?:;"“”()\n]\s*$/;
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

interface Written {
  word: string;
  /** Capitalised, and not a word capitalised in any sentence (I, days, months). */
  cap: boolean;
  /** First of its sentence, where a capital tells nothing. */
  start: boolean;
}

/**
 * Each word of the post (lower case) with, for each of its occurrences in order, whether it
 * stands inside a name: a run of capitalised words (small linking words allowed between them:
 * "Lord of the Rings") that holds at least two, the first of a sentence counting only as the
 * name's first word. Empty for a post in Title Case or in capitals.
 */
export function wordsInNames(text: string): Map<string, boolean[]> {
  const out = new Map<string, boolean[]>();
  // Most posts in lower case hold no name to find.
  if (!HAS_CAPITAL.test(text)) return out;
  const words: Written[] = [];
  let capitalised = 0;
  let inside = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    const start = m.index === 0 || SENTENCE_END.test(before) || text[m.index - 1] === '#' || text[m.index - 1] === '@';
    const cap = CAPITALISED.test(word) && !NOT_NAME.has(word);
    if (!start) {
      inside++;
      if (cap) capitalised++;
    }
    words.push({ word, cap, start });
  }
  if (words.length === 0 || (inside > 0 && capitalised / inside >= TITLE_CASE_SHARE)) return out;
  const named = namedWords(words);
  for (const [i, w] of words.entries()) {
    const key = w.word.toLowerCase().replace('’', "'");
    let flags = out.get(key);
    if (!flags) {
      flags = [];
      out.set(key, flags);
    }
    flags.push(named[i] === true);
  }
  return out;
}

/** For each word, whether it is in a name: runs of capitalised words, linked by small words. */
function namedWords(words: readonly Written[]): boolean[] {
  const named: boolean[] = new Array(words.length).fill(false);
  let i = 0;
  while (i < words.length) {
    if (!(words[i] as Written).cap) {
      i++;
      continue;
    }
    // A run: capitalised words, each after the first not starting a sentence, with linking
    // words between two of them; a sentence's first word only right before a capitalised one
    // ("Thanks to Amazon" thanks).
    let end = i + 1;
    let caps = 1;
    let last = i;
    while (end < words.length) {
      const w = words[end] as Written;
      if (w.start) break;
      if (w.cap) {
        caps++;
        last = end;
      } else if (!LINKS.has(w.word) || (end === i + 1 && (words[i] as Written).start)) break;
      end++;
    }
    if (caps >= 2) for (let k = i; k <= last; k++) named[k] = true;
    i = last + 1;
  }
  return named;
}
