// Keyword phrases from the taxonomy ("antrean panjang", "antri*", "gak dikasih rujukan"),
// normalised the way posts are, so a keyword and a post written in slang meet in the middle.
import { isWord, tokenize } from './normalize';

export interface Phrase {
  source: string;
  /** Normalised words; the last one may be a prefix. */
  words: readonly string[];
  prefix: boolean;
}

export function compilePhrase(source: string): Phrase | undefined {
  const prefix = source.trim().endsWith('*');
  const words = tokenize(source.replace(/\*/g, ' ')).filter(isWord);
  return words.length === 0 ? undefined : { source, words, prefix };
}

export function compilePhrases(sources: readonly string[]): Phrase[] {
  return sources.flatMap((s) => compilePhrase(s) ?? []);
}

/** The words of a post, without punctuation or emoji, for phrase matching. */
export function postWords(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (isWord(t)) out.push(t.charCodeAt(0) === 35 ? t.slice(1) : t);
  return out;
}

/** True if the phrase occurs in the words. */
export function phraseIn(p: Phrase, words: readonly string[]): boolean {
  const n = p.words.length;
  const last = n - 1;
  for (let i = 0; i + n <= words.length; i++) {
    let j = 0;
    for (; j < n; j++) {
      const w = words[i + j] as string;
      const k = p.words[j] as string;
      if (j === last && p.prefix ? !w.startsWith(k) : w !== k) break;
    }
    if (j === n) return true;
  }
  return false;
}
