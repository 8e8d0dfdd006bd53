// The features of the post-kind and category models, defined once for the trainer
// (scripts/model) and the worker: the post's words, the cue and taxonomy phrases it holds (the
// taxonomy's keywords are features, so the user's own keywords speak through them too), and a
// few signals (a question, a customer-care mention, a link, the sentiment).
//
// The trainer walks the post here and names every feature. The worker scores the same features
// in a walk of its own (post-model.ts: each token's numbers from its row by token id, a feature's
// weights taken in where this walk would name it, with no call a feature); post-walk.test.ts
// holds the two to the same logits on every post of the corpora.
import { stemmer } from '@orama/stemmers/indonesian';
import { isPunct, isWord, valenceOf } from '../text/normalize';
import type { Token } from '../text/token';
import type { Sentiment } from '../types';
import type { Phrase } from './phrase';

/** The features that are not words, by the name the trained model stores them under. */
export const SIGNAL = {
  bias: 's:bias',
  question: 's:?',
  exclamation: 's:!',
  /** A mention of a customer-care account ("@BPJSKesehatanRI"). */
  care: 's:care',
  /** Any other mention: a reply in a thread. */
  mention: 's:@',
  url: 's:url',
  /** Negative and positive emoji. */
  emojiNegative: 's:e-',
  emojiPositive: 's:e+',
  /** The sentiment's lean, 0…1 each side, and a neutral reading. */
  negative: 's:neg',
  positive: 's:pos',
  neutral: 's:neu',
  /** Longer posts tell a story; headlines and questions are short. log(1 + words) / 4. */
  length: 's:len',
  /** Some taxonomy category's keyword is in the post. */
  anyCategory: 's:cat',
  /** The hand-set cue model's complaint logit (complaint.ts): cues that carry beyond the corpus's words. */
  cues: 's:cues',
} as const;

/** A phrase group's feature name ("g:problem", "g:category:antrean"). */
export const groupFeature = (group: string) => `g:${group}`;
/** A word's feature name. */
export const wordFeature = (word: string) => `w:${word}`;
/** A word's stem's feature name ("w:~tanggung" for "ditanggung", "tanggungan"). */
export const stemFeature = (stem: string) => `w:~${stem}`;
/** Two consecutive words' feature name ("w:mau tanya"). */
export const pairFeature = (first: string, second: string) => `w:${first} ${second}`;

/** What a token is to these models: its word (a hashtag's word too), or a signal, or nothing. */
export function featureWord(token: Token): string | undefined {
  const t = token.text;
  if (t.charCodeAt(0) === 35 /* # */) return token.word.length > 0 ? token.word : undefined;
  return isWord(t) ? t : undefined;
}

/**
 * The stem a word shares with its derived forms, when it has one ("dicover", "ngecover" and
 * "cover" are one grievance to a small corpus): the corpus holds few of each form.
 */
export function featureStem(token: Token): string | undefined {
  const w = featureWord(token);
  if (w === undefined || w.length < 5) return undefined;
  const s = stemmer(w);
  return s !== w && s.length >= 3 ? s : undefined;
}

export interface PostFeatureSink {
  /** A word of the post (each token; the sink counts a word once per post). */
  word(token: Token): void;
  /** A word's stem, when it differs from the word (each stem once per post). */
  stem(token: Token): void;
  /** Two consecutive words of a clause (each pair once per post). */
  pair(first: Token, second: Token): void;
  /** A phrase the post holds (each once). */
  phrase(p: Phrase): void;
  signal(name: string, value: number): void;
}

/** What a token is to the walk, as a small number (the worker keeps it by token id). */
export const TOKEN_CLASS = {
  mention: 1,
  url: 2,
  exclamation: 3,
  punct: 4,
  emojiNegative: 5,
  emojiPositive: 6,
  emojiNeutral: 7,
  /** A word, a hashtag or anything else: its word is a feature, and so is a pair of them. */
  word: 8,
} as const;

export function tokenClass(text: string): number {
  const c = text.charCodeAt(0);
  if (c === 64 /* @ */) return TOKEN_CLASS.mention;
  if (c === 60 /* < */) return TOKEN_CLASS.url;
  if (isPunct(text)) return text === '!' ? TOKEN_CLASS.exclamation : TOKEN_CLASS.punct;
  const v = valenceOf(text);
  if (v === undefined) return TOKEN_CLASS.word;
  return v < 0 ? TOKEN_CLASS.emojiNegative : v > 0 ? TOKEN_CLASS.emojiPositive : TOKEN_CLASS.emojiNeutral;
}

export interface PostSignalsSeen {
  hasQuestion: boolean;
  mentionsCare: boolean;
}

/** Emits the features of one post. `found` is what the taxonomy's phrase index found in it. */
export function postFeatures(
  tokens: readonly Token[],
  found: readonly Phrase[],
  seen: PostSignalsSeen,
  sentiment: Sentiment,
  categoryGroup: (group: string) => boolean,
  cueLogit: number,
  sink: PostFeatureSink,
): void {
  sink.signal(SIGNAL.bias, 1);
  let words = 0;
  let exclamation = false;
  let mention = false;
  let url = false;
  let emojiNegative = false;
  let emojiPositive = false;
  let prev: Token | undefined;
  for (const t of tokens) {
    const c = tokenClass(t.text);
    if (c !== TOKEN_CLASS.word) prev = undefined;
    switch (c) {
      case TOKEN_CLASS.word:
        words++;
        sink.word(t);
        sink.stem(t);
        if (prev !== undefined) sink.pair(prev, t);
        prev = t;
        break;
      case TOKEN_CLASS.mention:
        mention = true;
        break;
      case TOKEN_CLASS.url:
        url = true;
        break;
      case TOKEN_CLASS.exclamation:
        exclamation = true;
        break;
      case TOKEN_CLASS.emojiNegative:
        emojiNegative = true;
        break;
      case TOKEN_CLASS.emojiPositive:
        emojiPositive = true;
        break;
    }
  }
  let anyCategory = false;
  for (const p of found) {
    sink.phrase(p);
    if (categoryGroup(p.group)) anyCategory = true;
  }
  if (seen.hasQuestion) sink.signal(SIGNAL.question, 1);
  if (exclamation) sink.signal(SIGNAL.exclamation, 1);
  if (seen.mentionsCare) sink.signal(SIGNAL.care, 1);
  else if (mention) sink.signal(SIGNAL.mention, 1);
  if (url) sink.signal(SIGNAL.url, 1);
  if (emojiNegative) sink.signal(SIGNAL.emojiNegative, 1);
  if (emojiPositive) sink.signal(SIGNAL.emojiPositive, 1);
  if (anyCategory) sink.signal(SIGNAL.anyCategory, 1);
  const s = sentiment.score;
  if (s < 0) sink.signal(SIGNAL.negative, -s);
  else if (s > 0) sink.signal(SIGNAL.positive, s);
  if (sentiment.label === 'neutral') sink.signal(SIGNAL.neutral, 1);
  sink.signal(SIGNAL.length, Math.log1p(words) / 4);
  sink.signal(SIGNAL.cues, cueLogit);
}
