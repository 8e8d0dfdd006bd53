// Training-time noise for the post models: a corpus post written again the way real posts are
// written. The corpus is typed with care (whole words, full sentences, few typos); real posts
// squash and misspell words ("keluatga", "kmrn", "banyakbkasih"), drop punctuation, open with
// the handles of a thread and end in a link or mid-sentence where a platform cut them. A model
// that has only seen clean posts leans on words that real posts often spell otherwise; trained
// beside noisy copies it learns to lean on the words and cues that survive. Only training sees
// these copies (no runtime cost); the same post and seed give the same copy (the model file is
// rebuilt byte for byte).
import { rng } from './train-logistic';

export interface NoiseOptions {
  /** The share of words of four letters or more that are misspelt. */
  wordRate: number;
}

export const NOISE_DEFAULTS: NoiseOptions = { wordRate: 0.15 };

const VOWELS = /[aeiou]/g;
const LETTERS = /^[a-z]+$/i;

/** A seed from a post's id and the copy's number (FNV-1a): the copy does not depend on the corpus's order. */
export function noiseSeed(id: string, copy: number): number {
  let h = 0x811c9dc5 ^ copy;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const pick = <T>(random: () => number, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

/** One misspelling of a word, as hurried thumbs make them. */
function misspell(word: string, random: () => number): string {
  const n = word.length;
  const at = 1 + Math.floor(random() * (n - 2));
  switch (Math.floor(random() * 4)) {
    case 0: {
      // Vowels dropped inside the word ("kemarin" → "kmrn"): the commonest written shorthand.
      const inner = word.slice(1, -1).replace(VOWELS, '');
      return inner.length > 0 ? word[0] + inner + word.slice(-1) : word;
    }
    case 1:
      // Two neighbouring letters swapped ("pelayanan" → "pelaynaan").
      return word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2);
    case 2:
      // A letter dropped ("keluarga" → "kelurga").
      return word.slice(0, at) + word.slice(at + 1);
    default:
      // A letter stretched ("lamaaa").
      return word + word.slice(-1).repeat(1 + Math.floor(random() * 3));
  }
}

/** The post written as a hurried real post might be. */
export function noisyPost(text: string, seed: number, o: NoiseOptions = NOISE_DEFAULTS): string {
  const random = rng(seed);
  let words = text.split(/\s+/).filter((w) => w.length > 0);
  // Cut where a platform cuts a long post ("… Lihat selengkapnya").
  if (words.length > 25 && random() < 0.3) words = words.slice(0, Math.ceil(words.length * (0.6 + random() * 0.3)));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (!LETTERS.test(w) || w.length < 4 || random() >= o.wordRate) {
      out.push(w);
      continue;
    }
    const next = words[i + 1];
    // Two words run together ("banyak kasih" → "banyakkasih"), else one misspelt.
    if (next !== undefined && LETTERS.test(next) && random() < 0.2) {
      out.push(w + next);
      i++;
    } else out.push(misspell(w, random));
  }
  let s = out.join(' ');
  if (random() < 0.5) s = s.toLowerCase();
  if (random() < 0.4) s = s.replace(/[.,;:]+(?=\s|$)/g, '');
  if (random() < 0.15) s = s.replace(/[!?]+/g, '');
  // Thread replies open with handles; shared posts end in a link.
  if (!s.startsWith('@') && random() < 0.25) s = `@${pick(random, HANDLES)}${Math.floor(random() * 100)} ${s}`;
  if (random() < 0.15) s = `${s} https://t.co/${Math.floor(random() * 1e9).toString(36)}`;
  return s;
}

/** Handle stems for thread replies (no real account: a digit suffix follows). */
const HANDLES = ['user', 'akun', 'warga', 'netizen', 'anak_rantau', 'mamah', 'bocil', 'fess', 'base', 'info'];
