// Is an English post a plain question to a company: how to do something, whether it can be done,
// where, when, what time? The cue model adds up a customer-care mention, a "?" and "asks for help"
// (complaint.ts), so "@AppleSupport is there a way to move my photos to a new phone?" read as a
// complaint, and its inquiry cues are three English phrases that are also features of the
// trained post model (complaint-cues.ts: not to be widened for English alone). This reads the
// form here instead, for English posts about some other service than BPJS only. A question that
// reports a fault ("why was I charged twice?", "is there an outage? no internet since 6am",
// "where is my order?") is not one: a problem cue, a fault word, "why" or a negative reading
// keeps the post a possible complaint.

import type { Token } from '../text/token';
import type { Sentiment } from '../types';
import type { Phrase } from './phrase';
import { GROUP } from './taxonomy';

/**
 * The words a plain question opens with, as its first one, two or three words after any greeting
 * and handle ("is", "can i", "how can i"): "is" takes any next word, "how can" only "i" or "we". Written from the
 * project's own posts to care accounts (data/corpus-en/care-questions.jsonl).
 */
const OPENERS = new Set([
  'how do',
  'how does',
  'how can i',
  'how can we',
  'how to',
  'how long',
  'how much',
  'how early',
  'how late',
  'how soon',
  'how many',
  'how should',
  'can i',
  'can we',
  'can my',
  'can guests',
  'can kids',
  'can the',
  'can a',
  'can you',
  'could i',
  'could you',
  'may i',
  'should i',
  'is',
  'are',
  'do',
  'does',
  'where do',
  'where can',
  'where should',
  "where's the",
  'where is the',
  'where are the',
  'when does',
  'when do',
  'when is the',
  'when are',
  'when can',
  'what',
  "what's",
  'which',
  'who do',
  'who can',
  'anyone know',
  'anybody know',
]);

/** Openings of those forms that ask about a fault, or ask in anger ("how many times do I…"). */
const FAULT_OPENINGS = [
  'how many times',
  'how many more',
  'is it normal',
  'is it just',
  'is anyone',
  'is anybody',
  'is this',
  'are you',
  'does anyone else',
  'do you even',
  'do you ever',
  'do you realise',
  'do you realize',
  'what happened',
  "what's the point",
  'what is the point',
  "what's going",
  'what is going',
  'what is wrong',
  "what's wrong",
];

/**
 * Words that report a fault in a question the cue model's problem list does not hold ("is there
 * an outage", "is the app down", "is there a reason my bill doubled"); "why" asks for a cause.
 */
const FAULT_WORDS = new Set([
  'why',
  'outage',
  'outages',
  'down',
  'offline',
  'fault',
  'faulty',
  'reason',
  'twice',
  'declined',
  'locked',
  'frozen',
  'blocked',
  'stopped',
  'crashed',
  'crashing',
  'slow',
  'dropped',
  'dropping',
  'else',
  'nothing',
  'yet',
]);

/**
 * Problem cues that a plain question holds as often as a complaint does: "can I still return…",
 * "how many days before…", "how do I cancel my subscription?". Any other problem cue keeps the
 * post a possible complaint.
 */
const QUESTION_PROBLEM_CUES = new Set(['still', 'days', 'hours', 'cancel', 'ticket']);

/** Greetings and asides before the question: "hi @SpotifyCares,", "quick one:". */
const LEAD_IN = new Set([
  'hi',
  'hey',
  'hello',
  'hiya',
  'morning',
  'evening',
  'quick',
  'one',
  'question',
  ',',
  ':',
  '-',
]);

export interface InquiryReading {
  /** The post is a plain question: no fault reported, no negative reading. */
  is: boolean;
  /** Problem cues the question holds that are no fault in it ("still", "days"). */
  questionCues: number;
}

const NONE: InquiryReading = { is: false, questionCues: 0 };

/** Reads an English post's form: a plain question to a company, or not. */
export function englishInquiry(
  tokens: readonly Token[],
  found: readonly Phrase[],
  hasQuestion: boolean,
  sentiment: Sentiment,
): InquiryReading {
  if (!hasQuestion || sentiment.label === 'negative') return NONE;
  let questionCues = 0;
  for (const p of found) {
    if (p.group !== GROUP.problem) continue;
    if (!QUESTION_PROBLEM_CUES.has(p.text)) return NONE;
    questionCues++;
  }
  for (const t of tokens) if (FAULT_WORDS.has(t.word)) return NONE;
  let start = 0;
  while (start < tokens.length) {
    const t = tokens[start] as Token;
    if (!LEAD_IN.has(t.word) && t.text.charCodeAt(0) !== 64 /* @ */) break;
    start++;
  }
  const first = tokens[start]?.word;
  if (first === undefined) return NONE;
  const opening = tokens
    .slice(start, start + 4)
    .map((t) => t.word)
    .join(' ');
  for (const fault of FAULT_OPENINGS) if (opening === fault || opening.startsWith(`${fault} `)) return NONE;
  const two = `${first} ${tokens[start + 1]?.word ?? ''}`;
  const three = `${two} ${tokens[start + 2]?.word ?? ''}`;
  if (!OPENERS.has(first) && !OPENERS.has(two) && !OPENERS.has(three)) return NONE;
  return { is: true, questionCues: Math.min(questionCues, 3) };
}
