// The features of a trained English sentiment model, for the trainer's trials
// (train-sentiment-en.ts): the word list's rules (src/core/sentiment/polarity.ts) stay the
// backbone, their two sums and their own reading are features, beside a few signals of what a
// post does (asks, announces a date, links, names someone) and the words the list lacks, held to
// a strong prior so that they only nudge. No such model ships (docs/model.md): none carried over
// from the project's tweets to strangers' better than the rules.

import type { Lexicon } from '../../src/core/sentiment/lexicon';
import type { Polarity } from '../../src/core/sentiment/polarity';
import type { Token } from '../../src/core/text/token';

/** The features that are not words, by the name the trained model stores them under. */
export const EN_SIGNAL = {
  bias: '#bias',
  /** Each side's sum squashed to 0…1 as VADER squashes its compound. */
  positive: '#pos',
  negative: '#neg',
  /** The rules' own reading (see englishRules): positive or negative. */
  rulePositive: '#rule+',
  ruleNegative: '#rule-',
  question: '#?',
  exclamation: '#!',
  link: '#url',
  mention: '#@',
  hashtag: '#hashtag',
  number: '#number',
  /** A day, a date or a time: "tomorrow", "on Friday", "8pm", "in May". */
  when: '#when',
  firstPerson: '#i',
  secondPerson: '#you',
  negator: '#not',
  short: '#short',
  long: '#long',
} as const;

/** A word feature's name: the word with this mark before it. */
export const WORD_MARK = 'w:';

/** VADER's normalisation: x / √(x² + 15). */
const squash = (x: number) => x / Math.sqrt(x * x + 15);

const WHEN = new Set(
  (
    'today tonight tonite tomorrow tmrw tmr tomoz yesterday weekend monday tuesday wednesday thursday friday ' +
    'saturday sunday mon tue tues wed thu thurs fri sat sun january february march april june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec am pm'
  ).split(' '),
);
const TIME = /^\d{1,2}(?::\d\d)?(?:am|pm)$|^\d{1,2}(?:st|nd|rd|th)$/;
const NUMBER = /\d/;
const FIRST_PERSON = new Set(['i', "i'm", 'im', "i've", "i'll", "i'd", 'me', 'my', 'mine', 'myself']);
const SECOND_PERSON = new Set(['you', "you're", 'youre', 'your', 'ur', 'u', "you've", "you'll"]);
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  "don't",
  'dont',
  "can't",
  'cant',
  "won't",
  'wont',
  "didn't",
  'didnt',
  "isn't",
  "doesn't",
  "wasn't",
  "aren't",
  "haven't",
  'nothing',
]);
const WORD = /^[a-z][a-z']*$/;
/** Posts this short or shorter (in tokens) are "short"; longer than LONG, "long". */
const SHORT = 6;
const LONG = 25;

/** Receives the features of one post: signals by name, and each unlisted word once. */
export interface EnglishSink {
  signal(name: string, value: number): void;
  word(word: string): void;
}

/** The rules' reading: what Simak says of the post without a model. */
export interface EnglishRules {
  label: 'negative' | 'neutral' | 'positive';
}

/** The model's features of one post, given the rules' sums and reading. */
export function englishFeatures(
  tokens: readonly Token[],
  rules: Polarity,
  reading: EnglishRules,
  lexicon: Lexicon,
  sink: EnglishSink,
): void {
  sink.signal(EN_SIGNAL.bias, 1);
  if (rules.pos > 0) sink.signal(EN_SIGNAL.positive, squash(rules.pos));
  if (rules.neg > 0) sink.signal(EN_SIGNAL.negative, squash(rules.neg));
  if (reading.label === 'positive') sink.signal(EN_SIGNAL.rulePositive, 1);
  else if (reading.label === 'negative') sink.signal(EN_SIGNAL.ruleNegative, 1);
  // Each signal once a post: a bit each, set as the tokens go by.
  let seen = 0;
  const mark = (bit: number, name: string) => {
    if ((seen & bit) === 0) {
      seen |= bit;
      sink.signal(name, 1);
    }
  };
  let words = 0;
  for (const t of tokens) {
    const text = t.text;
    const c = text.charCodeAt(0);
    if (text === '?') mark(1, EN_SIGNAL.question);
    else if (text === '!') mark(2, EN_SIGNAL.exclamation);
    else if (text === '<url>') mark(4, EN_SIGNAL.link);
    else if (c === 64 /* @ */) mark(8, EN_SIGNAL.mention);
    else if (c === 35 /* # */) mark(16, EN_SIGNAL.hashtag);
    if (WHEN.has(text) || TIME.test(text)) mark(32, EN_SIGNAL.when);
    else if (NUMBER.test(text) && c !== 64 && c !== 35 && !text.startsWith('e+') && !text.startsWith('e-'))
      mark(64, EN_SIGNAL.number);
    if (FIRST_PERSON.has(text)) mark(128, EN_SIGNAL.firstPerson);
    else if (SECOND_PERSON.has(text)) mark(256, EN_SIGNAL.secondPerson);
    else if (NEGATORS.has(text)) mark(512, EN_SIGNAL.negator);
    const w = t.word;
    if (!WORD.test(w)) continue;
    words++;
    if (!lexicon.has(w)) sink.word(w);
  }
  if (words <= SHORT) sink.signal(EN_SIGNAL.short, 1);
  else if (words > LONG) sink.signal(EN_SIGNAL.long, 1);
}
