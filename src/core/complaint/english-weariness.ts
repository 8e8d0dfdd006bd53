// Weariness: a grievance told as a story rather than in words of feeling. A post to a company
// often holds no word any list scores and none of the cue model's problem words, yet plainly
// reports a failure: "@WestJet 4 hours on the tarmac with no water", "@PayPal you've held my
// funds for 21 days with no explanation", "@AmazonHelp third parcel this month left in the
// rain". What tells them is the shape of the story: time lost waiting, the same failure again,
// what never came, nobody and nothing answering, a thing refused, stopped or broken. Read on the
// English post as written (the tokens fold words the normaliser rewrites: "hrs" becomes
// "harus"), for the complaint reading of posts about some other service than BPJS only
// (english-complaint.ts), so the Indonesian readings and the sentiment are untouched: as negative
// sentiment these cues read strangers' neutral posts as negative (docs/model.md, "What did not
// help (English)").

import type { Token } from '../text/token';
import { RECORD_SHIFT, RECORDS, TokenTable, UNKNOWN } from '../text/token-table';

/**
 * The cues, each named by what the "why" would show, tried on the lower-cased post, and the
 * words one of its matches must hold (TRIGGERS): a cue is tried only on a post with one of them.
 */
const CUES: readonly (readonly [name: string, cue: RegExp])[] = [
  // Time lost: "90 minutes on hold", "4 hours on the tarmac", "an hour late", "for 21 days",
  // "since 6am", "it's been an hour". A bare duration asks as often ("how long does a transfer
  // take, 3 days?"): only one the author sat through counts.
  [
    'time lost',
    /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|ninety|several|few) (?:more )?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?) (?:on hold|late|waiting|in (?:a|the) queue|on the (?:phone|tarmac|platform|plane|line)|(?:and|with|still) (?:no|nothing|still)|without)\b|\b(?:it's been|its been|it has been|been waiting|waited|waiting|(?:have|has|'ve|been)\b[^.?!]* for) (?:over |almost |nearly |more than )?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|several|few) (?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b|\bsince (?:\d+ ?(?:am|pm)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last \w+|this morning|week \d+)\b/,
  ],
  // The same failure again: "every single time", "8 times tonight", "third parcel this month",
  // "for the second time", "4 times in a row".
  [
    'again and again',
    /\b(?:every (?:single )?time|yet again|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|so many) times (?:today|tonight|this|now|in a row|in (?:a|one|two) \w+|and)|(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:time|\w+ (?:this|in a|in one) (?:week|month|year|day))|in a row)\b/,
  ],
  // What never came: "a pizza that never came", "an engineer who never showed", "it never came".
  [
    'never came',
    /\bnever (?:came|arrived|showed|turned up|got here|received|heard back|answered|replied|called back|got back)\b|\b(?:didn't|did not|hasn't|has not|haven't|have not|wasn't|weren't) (?:turn up|turned up|show up|shown up|arrive|arrived|come|been (?:delivered|fixed|refunded|cleaned|answered|resolved|sorted))\b/,
  ],
  // Nobody and nothing answering: "no explanation", "no update from anyone", "nobody can hear
  // me", "nothing will play", "no signal at home".
  [
    'no answer',
    /\b(?:with no|no) (?:explanation|reply|replies|response|answer|update|updates|announcement|signal|internet|wifi|water|heating|power|one to help)\b|\bnobody (?:will|can|has|is|answers|replies|came)\b|\bnothing (?:will|is|works|loads|plays|happens|here|is here)\b/,
  ],
  // Refused, stopped or cut off: "won't let me deposit", "stopped working", "the line cut out",
  // "is PSN down?", "zero bars".
  [
    'stopped working',
    /\b(?:won't|wont|will not|wouldn't) (?:let me|load|open|work|connect|accept)\b|\bstopped (?:working|cooling|charging|loading)\b|\b(?:cut out|(?:got|was|been|keeps? getting) cut off|hangs? up|hung up|zero bars|logs me out|crashes)\b|\b(?:is|are) (?:the )?[a-z]+ down\b/,
  ],
  // Damage done: "a cracked lid", "scratched the floor", "left in the rain", "threw my parcel".
  [
    'damaged',
    /\b(?:cracked|scratched|smashed|damaged|dented|leaking|soaked|torn|shattered|left in the rain|threw my|thrown over)\b/,
  ],
];

/**
 * Per cue, in CUES's order, words that every match of it holds as a token: a post with none of
 * them cannot match, and most posts hold none, so the cue's pattern is not run on them. Found by
 * the token's code, kept by token id: a look-up a token, where the patterns cost a scan of the
 * post each (about 11 µs an English post for all six, beside some 8 for the whole analysis).
 */
const TRIGGERS: readonly (readonly string[])[] = [
  // "min", "hr" and "hrs" as the Indonesian slang table reads them too: "admin", "hari", "harus".
  [
    'minute',
    'minutes',
    'min',
    'mins',
    'admin',
    'hour',
    'hours',
    'hr',
    'hrs',
    'hari',
    'harus',
    'day',
    'days',
    'week',
    'weeks',
    'month',
    'months',
    'since',
  ],
  ['time', 'times', 'again', 'row', 'second', 'third', 'fourth', 'fifth', '2nd', '3rd', '4th', '5th'],
  ['never', "didn't", 'did', "hasn't", 'has', "haven't", 'have', "wasn't", "weren't"],
  ['no', 'nobody', 'nothing'],
  ["won't", 'wont', 'will', "wouldn't", 'stopped', 'cut', 'hang', 'hangs', 'hung', 'zero', 'logs', 'crashes', 'down'],
  [
    'cracked',
    'scratched',
    'smashed',
    'damaged',
    'dented',
    'leaking',
    'soaked',
    'torn',
    'shattered',
    'left',
    'threw',
    'thrown',
  ],
];

/** Each trigger word's cues, as bits by CUES's order. */
const TRIGGER_BITS = new Map<string, number>();
TRIGGERS.forEach((words, i) => {
  for (const w of words) TRIGGER_BITS.set(w, (TRIGGER_BITS.get(w) ?? 0) | (1 << i));
});

/** Set on every code, so that none is 0 (a table's mark for a token not yet asked). */
const ASKED = 1 << CUES.length;

/** The triggers' place in the token records. */
const TRIGGERS_PLACE = TokenTable.place();
// The walk's constants as this module's own (see RECORDS; an import is read from its module's
// cell, with a check): the token records, a record's size as a shift, the codes' place in it.
const records = RECORDS;
const recordShift = RECORD_SHIFT;
const codesOffset = TRIGGERS_PLACE.offset;
const unknown = UNKNOWN;
/** Made at the first post that asks. */
let triggers: TokenTable | undefined;

/** The cues a post's tokens may match, as bits by CUES's order. */
function possibleCues(tokens: readonly Token[]): number {
  triggers ??= new TokenTable(
    TRIGGERS_PLACE,
    (t) => ASKED | (TRIGGER_BITS.get(t.text) ?? 0) | (TRIGGER_BITS.get(t.word) ?? 0),
  );
  const table = triggers;
  // Each token's code found here, by its id, in the records: no call and no chain of fields a
  // token (see ByTokenId.forPost), as the other walks over every token do.
  table.forPost();
  const ints = records;
  let bits = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const at = (token.id << recordShift) + codesOffset;
    // `| 0`: a token past the kept records reads as undefined (see TokenTable.codeAt).
    let code = (ints[at] as number) | 0;
    if (code === unknown) code = table.codeAt(token, at) | 0;
    bits |= code;
  }
  return bits & (ASKED - 1);
}

/** At most this many cues count: a long rant is no surer a complaint than a plain one. */
export const MAX_WEARY_CUES = 2;

/** The weariness cues the post (its tokens, and as written) holds, by name, at most MAX_WEARY_CUES. */
export function wearyCues(tokens: readonly Token[], text: string): string[] {
  const possible = possibleCues(tokens);
  if (possible === 0) return [];
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const out: string[] = [];
  for (let i = 0; i < CUES.length; i++) {
    const [name, cue] = CUES[i] as (typeof CUES)[number];
    if ((possible & (1 << i)) === 0 || !cue.test(lower)) continue;
    out.push(name);
    if (out.length === MAX_WEARY_CUES) break;
  }
  return out;
}
