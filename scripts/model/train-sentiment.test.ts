// The worker scores a post from the weights it kept per token; the trainer names every feature
// of the post (featurize, through sentimentFeatures). This test holds them to the same sum, so a
// change to the features that only one side picks up fails here (sentiment-walk.test.ts compares
// the worker's own walk with sentimentFeatures on every corpus post).
import { describe, expect, it } from 'vitest';
import { unpackWeights } from '../../src/core/model/packed-weights';
import sentimentWeights from '../../src/core/model/sentiment-id.json';
import { polarity } from '../../src/core/sentiment/polarity';
import { INDONESIAN, makeSentimentModel } from '../../src/core/sentiment/sentiment';
import { featureName, RULE } from '../../src/core/sentiment/sentiment-features';
import { readTokens } from '../../src/core/text/normalize';
import type { Token } from '../../src/core/text/token';
import { featurize } from './train-sentiment';

const POSTS = [
  'pelayanannya bagus banget, petugasnya ramah dan cepat',
  'gak bisa login dari kemarin, aplikasinya error terus',
  'antrian di rs panjang bgt, nunggu 5 jam belum dipanggil!!',
  'tidak jelek sih tapi lambat banget prosesnya',
  'kenapa klaim saya ditolak? padahal berkas sudah lengkap',
  '@BPJSKesehatanRI tolong min, kartu saya tidak aktif #kecewa',
  'makasih bpjs, operasi ibu saya gratis 🙏😊',
  'bukan tidak mau bayar, tapi mahal dan ribet https://t.co/abc',
  'mantap mantul pelayanannya, semoga makin baik ya',
  'obatnya kosong lagi, disuruh beli sendiri. kecewa!',
  'bagaimana cara pindah faskes lewat mobile jkn?',
  'udah bayar iuran tiap bulan tapi pas sakit malah dipersulit :(',
  'jangan dipersulit dong, kasihan pasiennya',
  'biasa aja sih, nggak buruk nggak bagus',
  'cepatlah diproses, sudah seminggu menunggu',
];

const model = makeSentimentModel(sentimentWeights);
/** The word folding the analysis tokenizes with (analyze.ts's knowsWord is this model's). */
const knowsWord = model.knows;
const offsetOf = new Map(sentimentWeights.features.map((f, i) => [f, i * 3]));
const weights = unpackWeights(Float64Array, sentimentWeights.weights);

/** The trainer's view: the sum of the weights of the post's named features, then softmax. */
function fromNamedFeatures(tokens: readonly Token[]): { score: number; best: number } {
  const logits = [0, 0, 0];
  for (const [name, count] of featurize(tokens, polarity(tokens, INDONESIAN))) {
    const at = offsetOf.get(name);
    if (at === undefined) continue;
    for (let c = 0; c < 3; c++) logits[c] = (logits[c] as number) + (weights[at + c] as number) * count;
  }
  const max = Math.max(...logits);
  const e = logits.map((v) => Math.exp(v - max));
  const z = e.reduce((s, v) => s + v, 0);
  const p = e.map((v) => v / z) as [number, number, number];
  return { score: p[2] - p[0], best: p.indexOf(Math.max(...p)) };
}

describe('the worker and the trainer read the same sentiment features', () => {
  it('scores each post as the sum of the weights of its named features', () => {
    for (const post of POSTS) {
      const tokens = readTokens(post, knowsWord);
      const expected = fromNamedFeatures(tokens);
      const got = model.indonesian(tokens);
      expect(got.label, post).toBe(['negative', 'neutral', 'positive'][expected.best]);
      expect(Math.abs(got.score - expected.score), post).toBeLessThanOrEqual(0.0005 + 1e-9);
    }
  });

  it('uses negated words, particle bases, word pairs and the rules on these posts', () => {
    const names = new Set(
      POSTS.flatMap((p) => [...featurize(readTokens(p, knowsWord), { pos: 0, neg: 0, drivers: [] }).keys()]),
    );
    const known = [...names].filter((n) => offsetOf.has(n));
    expect(known.some((n) => n.startsWith(featureName.word('', true)))).toBe(true);
    expect(known.some((n) => n.includes(' '))).toBe(true);
    expect(names.has('pelayanan')).toBe(true);
    for (const rule of [RULE.question, RULE.exclamation, RULE.contrast]) expect(names.has(rule), rule).toBe(true);
  });
});
