// Keyword phrases from the taxonomy and the cue lists ("antrean panjang", "antri*", "gak
// dikasih rujukan"), normalised the way posts are, so a keyword and a post written in slang
// meet in the middle. All phrases sit in one index keyed by their first word, so a post is
// read once however many keywords the user keeps.
import { isWord, tokenize } from '../text/normalize';
import type { Token } from '../text/token';
import { Numbering, RECORDS, TokenTable, UNKNOWN } from '../text/token-table';

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
/** The codes' place in the token records: one index's at a time (the worker holds one taxonomy's). */
const CODES_PLACE = TokenTable.place();
/** The token records, read by the walk as this module's own constant (see RECORDS). */
const records = RECORDS;

/**
 * The phrases that may start at a word, narrowed by the word after it: "tidak" starts dozens of
 * phrases, and a post saying "tidak bisa" need only try those that go on with "bisa".
 */
class Starts {
  /** Second word → the phrases to try when it comes next, in the index's order. */
  private readonly bySecond = new Map<string, readonly Phrase[]>();
  /** The phrases whatever comes next (or nothing) may go on with: one word, or a prefix second. */
  private readonly otherwise: readonly Phrase[];

  constructor(phrases: readonly Phrase[]) {
    const anyNext = (p: Phrase) => p.words.length === 1 || (p.words.length === 2 && p.prefix);
    this.otherwise = phrases.filter(anyNext);
    for (const p of phrases) {
      const second = p.words[1];
      if (anyNext(p) || second === undefined || this.bySecond.has(second)) continue;
      // Filtered from the whole list, so that the phrases keep their order (and the hits theirs).
      this.bySecond.set(
        second,
        phrases.filter((q) => anyNext(q) || q.words[1] === second),
      );
    }
  }

  /** The phrases to try at the word when `next` (a word, or undefined at the end of the post) follows. */
  followedBy(next: Token | undefined): readonly Phrase[] {
    return (next && this.bySecond.get(next.word)) || this.otherwise;
  }
}

export class PhraseIndex {
  private readonly byFirst = new Map<string, Phrase[]>();
  /** One-word prefixes ("antri*") cannot be keyed by a whole first word. */
  private readonly prefixes: Phrase[] = [];
  /** Each token's code (see FIRST_LIST). */
  private readonly codes = new TokenTable(CODES_PLACE, (t) => this.codeOf(t));
  /** The phrases that may start at a word, numbered: all words a prefix takes in ("antri", "antrian") share one. */
  private readonly lists = new Numbering<Starts>();

  add(group: string, sources: readonly string[]): this {
    for (const s of sources) {
      const p = compilePhrase(group, s);
      if (!p) continue;
      if (p.prefix && p.words.length === 1) this.prefixes.push(p);
      else {
        const first = p.words[0] as string;
        const list = this.byFirst.get(first);
        if (list) list.push(p);
        else this.byFirst.set(first, [p]);
      }
    }
    // What the tokens were found to start is out of date.
    this.codes.clear();
    this.lists.clear();
    return this;
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
    // Whole numbers in locals (`| 0`: the compiler then keeps them untagged through the loop),
    // the imported constant too (an imported binding is read from its module cell, with a check).
    const stride = codes.stride | 0;
    const rowOffset = codes.rowOffset | 0;
    const unknown = UNKNOWN | 0;
    const ints = records;
    let found: Phrase[] | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const at = token.id * stride + rowOffset;
      // `| 0`: a token past the kept records reads as undefined (see TokenTable.codeAt).
      let code = (ints[at] as number) | 0;
      if (code === unknown) code = codes.codeAt(token, at);
      if (code < FIRST_LIST) continue;
      const next = tokens[this.nextWord(tokens, i)];
      for (const p of this.lists.valueOf(code - FIRST_LIST).followedBy(next)) {
        if (!this.matchesAt(p, tokens, i)) continue;
        found ??= [];
        if (!found.includes(p)) found.push(p);
      }
    }
    return found ?? NONE;
  }

  /** Whether the phrase's words follow in the post from its word at `i` on, other tokens stepped over. */
  private matchesAt(p: Phrase, tokens: readonly Token[], i: number): boolean {
    const last = p.words.length - 1;
    let at = i;
    for (let j = 0; j <= last; j++) {
      if (j > 0) at = this.nextWord(tokens, at);
      const token = tokens[at];
      if (token === undefined) return false;
      const k = p.words[j] as string;
      if (j === last && p.prefix ? !token.word.startsWith(k) : token.word !== k) return false;
    }
    return true;
  }

  /** The position of the first word after `at` (past the end if there is none). */
  private nextWord(tokens: readonly Token[], at: number): number {
    let next = at + 1;
    while (next < tokens.length && this.codes.of(tokens[next] as Token) === NOT_A_WORD) next++;
    return next;
  }

  private codeOf(token: Token): number {
    if (!isWord(token.text)) return NOT_A_WORD;
    const w = token.word;
    const starting = this.byFirst.get(w) ?? NONE;
    const prefixes = this.prefixes.filter((p) => w.startsWith(p.words[0] as string));
    if (starting.length === 0 && prefixes.length === 0) return NO_PHRASE;
    // Lists differ only by the word's own phrases and the prefixes it takes in.
    const key = `${starting.length > 0 ? w : ''} ${prefixes.map((p) => this.prefixes.indexOf(p)).join(',')}`;
    return FIRST_LIST + this.lists.numberOf(key, () => new Starts([...starting, ...prefixes]));
  }
}
