// The whole analysis of one post: language, sentiment, complaint, watch-query matches.
// Pure: no browser API, so the worker and the Node CLIs run the very same code.
import { classifyPost } from './complaint/classify';
import type { PostSignals } from './complaint/complaint';
import type { Phrase } from './complaint/phrase';
import { shippedPostModel } from './complaint/post-model';
import { type CompiledTaxonomy, compileTaxonomy, DEFAULT_TAXONOMY } from './complaint/taxonomy';
import { type CompiledWatchQuery, compileWatchQueries, matchWatchQueries, type WatchQuery } from './query';
import { sentimentGivenKind } from './sentiment/by-kind';
import { shippedSentimentModel } from './sentiment/sentiment';
import { readTokens } from './text/normalize';
import type { Token } from './text/token';
import { readClues } from './token-clues';
import type { Analysis } from './types';

// The rest of the core the worker and the CLIs use, so that they import this file alone:
// complaint settings, the taxonomy, and watch queries parsed one at a time (the options page
// checks each as it is typed).
export {
  type CompiledTaxonomy,
  categoryLabels,
  compileTaxonomy,
  DEFAULT_TAXONOMY,
  PRAISE_CATEGORY,
  type Taxonomy,
  type TaxonomyCategory,
} from './complaint/taxonomy';
export { type CompiledWatchQuery, compileWatchQueries, parseQuery, type WatchQuery } from './query';

export const MODEL_VERSION = 'simak-2';

const model = shippedSentimentModel();
const postModel = shippedPostModel();

const defaultTaxonomy = compileTaxonomy(DEFAULT_TAXONOMY);

export interface AnalyzeOptions {
  taxonomy?: CompiledTaxonomy;
  /** The user's watch queries, compiled once by compileQueries. */
  queries?: readonly CompiledWatchQuery[];
  /** The complaint probability from which a post is a complaint (the settings'); default 0.5. */
  complaintThreshold?: number;
}

/** True for a word the model or word lists know: queries fold repeated letters by it too. */
export const knowsWord = model.knows;

/** Compiles watch queries with the same word folding the posts get; bad ones are left out. */
export function compileQueries(list: readonly WatchQuery[]): CompiledWatchQuery[] {
  return compileWatchQueries(list, knowsWord).compiled;
}

/** What the analysis reads of a post before the post model: the trainer reads the same. */
export interface ReadPost {
  tokens: readonly Token[];
  lang: Analysis['lang'];
  sentiment: Analysis['sentiment'];
  /** The taxonomy's and the cue lists' phrases the post holds. */
  found: readonly Phrase[];
  signals: PostSignals;
}

export function readPost(text: string, taxonomy: CompiledTaxonomy = defaultTaxonomy): ReadPost {
  const tokens = readTokens(text, model.knows);
  const { lang, signals } = readClues(tokens, text);
  const sentiment = lang === 'en' ? model.english(tokens, text, signals.mentionsCare) : model.indonesian(tokens);
  return { tokens, lang, sentiment, found: taxonomy.phrases.matches(tokens), signals };
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const taxonomy = options.taxonomy ?? defaultTaxonomy;
  const { tokens, lang, sentiment, found, signals } = readPost(text, taxonomy);
  const { kind, complaint } = classifyPost(
    tokens,
    found,
    signals,
    sentiment,
    taxonomy,
    postModel,
    lang === 'en' ? text : undefined,
    options.complaintThreshold,
  );
  return {
    lang,
    sentiment: sentimentGivenKind(sentiment, kind, signals.namesBpjs === true, lang === 'en' ? text : undefined),
    kind,
    complaint,
    matches: options.queries ? matchWatchQueries(options.queries, tokens, model.knows) : [],
    modelVersion: MODEL_VERSION,
  };
}
