// npm run model: rebuilds what the analysis ships in src/core/model from 'ship' data and
// openly licensed word lists only. Prints the sizes and the held-out score so a change is seen.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
// A build tool reaches past analyze.ts into the sentiment and text rooms: it makes what they load.
import { packWeights } from '../../src/core/model/packed-weights';
import { LEXICON_ID } from '../../src/core/sentiment/lexicon';
import { polarity } from '../../src/core/sentiment/polarity';
import { INDONESIAN } from '../../src/core/sentiment/sentiment';
import { readTokens } from '../../src/core/text/normalize';
import { smsa } from '../lib/datasets';
import { buildPostModel } from './build-post';
import { printEnglishTrials } from './english-trials';
import { buildEnglishLexicon } from './lexicon-en';
import { letterModelFile, readLangDocs, trainLetterOdds } from './train-lang';
import { readCorpus } from './train-post';
import { CLASSES, DEFAULTS, featurize, train } from './train-sentiment';

const out = resolve(import.meta.dirname, '../../src/core/model');
mkdirSync(out, { recursive: true });

// `npm run model -- --english`: only the English word list (a second).
if (process.argv.includes('--english')) {
  writeEnglishLexicon();
  process.exit(0);
}

// `npm run model -- --lang`: only the language guess by spelling (seconds).
if (process.argv.includes('--lang')) {
  writeLangModel();
  process.exit(0);
}

// `npm run model -- --english-trials`: the trained English models tried (none ships), as a table.
if (process.argv.includes('--english-trials')) {
  printEnglishTrials();
  process.exit(0);
}

// `npm run model -- --post`: only the post-kind and category models (the sentiment model is slow).
if (process.argv.includes('--post')) {
  writePostModel();
  process.exit(0);
}

writeEnglishLexicon();
writeLangModel();

const items = smsa('train');
if (!items) throw new Error('SmSA train is missing: it is the training set (../shared/data/smsa/train.tsv)');
const vocab = new Set(items.flatMap((i) => i.text.split(' ')));
const known = (w: string) => vocab.has(w) || LEXICON_ID.has(w);
const docs: { features: Map<string, number>; y: number; weight?: number }[] = items.map((i) => {
  const tokens = readTokens(i.text, known);
  return { features: featurize(tokens, polarity(tokens, INDONESIAN)), y: CLASSES.indexOf(i.label) };
});
// The project's own corpus of posts about BPJS (MIT) can join SmSA here, each Indonesian post
// counting CORPUS_WEIGHT times. Off (0): at 1 and 3 it lifted the BPJS tweets' sentiment but cost
// SmSA valid more than a point and IDSA about one and a half (docs/model.md), and a sentiment
// model that has seen the corpus would tell the post model its labels.
const CORPUS_WEIGHT = Number(process.env.CORPUS_WEIGHT ?? 0);
for (const p of CORPUS_WEIGHT > 0 ? readCorpus() : []) {
  if (p.lang !== 'id' || !p.sentiment) continue;
  const tokens = readTokens(p.text, known);
  docs.push({
    features: featurize(tokens, polarity(tokens, INDONESIAN)),
    y: CLASSES.indexOf(p.sentiment as (typeof CLASSES)[number]),
    weight: CORPUS_WEIGHT,
  });
}
const listed = (feature: string) => feature.startsWith('#') || LEXICON_ID.has(feature.replace(/^!/, ''));
const model = train(docs, listed, DEFAULTS);
write('sentiment-id.json', {
  trainedOn:
    CORPUS_WEIGHT > 0
      ? 'SmSA train (IndoNLU, Apache-2.0) and the Simak corpus (data/corpus, MIT)'
      : 'SmSA train (IndoNLU, Apache-2.0)',
  ...model,
  weights: packWeights(model.weights),
});
// The post model reads the sentiment: it is trained in a fresh process, on the sentiment model
// just written (this one loaded the old one with the analysis).
execFileSync(process.execPath, [...process.execArgv, process.argv[1] as string, '--post'], { stdio: 'inherit' });

function writeEnglishLexicon(): void {
  write('lexicon-en.json', {
    source:
      "AFINN-165 (sentiment, MIT) and VADER (vader-sentiment, Apache-2.0), scaled to -3..3, with the project's own slang and names",
    words: buildEnglishLexicon(),
  });
}

function writeLangModel(): void {
  write('lang-letters.json', letterModelFile(trainLetterOdds(readLangDocs())));
}

function writePostModel(): void {
  const { model: post, measured, decisionRule } = buildPostModel();
  // --dry: the figures only (to compare settings), nothing written.
  if (!process.argv.includes('--dry')) write('post-kind.json', post);
  console.log(JSON.stringify(measured));
  console.log(decisionRule);
}

function write(name: string, data: unknown): void {
  const json = JSON.stringify(data);
  writeFileSync(resolve(out, name), json);
  console.log(`${name}: ${(json.length / 1024).toFixed(0)} KB`);
}
