// Trains the language guess by spelling (src/core/sentiment/lang-letters.ts) for posts with no
// function word: the log-odds of each letter sequence of one to four letters being English
// rather than Indonesian, on text that may ship only: SmSA train and the corpus's Indonesian
// posts (data/corpus, `lang: "id"`), the project's English tweets (data/corpus-en, its care posts
// too) and the corpus's English posts. The measure sets are never read here.
import { resolve } from 'node:path';
import { packWeights } from '../../src/core/model/packed-weights';
import { LANG_FUNCTION_WORDS } from '../../src/core/sentiment/lang';
import { letterGrams, wordsForGuess } from '../../src/core/sentiment/lang-letters';
import { smsa } from '../lib/datasets';
import { readCarePosts, readEnglishCorpus } from '../lib/english-corpus';
import { foldOf, readCorpus } from './train-post';

export type TwoLangs = 'id' | 'en';

export interface LangDoc {
  /** For the folds of the out-of-fold check. */
  id: string;
  text: string;
  lang: TwoLangs;
}

export interface LetterSettings {
  /** A sequence seen fewer times than this in both languages together is left out. */
  minCount: number;
  /** Additive smoothing of each language's counts. */
  smoothing: number;
  /** A sequence whose log-odds is nearer 0 than this is left out: it hardly tells, and the file is smaller. */
  minOdds: number;
}

/**
 * Chosen on the project's own posts out of fold (docs/model.md): the guess's accuracy on
 * pseudo-short posts, each post's first one to three words that are no function word.
 */
export const LETTER_SETTINGS: LetterSettings = { minCount: 5, smoothing: 0.1, minOdds: 1.5 };

/** Every text that trains the guess, with its language: SmSA train, the corpus, the English tweets. */
export function readLangDocs(): LangDoc[] {
  const train = smsa('train');
  if (!train) throw new Error('SmSA train is missing: it trains the language guess (../shared/data/smsa/train.tsv)');
  const docs: LangDoc[] = train.map((i, n) => ({ id: `smsa-${n}`, text: i.text, lang: 'id' }));
  for (const p of readCorpus()) docs.push({ id: p.id, text: p.text, lang: p.lang === 'en' ? 'en' : 'id' });
  for (const t of readEnglishCorpus()) docs.push({ id: t.id, text: t.text, lang: 'en' });
  for (const p of readCarePosts()) docs.push({ id: p.id, text: p.text, lang: 'en' });
  return docs;
}

/** Each kept sequence's log-odds, English over Indonesian, to hundredths. */
export function trainLetterOdds(docs: readonly LangDoc[], s: LetterSettings = LETTER_SETTINGS): Map<string, number> {
  const counts = { id: new Map<string, number>(), en: new Map<string, number>() };
  const totals = { id: 0, en: 0 };
  for (const d of docs) {
    const c = counts[d.lang];
    const count = (g: string) => {
      c.set(g, (c.get(g) ?? 0) + 1);
      totals[d.lang]++;
    };
    for (const w of wordsForGuess(d.text)) letterGrams(w, count);
  }
  const all = new Set([...counts.id.keys(), ...counts.en.keys()]);
  const en = totals.en + s.smoothing * all.size;
  const id = totals.id + s.smoothing * all.size;
  const odds = new Map<string, number>();
  for (const g of [...all].sort()) {
    const a = counts.en.get(g) ?? 0;
    const b = counts.id.get(g) ?? 0;
    if (a + b < s.minCount) continue;
    const o = Math.round(100 * (Math.log((a + s.smoothing) / en) - Math.log((b + s.smoothing) / id))) / 100;
    if (Math.abs(o) >= s.minOdds) odds.set(g, o);
  }
  return odds;
}

/** The model file lang-letters.ts reads. */
export function letterModelFile(odds: ReadonlyMap<string, number>): { source: string; grams: string; weights: string } {
  return {
    source:
      'SmSA train (IndoNLU, Apache-2.0), the Simak corpus and English tweets (data/corpus, data/corpus-en, MIT): log-odds of letter sequences, English over Indonesian',
    grams: [...odds.keys()].join(' '),
    weights: packWeights([...odds.values()]),
  };
}

function oddsOf(table: ReadonlyMap<string, number>, words: readonly string[]): number {
  let sum = 0;
  for (const w of words) letterGrams(w, (g) => (sum += table.get(g) ?? 0));
  return sum;
}

/**
 * The guess's accuracy out of fold on pseudo-short posts (each own post's first one, two and
 * three words that are no function word: what a post with no function word looks like), per
 * language, for a threshold on the summed log-odds. SmSA trains every fold.
 */
export function outOfFoldAccuracy(
  docs: readonly LangDoc[],
  threshold: number,
  s: LetterSettings = LETTER_SETTINGS,
): Record<TwoLangs, number> {
  const own = docs.filter((d) => !d.id.startsWith('smsa-'));
  const right = { id: 0, en: 0 };
  const seen = { id: 0, en: 0 };
  for (let fold = 0; fold < 5; fold++) {
    const table = trainLetterOdds(
      docs.filter((d) => d.id.startsWith('smsa-') || foldOf(d.id) !== fold),
      s,
    );
    for (const d of own) {
      if (foldOf(d.id) !== fold) continue;
      const content = wordsForGuess(d.text).filter((w) => !LANG_FUNCTION_WORDS.has(w));
      for (let k = 1; k <= 3 && k <= content.length; k++) {
        const guess = oddsOf(table, content.slice(0, k)) > threshold ? 'en' : 'id';
        seen[d.lang]++;
        if (guess === d.lang) right[d.lang]++;
      }
    }
  }
  return { id: right.id / seen.id, en: right.en / seen.en };
}

// `npx tsx scripts/model/train-lang.ts [threshold…]`: the out-of-fold table.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const docs = readLangDocs();
  for (const t of process.argv.slice(2).map(Number)) {
    const a = outOfFoldAccuracy(docs, t);
    console.log(
      `threshold ${t}: Indonesian ${a.id.toFixed(4)}, English ${a.en.toFixed(4)}, mean ${((a.id + a.en) / 2).toFixed(4)}`,
    );
  }
}
