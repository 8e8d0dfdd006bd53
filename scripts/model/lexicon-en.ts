// Builds src/core/model/lexicon-en.json: English word valences from AFINN-165 (via the
// `sentiment` package, MIT) and VADER (via `vader-sentiment`, Apache-2.0), merged onto one
// scale of [-3, 3]. Only single words are kept (our tokenizer makes words, and emoticons
// have the project's own table), with a few phrases of the project's own.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** AFINN is −5…5, VADER −4…4: both mapped to −3…3 so they add up with the Indonesian list. */
const AFINN_SCALE = 3 / 5;
const VADER_SCALE = 3 / 4;
/** Weaker entries ("care", "big", "free") are mostly noise in posts that take no stance. */
const MIN_VALENCE = 0.9;
const WORD = /^[a-z]+(?:'[a-z]+)?$/;
/** Words too ambiguous to score: "like" is mostly a preposition, "please" mostly politeness. */
const AMBIGUOUS = new Set(['like', 'likes', 'please', 'pretty', 'kind', 'well', 'yes', 'no', 'ok', 'okay']);

/**
 * The project's own English phrases, the mirror of the Indonesian "tidak sabar": a negator
 * that means eagerness, not "not waiting".
 */
const PHRASES: Record<string, number> = { "can't wait": 2, 'cant wait': 2, 'cannot wait': 2, 'looking forward': 2 };

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
    if (!WORD.test(w) || AMBIGUOUS.has(w)) continue;
    const values = [a.get(w), v.get(w)].filter((x): x is number => x !== undefined);
    const mean = values.reduce((s, x) => s + x, 0) / values.length;
    if (Math.abs(mean) >= MIN_VALENCE) merged[w] = Math.round(mean * 10) / 10;
  }
  return { ...merged, ...PHRASES };
}
