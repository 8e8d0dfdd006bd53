// The worker's post model scores a post's features as its own walk finds them (post-model.ts);
// the trainer names them through postFeatures (post-features.ts). Two walks of one definition can
// drift apart, so here every post of the project's corpora is scored both ways: the trainer's
// walk, its named features looked up in the shipped weights and counted as the worker counts
// them, must give the worker's kind and category logits to the last bit.
import { describe, expect, it } from 'vitest';
import { readCarePosts, readEnglishCorpus } from '../../../scripts/lib/english-corpus';
import { readCorpus } from '../../../scripts/model/train-post';
import { compileTaxonomy, DEFAULT_TAXONOMY, readPost } from '../analyze';
import { unpackHundredths } from '../model/packed-weights';
import postWeights from '../model/post-kind.json';
import { cueLogit } from './classify';
import { analyzeComplaint } from './complaint';
import {
  featureStem,
  featureWord,
  groupFeature,
  pairFeature,
  postFeatures,
  stemFeature,
  wordFeature,
} from './post-features';
import { PostModel, type PostModelWeights, shippedPostModel } from './post-model';

const weights = postWeights as PostModelWeights;
const K = weights.kinds.length;
const C = weights.categories.length;
const kindHundredths = unpackHundredths(weights.kind);
const categoryHundredths = unpackHundredths(weights.category);
const numberOf = new Map(weights.features.map((f, i) => [f, i]));
const taxonomy = compileTaxonomy(DEFAULT_TAXONOMY);
const groups = new Map(taxonomy.categories.map((c) => [c.group, c.id]));
/** The worker keeps this many of a post's features that weigh for some category (category-logits.ts). */
const KEPT_ROOM = 512;

/**
 * The logits from the trainer's walk: each named feature's weights as the worker holds them (in
 * single precision), summed in the order the walk names them. A word, stem or pair counts once a
 * post; a phrase group reaches the categories once and the kinds each time; a feature counts for
 * the categories only if some category weight of it is not 0.
 */
function trainerLogits(text: string) {
  const { tokens, sentiment, found, signals } = readPost(text, taxonomy);
  const cues = analyzeComplaint(tokens, signals, sentiment, taxonomy, found);
  const kinds = new Float64Array(K);
  const categories = new Float64Array(C);
  const counted = new Set<number>();
  let kept = 0;
  const take = (name: string, v: number, toCategories: boolean) => {
    const i = numberOf.get(name);
    if (i === undefined) return;
    for (let k = 0; k < K; k++)
      kinds[k] = (kinds[k] as number) + Math.fround((kindHundredths[i * K + k] as number) / 100) * v;
    if (!toCategories) return;
    let weighs = false;
    for (let c = 0; c < C; c++) if (categoryHundredths[i * C + c] !== 0) weighs = true;
    if (!weighs || kept === KEPT_ROOM) return;
    kept++;
    for (let c = 0; c < C; c++)
      categories[c] = (categories[c] as number) + Math.fround((categoryHundredths[i * C + c] as number) / 100) * v;
  };
  const once = (name: string | undefined) => {
    const i = name === undefined ? undefined : numberOf.get(name);
    if (i === undefined || counted.has(i)) return;
    counted.add(i);
    take(name as string, 1, true);
  };
  const logit = cueLogit(cues.probability);
  postFeatures(tokens, found, signals, sentiment, (g) => groups.has(g), logit, {
    word: (t) => once(featureWord(t) === undefined ? undefined : wordFeature(featureWord(t) as string)),
    stem: (t) => once(featureStem(t) === undefined ? undefined : stemFeature(featureStem(t) as string)),
    pair: (a, b) => {
      const x = featureWord(a);
      const y = featureWord(b);
      once(x === undefined || y === undefined ? undefined : pairFeature(x, y));
    },
    phrase: (p) => {
      const name = groupFeature(p.group);
      const i = numberOf.get(name);
      if (i === undefined) return;
      take(name, 1, !counted.has(i));
      counted.add(i);
    },
    signal: (name, v) => take(name, v, true),
  });
  return { kinds, categories, read: { tokens, found, signals, sentiment, logit } };
}

describe('the post model reads what the trainer reads', () => {
  it('gives the trainer walk’s logits on every post of the corpora', () => {
    const texts = [...readCorpus(), ...readEnglishCorpus(), ...readCarePosts()].map((p) => p.text);
    expect(texts.length).toBeGreaterThan(7000);
    // The shipped model (its arrays the module's constants) and one of the same weights with
    // arrays of its own, as a model of other weights has: the two paths of every sum.
    const models = [shippedPostModel(), new PostModel(weights)];
    const differ: string[] = [];
    for (const text of texts) {
      const want = trainerLogits(text);
      const { tokens, found, signals, sentiment, logit } = want.read;
      for (const model of models) {
        model.read(tokens, found, signals, sentiment, groups, logit);
        const kinds = [...model.kindLogits];
        const categories = [...model.categoryLogits()];
        if (kinds.some((z, k) => z !== want.kinds[k]) || categories.some((z, c) => z !== want.categories[c]))
          differ.push(text);
      }
    }
    expect(differ).toEqual([]);
  }, 120_000);

  it('lets the shipped model alone hold the module’s arrays', () => {
    expect(shippedPostModel()).toBe(shippedPostModel());
    expect(() => new PostModel(weights, true)).toThrow(/shipped/);
  });

  it('counts the trainer walk’s features on a post that holds each kind of them', () => {
    // A word, a stem ("ditanggung"), a pair ("mau tanya"), a category keyword, a care mention,
    // a link, an exclamation and a negative emoji: each path of the walk is taken.
    const text = '@BPJSKesehatanRI mau tanya, obat kosong lagi, tidak ditanggung! 😡 https://x.co/a';
    const want = trainerLogits(text);
    const { tokens, found, signals, sentiment, logit } = want.read;
    expect(found.length).toBeGreaterThan(0);
    const model = new PostModel(weights);
    model.read(tokens, found, signals, sentiment, groups, logit);
    expect([...model.kindLogits]).toEqual([...want.kinds]);
    expect([...model.categoryLogits()]).toEqual([...want.categories]);
    expect(want.kinds.some((z) => z !== 0)).toBe(true);
  });
});
