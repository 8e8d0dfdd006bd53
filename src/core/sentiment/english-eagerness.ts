// Eagerness the word list cannot see. Plans, outings, cheers and firsts are shared because they
// are looked forward to or celebrated ("Going to see Muse on the 18th", "Graduation tomorrow!!",
// "Our first Christmas in our new home 🎄"), yet hold no word any list scores: a quarter of the
// project's English tweets that scored nothing were positive, a third of strangers' (TweetEval).
// Read on the post as written, since the tokens fold "!!" into one "!" and drop the emoji the
// emoji table lacks, and only where the words scored nothing: beside a word of feeling these cues
// are emphasis, which the exclamation rule already gives (english.ts). A question asks, even
// with a cue ("off to Lisbon, any tips?"). Each cue was kept only where the project's English
// tweets confirm it (docs/model.md, "Eagerness without a word").

import { EMOJI_VALENCE } from '../text/emoji';
import type { Polarity } from './polarity';

/**
 * The valence a cue adds: enough to read positive alone (compound 0.36, over the positive band of
 * english.ts). Chosen on the project's English tweets over 1, 1.25, 1.5 and 2.
 */
export const EAGER_VALENCE = 1.5;

/** The cues, each named by the driver it shows ("why positive"), tried on the lower-cased post. */
const CUES: readonly (readonly [driver: string, cue: RegExp])[] = [
  // "!!", "!!!": the tokens keep one "!", VADER's emphasis, which amplifies words but adds none.
  ['!!', /!!/],
  // An exclamation of praise: "what a player", "what a night". "What a joke" and "what a mess"
  // score through their noun, so never reach here.
  ['what a', /\bwhat an? [a-z]/],
  ['finally', /\bfinally\b/],
  ['first time', /\bfirst (?:time|ever)\b/],
  // An outing: "going to see", "off to watch", "we're seeing Adele", "watching the final tonight".
  ['going to see', /\b(?:going to|gonna|off to|about to|heading to) (?:see|watch)\b/],
  ['seeing', /(?:^|\b(?:i'm|im|i am|we're|we are|i|we) )(?:seeing|watching)\b/],
  ['off to', /\b(?:off to|heading to|flying to|road trip)\b/],
  // A treat for someone: "taking the kids to see Minions", "treating mum to afternoon tea".
  ['taking', /^(?:taking|bringing|treating)\b|\b(?:i'm|we're) (?:taking|treating)\b/],
  // A countdown: "3 sleeps until Disneyland", "two weeks till I see Adele".
  [
    'days until',
    /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:more )?(?:days?|weeks?|sleeps?|months?) (?:until|till|to go)\b/,
  ],
];

/**
 * Words and marks one of which every cue holds: a post with none of them is spared trying the
 * cues one by one (each a pass over the post). Keep it in step with CUES.
 */
const ANY_CUE =
  /!!|what|finally|first|see|watch|off to|heading|flying|road trip|taking|bringing|treating|until|till|to go/;

/**
 * Pictographic emoji (🎄 🎂 🌅 ✈️): code points from U+2600 on, so that ©, ® and ™, pictographic
 * too, are none here, and no flag's letters (a flag tells where, not how the author feels).
 */
const PICTOGRAPHS = /[\u2600-\u27bf\u{1f000}-\u{1f1e5}\u{1f200}-\u{1faff}]/gu;

/**
 * Emoji that point, mark or warn rather than feel ("thread 🧵", "link 👇", "🚨 team news"), and
 * the skull, laughter as often as despair: no cue wherever they stand.
 */
const SIGNPOSTS = new Set(['🧵', '👇', '👉', '➡', '⬇', '📌', '📍', '🔗', '🚨', '📢', '📣', '⚠', '📅', '🗓', '💀']);

/** An emoji the emoji table does not list, which the tokens drop; one it lists (😅, 0) it has weighed. */
function unlistedEmoji(text: string): string | undefined {
  for (const m of text.matchAll(PICTOGRAPHS)) {
    const emoji = m[0];
    // One that opens the post signposts a notice ("🚨 Team news", "📅 Dates for your diary").
    if (SIGNPOSTS.has(emoji) || text.slice(0, m.index).trim() === '') continue;
    if (EMOJI_VALENCE[emoji] === undefined && EMOJI_VALENCE[`${emoji}\ufe0f`] === undefined) return emoji;
  }
  return undefined;
}

/**
 * Trouble that turns a cue into exasperation: "@AmazonHelp my order still hasn't arrived!!",
 * "off to the hospital again". A post with a wait or a failure, or to a customer-care account
 * (the post's own signal, token-clues.ts: the one reading of care handles the complaint uses
 * too), is no plan to look forward to, and Simak must not call a complaint positive.
 */
const TROUBLE =
  /\b(?:still|again|never|hasn't|haven't|hasnt|havent|didn't|didnt|waiting|delayed|cancell?ed|declined|refund|hospital)\b/;

/** The cue that makes a post eager, by its driver; undefined if none. */
export function eagerCue(text: string, mentionsCare = false): string | undefined {
  if (mentionsCare || text.includes('?')) return undefined;
  const lower = text.toLowerCase();
  if (TROUBLE.test(lower)) return undefined;
  if (ANY_CUE.test(lower)) for (const [driver, cue] of CUES) if (cue.test(lower)) return driver;
  return unlistedEmoji(text);
}

/** The rules' sums with an eager cue's valence, where the words scored nothing. */
export function withEagerness(rules: Polarity, text: string, mentionsCare = false): Polarity {
  if (rules.pos !== 0 || rules.neg !== 0) return rules;
  const driver = eagerCue(text, mentionsCare);
  return driver === undefined ? rules : { pos: EAGER_VALENCE, neg: 0, drivers: [driver] };
}
