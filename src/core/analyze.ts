// The whole analysis of one post: language, sentiment, complaint, watch-query matches.
// Pure: no browser API, so the worker and the Node CLIs run the very same code.
import { analyzeComplaint } from './complaint';
import { guessLang } from './lang';
import { LEXICON_EN } from './lexicon';
import sentimentWeights from './model/sentiment-id.json';
import { tokenize } from './normalize';
import { postWords } from './phrase';
import { makeSentimentModel } from './sentiment';
import { type CompiledTaxonomy, compileTaxonomy, DEFAULT_TAXONOMY } from './taxonomy';
import type { Analysis } from './types';

export const MODEL_VERSION = 'simak-1';

const model = makeSentimentModel((sentimentWeights as { weights: Record<string, number[]> }).weights);

const isEnglishWord = (w: string) => LEXICON_EN.has(w);
const defaultTaxonomy = compileTaxonomy(DEFAULT_TAXONOMY);

export interface AnalyzeOptions {
  taxonomy?: CompiledTaxonomy;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const tokens = tokenize(text, model.knows);
  const lang = guessLang(tokens, text, isEnglishWord);
  const sentiment = lang === 'en' ? model.english(tokens) : model.indonesian(tokens);
  return {
    lang,
    sentiment,
    complaint: analyzeComplaint(postWords(tokens), tokens.includes('?'), sentiment, options.taxonomy ?? defaultTaxonomy),
    matches: [],
    modelVersion: MODEL_VERSION,
  };
}
