// Keyword phrases from the taxonomy and the cue lists ("antrean panjang", "antri*", "gak
// dikasih rujukan"), normalised the way posts are, so a keyword and a post written in slang
// meet in the middle. All phrases sit in one index keyed by their first word, so a post is
// read once however many keywords the user keeps.
import { isWord, tokenize } from './normalize';
import { LatestFact, type Token, TokenFact } from './token';

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
export function postWords(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) if (isPostWord.of(t)) out.push(t);
  return out;
}

/** Kept on the token: whether it is a word (or a hashtag's word) that phrases are made of. */
const isPostWord = new TokenFact((t) => isWord(t.text));

function matchesAt(p: Phrase, words: readonly Token[], i: number): boolean {
  const n = p.words.length;
  if (i + n > words.length) return false;
  for (let j = 0; j < n; j++) {
    const w = (words[i + j] as Token).word;
    const k = p.words[j] as string;
    if (j === n - 1 && p.prefix ? !w.startsWith(k) : w !== k) return false;
  }
  return true;
}

/** Which phrases of each group a post holds: group → matched phrases, in text order. */
export type PhraseHits = Map<string, Phrase[]>;

interface Phrases {
  byFirst: Map<string, Phrase[]>;
  /** One-word prefixes ("antri*") cannot be keyed by a whole first word. */
  prefixes: Phrase[];
}

const NONE: readonly Phrase[] = [];

/** The phrases that may start at a word: those keyed by it, then the one-word prefixes it starts with. */
const startingWith = new LatestFact((token: Token, phrases: Phrases): readonly Phrase[] => {
  const w = token.word;
  const candidates = [...(phrases.byFirst.get(w) ?? NONE), ...phrases.prefixes.filter((p) => w.startsWith(p.words[0] as string))];
  return candidates.length === 0 ? NONE : candidates;
});

export class PhraseIndex {
  /** A new object after each add, so that what the tokens kept of the phrases before it goes unread. */
  private phrases: Phrases = { byFirst: new Map(), prefixes: [] };

  add(group: string, sources: readonly string[]): this {
    const { byFirst, prefixes } = this.phrases;
    for (const s of sources) {
      const p = compilePhrase(group, s);
      if (!p) continue;
      if (p.prefix && p.words.length === 1) prefixes.push(p);
      else {
        const first = p.words[0] as string;
        const list = byFirst.get(first);
        if (list) list.push(p);
        else byFirst.set(first, [p]);
      }
    }
    this.phrases = { byFirst, prefixes };
    return this;
  }

  find(words: readonly Token[]): PhraseHits {
    const hits: PhraseHits = new Map();
    for (let i = 0; i < words.length; i++) {
      for (const p of startingWith.of(words[i] as Token, this.phrases)) if (matchesAt(p, words, i)) addHit(hits, p);
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
