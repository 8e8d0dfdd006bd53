// Trials of a trained English sentiment model (none ships: docs/model.md): a softmax over the rule sums, their reading, a few signals
// of what a post does and the words the word list lacks (src/core/sentiment/english-features.ts),
// on the project's own English tweets (data/corpus-en, MIT). Its settings are chosen by
// cross-validation across the corpus's files (each file read by a model trained on the others),
// never on a measure set. Deterministic: seeded shuffles, fixed epochs.
import { knowsWord } from '../../src/core/analyze';
import { englishSentiment } from '../../src/core/sentiment/english';
import { LEXICON_EN } from '../../src/core/sentiment/lexicon';
import { polarity } from '../../src/core/sentiment/polarity';
import { ENGLISH } from '../../src/core/sentiment/sentiment';
import { readTokens } from '../../src/core/text/normalize';
import type { SentimentLabel } from '../../src/core/types';
import type { EnglishTweet } from '../lib/english-corpus';
import { englishFeatures, WORD_MARK } from './english-features';
import { type Doc, logitsOf, trainLogistic, type Weights } from './train-logistic';

export const EN_CLASSES: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

export interface EnglishOptions {
  /** L2 on the rule features and the bias. */
  ruleL2: number;
  /** L2 on the post-form signals (a question, a link, a date…). */
  signalL2: number;
  /** L2 on a word the list lacks: strong, so a word only nudges the rules. */
  wordL2: number;
  /** A word seen in fewer tweets is dropped. */
  minCount: number;
  epochs: number;
}

export const EN_DEFAULTS: EnglishOptions = { ruleL2: 1e-4, signalL2: 1e-2, wordL2: 1e-1, minCount: 3, epochs: 20 };

const RULE_FEATURES = new Set(['#bias', '#pos', '#neg', '#rule+', '#rule-']);

export function featurizeEnglish(text: string): Map<string, number> {
  const tokens = readTokens(text, knowsWord);
  const rules = polarity(tokens, ENGLISH);
  const f = new Map<string, number>();
  englishFeatures(tokens, rules, englishSentiment(tokens, rules), LEXICON_EN, {
    signal: (name, v) => f.set(name, v),
    word: (w) => f.set(WORD_MARK + w, (f.get(WORD_MARK + w) ?? 0) + 1),
  });
  return f;
}

export function toDocs(tweets: readonly EnglishTweet[]): Doc[] {
  return tweets.map((t) => ({ features: featurizeEnglish(t.text), y: EN_CLASSES.indexOf(t.label) }));
}

export function trainEnglish(docs: readonly Doc[], o: EnglishOptions = EN_DEFAULTS): Weights {
  return trainLogistic(docs, {
    classes: 3,
    link: 'softmax',
    epochs: o.epochs,
    learningRate: 0.1,
    seeds: [20261203, 1, 2],
    minCount: o.minCount,
    balanced: true,
    prune: 0.01,
    l2: (k) => (k.startsWith(WORD_MARK) ? o.wordL2 : RULE_FEATURES.has(k) ? o.ruleL2 : o.signalL2),
  });
}

export function predictEnglish(w: Weights, features: Map<string, number>): SentimentLabel {
  const z = logitsOf(w, 3, features);
  let best = 1;
  for (let c = 0; c < 3; c++) if ((z[c] ?? 0) > (z[best] ?? 0)) best = c;
  return EN_CLASSES[best] ?? 'neutral';
}

/** The topic of a tweet: its file, "daily-12" → "daily"; files "general-<x>-<n>" by <x>. */
export const topicOf = (id: string) => id.replace(/-\d+$/, '');

/** Out-of-fold predictions: each topic read by a model trained on the other topics. */
export function crossValidate(
  tweets: readonly EnglishTweet[],
  docs: readonly Doc[],
  o: EnglishOptions,
): SentimentLabel[] {
  const topics = [...new Set(tweets.map((t) => topicOf(t.id)))];
  const out = new Array<SentimentLabel>(tweets.length);
  for (const topic of topics) {
    const train = docs.filter((_, i) => topicOf((tweets[i] as EnglishTweet).id) !== topic);
    const w = trainEnglish(train, o);
    tweets.forEach((t, i) => {
      if (topicOf(t.id) === topic) out[i] = predictEnglish(w, (docs[i] as Doc).features);
    });
  }
  return out;
}

/** One trial: a name and what it changes from EN_DEFAULTS. */
export interface EnglishTrial {
  name: string;
  options: Partial<EnglishOptions>;
}

/** The forms tried (docs/model.md): the rules' features alone, with the signals, with the words. */
export const EN_TRIALS: readonly EnglishTrial[] = [
  { name: 'rule sums and reading only', options: { signalL2: 100, wordL2: 100 } },
  { name: '+ signals', options: { wordL2: 100 } },
  ...[0.01, 0.1, 0.3, 1, 3].map((wordL2) => ({ name: `+ signals + words, L2 ${wordL2}`, options: { wordL2 } })),
];

export interface TrialResult {
  trial: EnglishTrial;
  /** Out-of-fold macro-recall, each topic read by a model trained on the others. */
  byTopic: number;
  /** The general tweets (general-*) read by a model trained on the older files, and back. */
  oldToGeneral: number;
  generalToOld: number;
  /** Measure sets read by the model trained on the whole corpus: reported, never chosen on. */
  measured: Record<string, number>;
}

const macroRecall = (gold: readonly SentimentLabel[], predicted: readonly SentimentLabel[]) => {
  let sum = 0;
  for (const c of EN_CLASSES) {
    const of = gold.flatMap((g, i) => (g === c ? [predicted[i]] : []));
    sum += of.length === 0 ? 0 : of.filter((p) => p === c).length / of.length;
  }
  return sum / EN_CLASSES.length;
};

export function runEnglishTrials(
  tweets: readonly EnglishTweet[],
  measures: Record<string, readonly { text: string; label: SentimentLabel }[]>,
  trials: readonly EnglishTrial[] = EN_TRIALS,
): TrialResult[] {
  const docs = toDocs(tweets);
  const general = tweets.map((t) => t.id.startsWith('general-'));
  const measured = Object.entries(measures).map(([name, items]) => ({
    name,
    gold: items.map((i) => i.label),
    features: items.map((i) => featurizeEnglish(i.text)),
  }));
  const across = (o: EnglishOptions, toGeneral: boolean) => {
    const w = trainEnglish(
      docs.filter((_, i) => general[i] !== toGeneral),
      o,
    );
    const held = tweets.flatMap((_, i) => (general[i] === toGeneral ? [i] : []));
    return macroRecall(
      held.map((i) => (tweets[i] as EnglishTweet).label),
      held.map((i) => predictEnglish(w, (docs[i] as Doc).features)),
    );
  };
  return trials.map((trial) => {
    const o = { ...EN_DEFAULTS, ...trial.options };
    const w = trainEnglish(docs, o);
    return {
      trial,
      byTopic: macroRecall(
        tweets.map((t) => t.label),
        crossValidate(tweets, docs, o),
      ),
      oldToGeneral: across(o, true),
      generalToOld: across(o, false),
      measured: Object.fromEntries(
        measured.map((m) => [
          m.name,
          macroRecall(
            m.gold,
            m.features.map((f) => predictEnglish(w, f)),
          ),
        ]),
      ),
    };
  });
}
