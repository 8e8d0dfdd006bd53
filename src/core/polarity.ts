// Rule-based polarity over normalised tokens: a word list plus the three rules that word
// lists get wrong without them. Negation flips what follows ("tidak bagus", "gak jelek",
// "not good"), an intensifier strengthens ("bagus banget", "very slow"), and after a contrast
// the second clause outweighs the first ("bagus tapi lambat" is a complaint about speed).
import { CONTRASTS, INTENSIFIERS, NEGATORS } from './lexicon/polarity-id';
import { symbolOf, valenceOf } from './normalize';
import { type Token, TokenFact } from './token';

export type Lexicon = ReadonlyMap<string, number>;

export interface Polarity {
  /** Sum of positive valence after the rules (≥ 0). */
  pos: number;
  /** Sum of negative valence after the rules, as a positive number. */
  neg: number;
  /** Words (or phrases) that contributed, strongest first. */
  drivers: string[];
}

/** How many words a negator reaches. */
const NEGATION_SCOPE = 3;
/** Negated polarity is weaker than the plain opposite ("tidak jelek" is not "bagus"); VADER's N_SCALAR. */
const NEGATION_FACTOR = -0.74;
const INTENSIFIER_FACTOR = 1.4;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;

/** What a token does, looked up once per token: most tokens do nothing and cost one miss. */
interface Role {
  valence?: number;
  /** Some two-word entry starts with this word. */
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
  const { lexicon, negationWord } = language;
  const roleOf = roleFact(language);
  let pos = 0;
  let neg = 0;
  let negation = 0;
  let boost = 1;
  let weight = 1;
  let hits: { word: string; v: number }[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // A hashtag's word carries its sentiment: "#kecewa", "#fail".
    const t = token.word;
    const r = roleOf.of(token) ?? undefined;
    let v: number | undefined;
    let word = t;
    if (r === undefined) {
      v = valenceOf(t);
      if (v === undefined) {
        if (negation > 0) negation--;
        continue;
      }
      word = symbolOf(t);
    } else if (r.punct) {
      negation = 0;
      boost = 1;
      continue;
    } else if (r.contrast) {
      pos *= BEFORE_CONTRAST;
      neg *= BEFORE_CONTRAST;
      weight = AFTER_CONTRAST;
      negation = 0;
      continue;
    } else {
      const next = r.phraseStart ? tokens[i + 1]?.text : undefined;
      const phrase = next === undefined ? undefined : lexicon.get(`${t} ${next}`);
      if (phrase !== undefined) {
        v = phrase;
        word = `${t} ${next}`;
        i++;
      } else if (r.negator) {
        negation = NEGATION_SCOPE;
        continue;
      } else if (r.intensifier) {
        boost = INTENSIFIER_FACTOR;
        const last = hits?.[hits.length - 1];
        // "bagus banget": the intensifier follows the word it strengthens.
        if (last && last.word === tokens[i - 1]?.text) {
          const extra = last.v * (INTENSIFIER_FACTOR - 1) * weight;
          if (extra > 0) pos += extra;
          else neg -= extra;
          boost = 1;
        }
        continue;
      } else {
        v = r.valence;
      }
    }
    if (v === undefined || v === 0) {
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
    hits ??= [];
    hits.push({ word, v: value });
  }
  return { pos, neg, drivers: hits ? drivers(hits) : [] };
}

/** Each language's roles, kept on the tokens. */
const roleFacts = new WeakMap<PolarityLanguage, TokenFact<Role | null>>();

/**
 * A word's role, kept on its token. With a stemmer, a word the list lacks is tried through its
 * root: only the valence carries over ("tidakkah" is no negator).
 */
function roleFact(language: PolarityLanguage): TokenFact<Role | null> {
  let fact = roleFacts.get(language);
  if (!fact) {
    const { lexicon, stem } = language;
    const roles = rolesOf(lexicon);
    fact = new TokenFact((t) => roles.get(t.word) ?? (stem ? derivedRole(t.word, stem, roles) : undefined) ?? null);
    roleFacts.set(language, fact);
  }
  return fact;
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
  'kesehatan', 'keamanan', 'kecepatan', 'kebersihan', 'kenyamanan', 'kebijakan', 'kegiatan', 'penjelasan',
  'perbaiki', 'diperbaiki', 'memperbaiki', 'perbaikan', 'pembaruan', 'pendukung', 'tanggapan', 'laporan',
  'pemain', 'pemilu', 'penyakit',
]);

function drivers(hits: { word: string; v: number }[]): string[] {
  hits.sort((a, b) => Math.abs(b.v) - Math.abs(a.v));
  return [...new Set(hits.map((h) => h.word))].slice(0, 5);
}
