// Builds src/core/model/lexicon-en.json: English word valences from AFINN-165 (via the
// `sentiment` package, MIT) and VADER (via `vader-sentiment`, Apache-2.0), merged onto one
// scale of [-3, 3]. Only single words are kept (our tokenizer makes words, and emoticons
// have the project's own table), with the project's own words, phrases and names, checked on
// the project's English tweets (data/corpus-en; the measure sets only measure).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** AFINN is −5…5, VADER −4…4: both mapped to −3…3 so they add up with the Indonesian list. */
const AFINN_SCALE = 3 / 5;
const VADER_SCALE = 3 / 4;
/** Weaker entries ("care", "big", "free") are mostly noise in posts that take no stance. */
const MIN_VALENCE = 0.9;
const WORD = /^[a-z]+(?:'[a-z]+)?$/;
/**
 * VADER's chat acronyms of one or two letters that also abbreviate something plain: "l" ("L.A."),
 * "tx" (Texas), "po" (a PO box), "ff" (Final Fantasy), "wd" (would), "nh", "dx", "xp"… Left out;
 * those that mean nothing else stay ("ha", "xo", "xd", "ty", "np", "yw", "gj", "gl", "fu", "qq").
 */
const SHORT_KEPT = new Set(['ha', 'xo', 'xd', 'ty', 'np', 'yw', 'gj', 'gl', 'fu', 'qq']);
/**
 * Words too ambiguous to score: "like" is mostly a preposition, "please" mostly politeness; in
 * posts about anything, "united" is mostly a name (Manchester United, United Airlines, the United
 * States), "play" a game, a match or a song being played, "super" the Super Bowl or Super Tuesday.
 */
const AMBIGUOUS = new Set([
  'like',
  'likes',
  'please',
  'pretty',
  'kind',
  'well',
  'yes',
  'no',
  'ok',
  'okay',
  'united',
  'play',
  'super',
  // "is a joke" mocks far more often than it amuses; "honestly" frames praise and blame alike.
  'joke',
  'honestly',
  // Mostly the film studio ("the new Marvel film"), hardly ever the verb.
  'marvel',
  // Slang that praises as often as the word blames: "this track is fire", "fire up the barbecue",
  // "a wicked set", "a killer line-up" beside a fire in the news, a wicked witch, a killer.
  'fire',
  'wicked',
  'killer',
  // Misspellings VADER lists, which "rapper" and "rappers" fold to (see foldRepeats): "the
  // greatest rapper", "best rappers alive" read as crimes.
  'raper',
  'rapers',
]);

/**
 * Words whose commonest sense in posts names an event or an offer rather than a feeling: a party
 * on Friday, a festival line-up, an award ceremony, a bank holiday, free entry, a special offer,
 * "all welcome". They keep half their valence, so one of them alone leaves a post neutral and
 * beside praise it still adds. Kept only where the project's English tweets confirm each word
 * (a word whose halving left them unchanged, such as "top", "grand" or "prize", stays whole);
 * the half chosen on them over 0 and 0.5 (docs/model.md).
 */
const OCCASIONS = new Set([
  'party',
  'parties',
  'festival',
  'festivals',
  'award',
  'awards',
  'holiday',
  'holidays',
  'free',
  'special',
  'welcome',
]);
const OCCASION_SHARE = 0.5;

/**
 * The project's own English phrases: "can't wait", the mirror of the Indonesian "tidak sabar", is
 * a negator that means eagerness, not "not waiting"; the rest are complaints whose words are
 * plain one by one.
 */
const PHRASES: Record<string, number> = {
  "can't wait": 2,
  'cant wait': 2,
  'cannot wait': 2,
  'looking forward': 2,
  'still waiting': -1.5,
  'never again': -2,
  'a joke': -1.5,
  'fed up': -2,
  'give up': -1,
  'had enough': -1.5,
  'on hold': -1,
  'hung up': -1,
  'rip off': -2,
  'nobody asked': -1.5,
  'for nothing': -1.2,
  'same old': -1.2,
  'no sign': -1.2,
  'sort it': -1,
  // Praise whose words are plain one by one: "made my day", "nothing beats a Sunday roast".
  'made my': 1.5,
  'nothing beats': 2,
  'never misses': 2,
  'well done': 2,
  'shout out': 1.5,
  'counting down': 1.5,
  // Moved to tears is no grief: "had me in tears", "made me cry" praise a film or a speech as
  // often as they mourn (12 of the own tweets with "cry" or "tears" are positive, 7 negative), so
  // they weigh nothing and the rest of the post decides; "I want to cry" still reads "cry".
  'in tears': 0,
  'me cry': 0,
  'happy tears': 1.5,
  // Set phrases of swearing (the single words as emphasis: src/core/sentiment/english-swearing.ts):
  // "hell yeah" cheers, "holy shit" and "bloody hell" are surprise either way, "kick ass" and
  // "the shit" praise (VADER's own idioms rate "the shit" +3 and "bad ass" +1.5), "one hell of a"
  // is a comeback or a week.
  'hell yeah': 2,
  'hell yes': 2,
  'fuck yeah': 2,
  'fuck yes': 2,
  'holy shit': 0,
  'holy crap': 0,
  'holy cow': 0,
  'bloody hell': 0,
  'one hell': 0,
  'kick ass': 1.5,
  'the shit': 2,
  // Negators that do not negate: "can't believe" is surprise either way, "can't complain" and
  // "no complaints" are content, "nothing better than" praises.
  "can't believe": 0,
  'cant believe': 0,
  'cannot believe': 0,
  "can't complain": 1.5,
  'cant complain': 1.5,
  'no complaints': 1.5,
  'nothing better': 2,
  // An offer's formula, not the author's interest: "DM if interested", "anyone interested?".
  'if interested': 0,
  'anyone interested': 0,
  "you're interested": 0,
  'youre interested': 0,
  // Idioms whose words mislead one by one: "you better", "better not" warn, "killed it" and
  // "nailed it" praise, "dying to" longs for, "dead heat" and "kill time" report.
  'you better': 0,
  'had better': 0,
  'better not': 0,
  'killed it': 2,
  'killing it': 2,
  'nailed it': 2,
  'dying to': 1.5,
  'dead heat': 0,
  'kill time': 0,
  // "why" asks for a reason, not a complaint, in "that's why I love her" and "why not".
  "that's why": 0,
  'thats why': 0,
  'is why': 0,
  'why not': 0,
};

/**
 * The project's own valences for tweet slang the two lists lack, on their −3…3 scale: "this
 * album is lit", "so stoked for Friday", "fml", "RIP".
 */
const SLANG: Record<string, number> = {
  lit: 1.5,
  dope: 1.5,
  stoked: 2,
  pumped: 1.5,
  hyped: 1.5,
  psyched: 1.5,
  yass: 2,
  luv: 2,
  lovin: 2,
  gr8: 2,
  awsome: 2,
  brill: 2,
  chuffed: 2,
  thanx: 1.1,
  faves: 1.4,
  fml: -2,
  ffs: -2,
  meh: -1,
  trash: -1.5,
  garbage: -1.5,
  rubbish: -1.5,
  wack: -1.5,
  cringe: -1.5,
  cringey: -1.5,
  gutted: -2,
  knackered: -1,
  rip: -1.5,
  // What goes wrong with a service, a trip or a purchase, which the lists rate too weakly to keep
  // or lack: "flight delayed", "gig postponed", "app keeps crashing".
  delayed: -1.2,
  cancelled: -1.2,
  canceled: -1.2,
  postponed: -1,
  overpriced: -1.5,
  overrated: -1.5,
  crashes: -1,
  crashed: -1,
  crashing: -1,
  scammed: -2,
  rigged: -1.5,
  disgraceful: -2.5,
  disrespectful: -2,
  unlikeable: -1.5,
  whinging: -1.5,
  ghosted: -1.5,
  shambles: -2,
  shambolic: -2,
  abysmal: -2.5,
  diabolical: -2.5,
  cringeworthy: -1.5,
  nightmare: -2,
  unhelpful: -1.5,
  unreliable: -1.5,
  letdown: -1.8,
  dies: -1.5,
  wounded: -1.5,
  // Praise the lists lack: "what a legend", "obsessed with this song", "absolute banger".
  incredible: 2.2,
  magical: 2,
  phenomenal: 2.4,
  spectacular: 2.2,
  legendary: 2,
  iconic: 1.5,
  cosy: 1.5,
  cozy: 1.5,
  stellar: 2,
  marvellous: 2.2,
  wholesome: 1.8,
  unforgettable: 2,
  memorable: 1.5,
  genius: 1.8,
  astonishing: 1.8,
  legend: 1.5,
  obsessed: 1.5,
  buzzing: 2,
  banger: 2,
  epic: 1.5,
  tasty: 1.5,
  delish: 2,
  lush: 2,
  // Complaint words the lists lack, checked on the general tweets: "unwatchable", "what a
  // ripoff", "robbed", "gone downhill", "so expensive".
  unwatchable: -2,
  unplayable: -2,
  ripoff: -2,
  downhill: -1.2,
  expensive: -1,
  awkward: -1,
  moaning: -1.2,
  robbed: -1.5,
  shocker: -1,
  delay: -1,
  delays: -1,
  waited: -0.9,
  sigh: -1,
  // Tweet praise the lists lack: "this song slaps", "gave me chills", "so comfy", "shoutout to".
  unreal: 1.5,
  chills: 1.2,
  goosebumps: 1.5,
  slaps: 1.5,
  vibes: 1.2,
  shoutout: 1.5,
  comfy: 1.5,
  bargains: 1.2,
  addictive: 1,
  bravo: 2,
  underrated: 1.2,
  beaming: 2,
  // "Why" in a post mostly asks why something went wrong ("why is the self checkout always
  // broken"): a mild complaint, which plain questions ("why do cats knead blankets") outweigh
  // with nothing. Chosen on the project's tweets over −0.7, −0.9 and −1.2.
  why: -0.7,
};

/**
 * Names that hold a sentiment word and say nothing of the author's mood: a show, a film, a game,
 * a shop, a greeting. Each is a two-word entry of valence 0, so the pair is read as one word that
 * moves nothing ("watching The Walking Dead tonight" is not about death).
 */
const NAMES = [
  'walking dead',
  'breaking bad',
  'horror story',
  'little liars',
  'criminal minds',
  'hunger games',
  'star wars',
  'suicide squad',
  'resident evil',
  'mad max',
  'bad blood',
  'good wife',
  'super bowl',
  'best buy',
  'good morning',
  'good friday',
  "hell's kitchen",
  // Leagues, races and titles of sport, and the game's own terms: "Champions League final on
  // Saturday", "free kick", "penalty shootout" report a match, they do not judge it.
  'champions league',
  'justice league',
  'grand prix',
  'civil war',
  'world war',
  'the killers',
  'free kick',
  'free throw',
  'free agent',
  'free agency',
  'penalty kick',
  'penalty shootout',
  'penalty area',
  'happy valley',
  'love island',
  'mad men',
  'desperate housewives',
  'kill bill',
  'sin city',
  'prize draw',
  'top gear',
  'top gun',
  // A prize draw or a forecast, not a win: "RT to win", "expected to win on Sunday".
  'to win',
];

function afinn(): Map<string, number> {
  const labels = JSON.parse(readFileSync(require.resolve('sentiment/languages/en/labels.json'), 'utf8')) as Record<
    string,
    number
  >;
  return new Map(Object.entries(labels).map(([w, v]) => [w, v * AFINN_SCALE]));
}

function vader(): Map<string, number> {
  // The lexicon is an ES module in a CommonJS package; read its entries as text.
  const src = readFileSync(require.resolve('vader-sentiment/src/vader_lexicon.js'), 'utf8');
  const out = new Map<string, number>();
  for (const m of src.matchAll(/^\s*(?:'((?:[^'\\]|\\.)+)'|([a-z]+)):\s*(-?[\d.]+),?$/gm)) {
    const word = (m[1] ?? m[2])?.replace(/\\'/g, "'");
    if (word !== undefined) out.set(word, Number(m[3]) * VADER_SCALE);
  }
  return out;
}

export function buildEnglishLexicon(): Record<string, number> {
  const a = afinn();
  const v = vader();
  const merged: Record<string, number> = {};
  for (const w of new Set([...a.keys(), ...v.keys()])) {
    if (!WORD.test(w) || AMBIGUOUS.has(w) || (w.length <= 2 && !SHORT_KEPT.has(w))) continue;
    const values = [a.get(w), v.get(w)].filter((x): x is number => x !== undefined);
    const mean = values.reduce((s, x) => s + x, 0) / values.length;
    if (Math.abs(mean) < MIN_VALENCE) continue;
    merged[w] = Math.round(mean * (OCCASIONS.has(w) ? OCCASION_SHARE : 1) * 10) / 10;
  }
  return { ...merged, ...SLANG, ...PHRASES, ...Object.fromEntries(NAMES.map((n) => [n, 0])) };
}
