// Keyword phrases from the taxonomy and the cue lists ("antrean panjang", "antri*", "gak
// dikasih rujukan"), normalised the way posts are, so a keyword and a post written in slang
// meet in the middle. All phrases sit in one index keyed by their first word, so a post is
// read once however many keywords the user keeps.
import { isWord, tokenize } from './normalize';
import { type Token, TokenFact } from './token';

export interface Phrase {
  /** Which list the phrase belongs to ("problem", "category:antrean"…). */
  group: string;
  /** Normalised words; the last one may be a prefix. */
  words: readonly string[];
  prefix: boolean;
}

function compilePhrase(group: string, source: string): Phrase | undefined {
  const prefix = source.trim().endsWith('*');
  const words = tokenize(source.replace(/\*/g, ' ')).filter(isWord);
  return words.length === 0 ? undefined : { group, words, prefix };
}

/** The words of a post, without punctuation or emoji, for phrase matching. */
export function postWords(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (isPostWord.of(t)) out.push(t.word);
  return out;
}

/** Kept on the token: whether it is a word (or a hashtag's word) that phrases are made of. */
const isPostWord = new TokenFact((t) => isWord(t.text));

function matchesAt(p: Phrase, words: readonly string[], i: number): boolean {
  const n = p.words.length;
  if (i + n > words.length) return false;
  for (let j = 0; j < n; j++) {
    const w = words[i + j] as string;
    const k = p.words[j] as string;
    if (j === n - 1 && p.prefix ? !w.startsWith(k) : w !== k) return false;
  }
  return true;
}

/** Which phrases of each group a post holds: group → matched phrases, in text order. */
export type PhraseHits = Map<string, Phrase[]>;

export class PhraseIndex {
  private readonly byFirst = new Map<string, Phrase[]>();
  /** One-word prefixes ("antri*") cannot be keyed by a whole first word. */
  private readonly prefixes: Phrase[] = [];

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
    return this;
  }

  find(words: readonly string[]): PhraseHits {
    const hits: PhraseHits = new Map();
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      const candidates = this.byFirst.get(w);
      if (candidates) for (const p of candidates) if (matchesAt(p, words, i)) addHit(hits, p);
      for (const p of this.prefixes) if (w.startsWith(p.words[0] as string)) addHit(hits, p);
    }
    return hits;
  }
}

/** Adds a phrase to its group's hits once, however often the post says it. */
function addHit(hits: PhraseHits, p: Phrase): void {
  const list = hits.get(p.group);
  if (list === undefined) hits.set(p.group, [p]);
  else if (!list.includes(p)) list.push(p);
}
