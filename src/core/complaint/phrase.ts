// Keyword phrases from the taxonomy and the cue lists ("antrean panjang", "antri*", "gak
// dikasih rujukan"), normalised the way posts are, so a keyword and a post written in slang
// meet in the middle. All phrases sit in one index keyed by their first word, so a post is
// read once however many keywords the user keeps.
import { isWord, tokenize } from '../text/normalize';
import type { Token } from '../text/token';
import { Numbering, RECORD_SHIFT, RECORDS, TokenTable, UNKNOWN } from '../text/token-table';

export interface Phrase {
  /** Which list the phrase belongs to ("problem", "category:antrean"…). */
  group: string;
  /** Normalised words; the last one may be a prefix. */
  words: readonly string[];
  prefix: boolean;
  /** The words as one string ("cuci darah"), as reports name the phrase: joined once, not per post. */
  text: string;
}

function compilePhrase(group: string, source: string): Phrase | undefined {
  const prefix = source.trim().endsWith('*');
  const words = tokenize(source.replace(/\*/g, ' ')).filter(isWord);
  return words.length === 0 ? undefined : { group, words, prefix, text: words.join(' ') };
}

const NONE: readonly Phrase[] = [];

// What a token is to an index, as its code in the index's TokenTable. Phrases are made of words
// only: punctuation, emoji, URLs, mentions and hashtags are stepped over, as if the post had
// been stripped of them.
const NOT_A_WORD = 1;
/** A word no phrase starts with: most words of most posts. */
const NO_PHRASE = 2;
/** From here on, a code is this plus the number of the word's Starts (the phrases that may start at it). */
const FIRST_LIST = 3;
// A token's code in the index's second table: the word's number among the words phrases go on
// with (their second word and those after it), so that a phrase's words are compared by number.
/** A word no phrase goes on with. */
const NOT_AFTER = 1;
/** From here on, a code is this plus the word's number. */
const FIRST_AFTER = 2;
/** The two tables' places in the token records: one index's at a time (the worker holds one taxonomy's). */
const CODES_PLACE = TokenTable.place();
const AFTER_PLACE = TokenTable.place();
// The walk's constants as this module's own (see RECORDS; an import is read from its module's
// cell, with a check): the token records, a record's size as a shift, the codes' place in it.
const records = RECORDS;
const recordShift = RECORD_SHIFT;
const codesOffset = CODES_PLACE.offset;
const afterOffset = AFTER_PLACE.offset;
const unknown = UNKNOWN;

/** A phrase as the index matches it: its words after the first by their numbers. */
interface Entry {
  phrase: Phrase;
  /**
   * The number of each word after the first among the words phrases go on with (see
   * PhraseIndex.afterWords); -1 for the last word of a prefix phrase, matched by its text.
   */
  after: Int32Array;
}

/** Whether a phrase may match whatever comes after its first word (or nothing): one word, or a prefix second. */
const anyNext = (e: Entry) => e.after.length === 0 || (e.after.length === 1 && e.phrase.prefix);

/**
 * The phrases that may start at a word, narrowed by the word after it: "tidak" starts dozens of
 * phrases, and a post saying "tidak bisa" need only try those that go on with "bisa".
 */
class Starts {
  /** Second word's number → the phrases to try when it comes next, in the index's order. */
  private readonly bySecond = new Map<number, readonly Entry[]>();
  /** The phrases whatever comes next (or nothing) may go on with. */
  private readonly otherwise: readonly Entry[];

  constructor(entries: readonly Entry[]) {
    this.otherwise = entries.filter(anyNext);
    for (const e of entries) {
      const second = e.after[0] as number;
      if (anyNext(e) || this.bySecond.has(second)) continue;
      // Filtered from the whole list, so that the phrases keep their order (and the hits theirs).
      this.bySecond.set(
        second,
        entries.filter((q) => anyNext(q) || q.after[0] === second),
      );
    }
  }

  /** The phrases to try at the word when the word numbered `next` follows (-1: another word, or none). */
  followedBy(next: number): readonly Entry[] {
    return (next >= 0 && this.bySecond.get(next)) || this.otherwise;
  }
}

export class PhraseIndex {
  private readonly byFirst = new Map<string, Entry[]>();
  /** One-word prefixes ("antri*") cannot be keyed by a whole first word. */
  private readonly prefixes: Entry[] = [];
  /** The words phrases go on with (after their first), numbered. */
  private readonly afterWords = new Map<string, number>();
  /** Each token's code (see FIRST_LIST). */
  private readonly codes = new TokenTable(CODES_PLACE, (t) => this.computeCode(t));
  /** Each token's number among the words phrases go on with (see FIRST_AFTER). */
  private readonly afters = new TokenTable(AFTER_PLACE, (t) => this.computeAfter(t));
  /** The phrases that may start at a word, numbered: all words a prefix takes in ("antri", "antrian") share one. */
  private readonly lists = new Numbering<Starts>();

  add(group: string, sources: readonly string[]): this {
    for (const s of sources) {
      const p = compilePhrase(group, s);
      if (!p) continue;
      const e = this.entry(p);
      if (p.prefix && p.words.length === 1) this.prefixes.push(e);
      else {
        const first = p.words[0] as string;
        const list = this.byFirst.get(first);
        if (list) list.push(e);
        else this.byFirst.set(first, [e]);
      }
    }
    // What the tokens were found to start and go on with is out of date.
    this.codes.clear();
    this.afters.clear();
    this.lists.clear();
    return this;
  }

  private entry(phrase: Phrase): Entry {
    const { words } = phrase;
    const after = new Int32Array(words.length - 1);
    for (let j = 1; j < words.length; j++)
      after[j - 1] = phrase.prefix && j === words.length - 1 ? -1 : this.afterNumberOf(words[j] as string);
    return { phrase, after };
  }

  /** A word's number among the words phrases go on with, numbering it if it is new. */
  private afterNumberOf(word: string): number {
    let n = this.afterWords.get(word);
    if (n === undefined) {
      n = this.afterWords.size;
      this.afterWords.set(word, n);
    }
    return n;
  }

  /**
   * The phrases a post holds, each once however often it is said, in the order they first occur.
   * Takes the post's tokens as read; a post holding none costs no allocation.
   */
  matches(tokens: readonly Token[]): readonly Phrase[] {
    const { codes } = this;
    // Each token's code found here, by its id, in the records: no call and no chain of fields a
    // token (see ByTokenId.forPost). Most words start no phrase.
    codes.forPost();
    this.afters.forPost();
    let found: Phrase[] | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const code = this.codeOf(tokens[i] as Token);
      if (code < FIRST_LIST) continue;
      // The phrase's first word is the token's by the code itself: only the words after it are
      // compared, by their numbers, the next word's read once for all the phrases tried.
      const next = this.nextWord(tokens, i);
      const nextNumber = this.afterNumber(tokens, next);
      for (const e of this.lists.valueOf(code - FIRST_LIST).followedBy(nextNumber)) {
        if (e.after.length > 0 && !this.goesOn(e, tokens, next, nextNumber)) continue;
        found ??= [];
        if (!found.includes(e.phrase)) found.push(e.phrase);
      }
    }
    return found ?? NONE;
  }

  /**
   * Whether the words of the phrase after its first follow in the post from the word at `at` on
   * (whose number is `number`), other tokens stepped over.
   */
  private goesOn(e: Entry, tokens: readonly Token[], at: number, number: number): boolean {
    const { after, phrase } = e;
    const last = after.length - 1;
    for (let j = 0; ; j++) {
      const token = tokens[at];
      if (token === undefined) return false;
      if (j === last && phrase.prefix) return token.word.startsWith(phrase.words[j + 1] as string);
      if (number !== after[j]) return false;
      if (j === last) return true;
      at = this.nextWord(tokens, at);
      number = this.afterNumber(tokens, at);
    }
  }

  /** The position of the first word after `at` (past the end if there is none). */
  private nextWord(tokens: readonly Token[], at: number): number {
    let next = at + 1;
    while (next < tokens.length && this.codeOf(tokens[next] as Token) === NOT_A_WORD) next++;
    return next;
  }

  /** The token's code (see FIRST_LIST), read as the walk reads it. */
  private codeOf(token: Token): number {
    const at = (token.id << recordShift) + codesOffset;
    // `| 0`: a token past the kept records reads as undefined (see TokenTable.codeAt).
    const code = (records[at] as number) | 0;
    return code !== unknown ? code : this.codes.codeAt(token, at) | 0;
  }

  /** The number of the word at `at` among the words phrases go on with; -1 for none, or past the end. */
  private afterNumber(tokens: readonly Token[], at: number): number {
    const token = tokens[at];
    if (token === undefined) return -1;
    const place = (token.id << recordShift) + afterOffset;
    // `| 0`: as codeOf.
    let code = (records[place] as number) | 0;
    if (code === unknown) code = this.afters.codeAt(token, place) | 0;
    return code - FIRST_AFTER;
  }

  private computeAfter(token: Token): number {
    const n = this.afterWords.get(token.word);
    return n === undefined ? NOT_AFTER : FIRST_AFTER + n;
  }

  private computeCode(token: Token): number {
    if (!isWord(token.text)) return NOT_A_WORD;
    const w = token.word;
    const starting = this.byFirst.get(w) ?? NO_ENTRIES;
    const prefixes = this.prefixes.filter((e) => w.startsWith(e.phrase.words[0] as string));
    if (starting.length === 0 && prefixes.length === 0) return NO_PHRASE;
    // Lists differ only by the word's own phrases and the prefixes it takes in.
    const key = `${starting.length > 0 ? w : ''} ${prefixes.map((e) => this.prefixes.indexOf(e)).join(',')}`;
    return FIRST_LIST + this.lists.numberOf(key, () => new Starts([...starting, ...prefixes]));
  }
}

const NO_ENTRIES: readonly Entry[] = [];
