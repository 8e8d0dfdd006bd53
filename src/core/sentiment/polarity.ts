// Rule-based polarity over normalised tokens: a word list plus the three rules that word
// lists get wrong without them. Negation flips what follows ("tidak bagus", "gak jelek",
// "not good"), an intensifier strengthens ("bagus banget", "very slow"), and after a contrast
// the second clause outweighs the first ("bagus tapi lambat" is a complaint about speed).

import { symbolOf, valenceOf } from '../text/normalize';
import type { Token } from '../text/token';
import { RECORD_FLOATS, RECORD_SHIFT, RECORDS, ROW_FILLED, type RowsPlace, TokenRows } from '../text/token-table';
import { grown } from '../text/typed-array';
import { type WordPair, WordPairs } from '../text/word-pairs';
import type { Lexicon } from './lexicon';
import { CONTRASTS, INTENSIFIERS, NEGATORS } from './polarity-id';

export interface Polarity {
  /** Sum of positive valence after the rules (≥ 0). */
  pos: number;
  /** Sum of negative valence after the rules, as a positive number. */
  neg: number;
  /** Words (or phrases) that contributed, strongest first. */
  drivers: string[];
}

/**
 * The words (or phrases) that moved the sums of the post being read, and by how much: a driver
 * if among the strongest. Kept in two lists reused post after post, not an object per hit.
 */
const hitWords: string[] = [];
let hitValues = new Float64Array(64);
let hitCount = 0;

function addHit(word: string, v: number): void {
  if (hitCount === hitValues.length) hitValues = grown(hitValues, hitCount * 2);
  hitWords[hitCount] = word;
  hitValues[hitCount] = v;
  hitCount++;
}

/** How many words a negator reaches. */
const NEGATION_SCOPE = 3;
/** Negated polarity is weaker than the plain opposite ("tidak jelek" is not "bagus"); VADER's N_SCALAR. */
const NEGATION_FACTOR = -0.74;
const INTENSIFIER_FACTOR = 1.4;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;

/**
 * What a listed word does, as the lists say (a word may be on several): worked out once per
 * token into its row, which keeps the one role the walk reads (see roleOf).
 */
interface Role {
  valence?: number;
  /** Some two-word entry starts with this word: that lists it, so its root is not tried. */
  phraseStart?: boolean;
  negator?: boolean;
  intensifier?: boolean;
  contrast?: boolean;
  punct?: boolean;
}

const roleTables = new WeakMap<Lexicon, Map<string, Role>>();

function rolesOf(lexicon: Lexicon): Map<string, Role> {
  let roles = roleTables.get(lexicon);
  if (roles) return roles;
  const table = new Map<string, Role>();
  roles = table;
  const role = (w: string) => {
    const known = table.get(w);
    if (known) return known;
    const r: Role = {};
    table.set(w, r);
    return r;
  };
  for (const [k, v] of lexicon) {
    const space = k.indexOf(' ');
    if (space < 0) role(k).valence = v;
    else role(k.slice(0, space)).phraseStart = true;
  }
  for (const w of NEGATORS) role(w).negator = true;
  for (const w of INTENSIFIERS) role(w).intensifier = true;
  for (const w of CONTRASTS) role(w).contrast = true;
  for (const p of ['.', ',', '!', '?']) role(p).punct = true;
  roleTables.set(lexicon, table);
  return table;
}

/** How a language's words are read. */
export interface PolarityLanguage {
  lexicon: Lexicon;
  /** Names a negated driver in the post's language ("tidak bagus", "not good"). */
  negationWord: string;
  /** The root of a derived word the list lacks ("menyedihkan" → "sedih"), tried on a miss. */
  stem?: (word: string) => string;
}

export function polarity(tokens: readonly Token[], language: PolarityLanguage): Polarity {
  const { negationWord } = language;
  const roles = languageRoles(language).build();
  const { rows } = roles;
  // Each token's row found here, by its id, in the records: no call and no chain of fields a
  // token (see ByTokenId.forPost).
  rows.forPost();
  // The language's place in a local (`| 0`: the compiler then keeps it untagged through the loop).
  const rowOffset = rows.rowOffset | 0;
  const ints = records;
  const floats = recordFloats;
  let pos = 0;
  let neg = 0;
  let negation = 0;
  let boost = 1;
  let weight = 1;
  hitCount = 0;
  const last = tokens.length - 1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    let at = (token.id << recordShift) + rowOffset;
    // `| 0`: the place stays an untagged whole number through the loop.
    if (ints[at] !== filled) at = rows.fillAt(token, at) | 0;
    const role = ints[at + ROLE];
    if (role === PUNCT) {
      negation = 0;
      boost = 1;
      continue;
    }
    if (role === CONTRAST) {
      pos *= BEFORE_CONTRAST;
      neg *= BEFORE_CONTRAST;
      weight = AFTER_CONTRAST;
      negation = 0;
      continue;
    }
    let phrase: number | undefined;
    // Most words start no two-word entry: the next token is not read. The next token's row is
    // found here as this one's is, not by a call through the rows a try.
    const first = ints[at + PHRASE_FIRST] as number;
    if (first >= 0 && i < last) {
      const next = tokens[i + 1] as Token;
      let nextAt = (next.id << recordShift) + rowOffset;
      if (ints[nextAt] !== filled) nextAt = rows.fillAt(next, nextAt) | 0;
      phrase = roles.phrase(first, ints[nextAt + PHRASE_SECOND] as number);
    }
    // Most words do nothing: told first, before the word is read.
    if (phrase === undefined && role === NONE) {
      if (negation > 0) negation--;
      continue;
    }
    // A hashtag's word carries its sentiment: "#kecewa", "#fail".
    const t = token.word;
    let v: number;
    let word = t;
    if (phrase !== undefined) {
      v = phrase;
      word = `${t} ${(tokens[i + 1] as Token).text}`;
      i++;
    } else if (role === NEGATOR) {
      negation = NEGATION_SCOPE;
      continue;
    } else if (role === INTENSIFIER) {
      boost = INTENSIFIER_FACTOR;
      // "bagus banget": the intensifier follows the word it strengthens.
      if (hitCount > 0 && hitWords[hitCount - 1] === tokens[i - 1]?.text) {
        const extra = (hitValues[hitCount - 1] as number) * (INTENSIFIER_FACTOR - 1) * weight;
        if (extra > 0) pos += extra;
        else neg -= extra;
        boost = 1;
      }
      continue;
    } else {
      v = floats[rows.floatAt(at)] as number;
      if (role === SYMBOL) word = symbolOf(t);
    }
    if (v === 0) {
      if (negation > 0) negation--;
      continue;
    }
    let value = v * boost * weight;
    if (negation > 0) {
      value *= NEGATION_FACTOR;
      word = `${negationWord} ${word}`;
      negation = 0;
    }
    boost = 1;
    if (value > 0) pos += value;
    else neg -= value;
    addHit(word, value);
  }
  return { pos, neg, drivers: hitCount > 0 ? drivers() : [] };
}

// What a token does, one role each: a word on two lists plays the one the walk tries first.
/** A word that does nothing by itself (it may still start a two-word entry). */
const NONE = 0;
/** Punctuation: negation and an intensifier end with the clause. */
const PUNCT = 1;
const CONTRAST = 2;
const NEGATOR = 3;
const INTENSIFIER = 4;
/** A word with a valence, from the list or through its root. */
const LISTED = 5;
/** An emoji or emoticon token ("e+2…", see valenceOf): its driver is the symbol. */
const SYMBOL = 6;

// A token's row in LanguageRoles: whole numbers, then its valence as the one float.
const ROLE = 1;
/** The word's number among the first words of the list's two-word entries; -1 if none. */
const PHRASE_FIRST = 2;
/** The token's text's number among their second words; -1 if none. */
const PHRASE_SECOND = 3;
const ROW_INTS = 4;
/**
 * Each language's rows in a place of its own in the token records: posts change language often,
 * and a place taken over is cleared (see RecordPlace). A third language would take the first's.
 */
const ROLE_PLACES: readonly RowsPlace[] = [TokenRows.place(ROW_INTS, 1), TokenRows.place(ROW_INTS, 1)];
let languagesMade = 0;
// The walk's constants as this module's own (see RECORDS; an import is read from its module's
// cell, with a check): the token records, as whole numbers and as doubles, a record's size as a
// shift.
const records = RECORDS;
const recordFloats = RECORD_FLOATS;
const recordShift = RECORD_SHIFT;
const filled = ROW_FILLED;

/**
 * What each token does in one language, in rows by token id (see TokenRows), and the list's
 * two-word entries found by the numbers of their words, so that trying one builds no string.
 */
class LanguageRoles {
  readonly rows: TokenRows;
  // The word list's tables, made at the first post in the language (see build), not at start-up.
  private roles = new Map<string, Role>();
  /** The two-word entries, each standing for its index in `phraseValences`. */
  private phrases = new WordPairs([]);
  private readonly phraseValences: number[] = [];
  private built = false;

  constructor(private readonly language: PolarityLanguage) {
    const place = ROLE_PLACES[languagesMade++ % ROLE_PLACES.length] as RowsPlace;
    this.rows = new TokenRows(place, (token, at, rows) => this.fill(token, at, rows));
  }

  /** Makes the word list's tables the first time the language is read. */
  build(): this {
    if (this.built) return this;
    this.built = true;
    this.roles = rolesOf(this.language.lexicon);
    const pairs: WordPair[] = [];
    for (const [k, v] of this.language.lexicon) {
      const space = k.indexOf(' ');
      if (space < 0) continue;
      pairs.push([k.slice(0, space), k.slice(space + 1), this.phraseValences.length]);
      this.phraseValences.push(v);
    }
    this.phrases = new WordPairs(pairs);
    return this;
  }

  /** The valence of the two-word entry of the words numbered `first` and `second` (PHRASE_FIRST, PHRASE_SECOND), if listed. */
  phrase(first: number, second: number): number | undefined {
    const i = this.phrases.value(first, second);
    return i < 0 ? undefined : this.phraseValences[i];
  }

  /**
   * With a stemmer, a word the list lacks is tried through its root: only the valence carries
   * over ("tidakkah" is no negator).
   */
  private fill(token: Token, at: number, rows: TokenRows): void {
    const { stem } = this.language;
    const t = token.word;
    const r = this.roles.get(t) ?? (stem ? derivedRole(t, stem, this.roles) : undefined);
    const symbol = r === undefined ? valenceOf(t) : undefined;
    rows.ints[at + ROLE] = r !== undefined ? roleOf(r) : symbol !== undefined ? SYMBOL : NONE;
    rows.ints[at + PHRASE_FIRST] = this.phrases.firstNumber(t);
    rows.ints[at + PHRASE_SECOND] = this.phrases.secondNumber(token.text);
    rows.floats[rows.floatAt(at)] = r?.valence ?? symbol ?? 0;
  }
}

/** The one role the walk reads a listed word by, in the order it tries them. */
function roleOf(r: Role): number {
  if (r.punct) return PUNCT;
  if (r.contrast) return CONTRAST;
  if (r.negator) return NEGATOR;
  if (r.intensifier) return INTENSIFIER;
  return r.valence === undefined ? NONE : LISTED;
}

/** Each language's roles. */
const languages = new WeakMap<PolarityLanguage, LanguageRoles>();

/**
 * Gives a language's rows their place in the shared token records (see token-table.ts) now,
 * before the tables made later, which may find the record full; its word list's tables are
 * still made at its first post.
 */
export function prepareLanguage(language: PolarityLanguage): void {
  languageRoles(language);
}

/** The language of the last post and its roles: posts mostly come in a run of one language. */
let lastLanguage: PolarityLanguage | undefined;
let lastRoles: LanguageRoles | undefined;

function languageRoles(language: PolarityLanguage): LanguageRoles {
  if (language === lastLanguage && lastRoles !== undefined) return lastRoles;
  let roles = languages.get(language);
  if (!roles) {
    roles = new LanguageRoles(language);
    languages.set(language, roles);
  }
  lastLanguage = language;
  lastRoles = roles;
  return roles;
}

function derivedRole(word: string, stem: (w: string) => string, roles: Map<string, Role>): Role | undefined {
  if (word.length <= 4 || NOT_DERIVED.has(word)) return undefined;
  const root = stem(word);
  // A bare "-ku"/"-mu" is more often the end of a name than a possessive: "Maluku" is not "malu".
  if (root === word || word === `${root}ku` || word === `${root}mu`) return undefined;
  const valence = roles.get(root)?.valence;
  return valence === undefined ? undefined : { valence };
}

/**
 * Derived words whose meaning left the root, or whose root the stemmer gets wrong: "kesehatan" is
 * health, not "sehat"; "tolong diperbaiki" asks for a repair; "kebijakan" is a policy; "pemilu"
 * is an election, not "pilu"; "penyakit jantung" names an illness, which asks nothing of the mood.
 */
const NOT_DERIVED = new Set([
  'kesehatan',
  'keamanan',
  'kecepatan',
  'kebersihan',
  'kenyamanan',
  'kebijakan',
  'kegiatan',
  'penjelasan',
  'perbaiki',
  'diperbaiki',
  'memperbaiki',
  'perbaikan',
  'pembaruan',
  'pendukung',
  'tanggapan',
  'laporan',
  'pemain',
  'pemilu',
  'penyakit',
]);

/** The words of the strongest hits of the post just read, each once, at most five. */
function drivers(): string[] {
  strongestFirst();
  const out: string[] = [];
  for (let h = 0; h < hitCount; h++) {
    const word = hitWords[h] as string;
    if (!out.includes(word)) out.push(word);
    if (out.length === MAX_DRIVERS) break;
  }
  return out;
}

const MAX_DRIVERS = 5;

/**
 * Sorts the hits strongest first, the earlier first among equals, by insertion: a post has a
 * handful of hits, too few to repay the set-up of Array.prototype.sort.
 */
function strongestFirst(): void {
  for (let i = 1; i < hitCount; i++) {
    const word = hitWords[i] as string;
    const v = hitValues[i] as number;
    let j = i;
    for (; j > 0 && Math.abs(hitValues[j - 1] as number) < Math.abs(v); j--) {
      hitWords[j] = hitWords[j - 1] as string;
      hitValues[j] = hitValues[j - 1] as number;
    }
    hitWords[j] = word;
    hitValues[j] = v;
  }
}
