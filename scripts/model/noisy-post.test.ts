// The noisy copies the post models train beside the corpus: reproducible (the model file is
// rebuilt byte for byte), misspelling words the way real posts do while leaving handles, links
// and the meaning's carriers that are not words alone, and never letting a copy alone bring a
// feature into the model.
import { describe, expect, it } from 'vitest';
import { noiseSeed, noisyPost } from './noisy-post';
import { trainLogistic } from './train-logistic';

const POST =
  'Kemarin keluarga saya ditolak rumah sakit karena kamarnya penuh katanya, padahal BPJS aktif dan iuran lancar. ' +
  'Akhirnya disuruh bayar sebagai pasien umum, kecewa banget sama pelayanannya. @BPJSKesehatanRI tolong dicek';

describe('noisyPost', () => {
  it('gives the same copy for the same post and seed, another for another seed', () => {
    expect(noisyPost(POST, noiseSeed('c3-x-0001', 1))).toBe(noisyPost(POST, noiseSeed('c3-x-0001', 1)));
    const copies = new Set([1, 2, 3, 4, 5].map((c) => noisyPost(POST, noiseSeed('c3-x-0001', c))));
    expect(copies.size).toBeGreaterThan(1);
  });

  it('misspells some words and leaves most of them as written', () => {
    const words = POST.toLowerCase().split(/\s+/);
    const original = new Set(words.map((w) => w.replace(/[.,]$/, '')));
    let changed = 0;
    let kept = 0;
    for (let c = 1; c <= 20; c++) {
      for (const w of noisyPost(POST, noiseSeed('p', c), { wordRate: 0.3 }).toLowerCase().split(/\s+/)) {
        if (w.startsWith('@') || w.startsWith('http')) continue;
        if (original.has(w.replace(/[.,!?]$/, ''))) kept++;
        else changed++;
      }
    }
    expect(changed).toBeGreaterThan(0);
    expect(kept).toBeGreaterThan(changed);
  });

  it('writes no misspelling at a word rate of 0, and keeps the handle it was given', () => {
    for (let c = 1; c <= 20; c++) {
      const copy = noisyPost('ga bisa login dari kemarin @BPJSKesehatanRI', noiseSeed('q', c), { wordRate: 0 });
      expect(copy.toLowerCase()).toContain('ga bisa login dari kemarin @bpjskesehatanri');
    }
  });

  it('opens some copies with a thread handle and ends some in a link', () => {
    const copies = Array.from({ length: 200 }, (_, c) => noisyPost('antre lama banget di faskes', noiseSeed('r', c)));
    expect(copies.some((s) => s.startsWith('@'))).toBe(true);
    expect(copies.some((s) => s.includes('https://t.co/'))).toBe(true);
    expect(copies.some((s) => s === 'antre lama banget di faskes')).toBe(true);
  });
});

describe('trainLogistic with copies', () => {
  it("counts a copy's words once with its post's, though the copies train", () => {
    const doc = (words: string[], y: number, copyOf?: string[]) => ({
      features: new Map(words.map((w) => [`w:${w}`, 1])),
      y,
      copyOf: copyOf && new Map(copyOf.map((w) => [`w:${w}`, 1])),
    });
    const docs = [
      doc(['antre', 'lama', 'subuh'], 0),
      doc(['antre', 'lama'], 0),
      doc(['makasih', 'cepat'], 1),
      doc(['makasih', 'cepat'], 1),
      // Two copies of the first post: "subuh" is still one post's word; "lma" two copies' misspelling.
      doc(['antre', 'lma', 'subuh'], 0, ['antre', 'lama', 'subuh']),
      doc(['antre', 'lma', 'subuh'], 0, ['antre', 'lama', 'subuh']),
    ];
    const o = {
      classes: 2,
      link: 'softmax' as const,
      epochs: 5,
      learningRate: 0.1,
      seeds: [1],
      minCount: 2,
      l2: () => 0,
      prune: 0,
    };
    const w = trainLogistic(docs, o);
    expect(w.features).not.toContain('w:subuh');
    expect(w.features).toContain('w:lma');
    expect(w.features).toContain('w:antre');
    // The copies did train: "antre" weighs more for its class with them than without.
    const without = trainLogistic(docs.slice(0, 4), o);
    const at = (x: typeof w) => x.weights[x.features.indexOf('w:antre') * 2] as number;
    expect(at(w)).toBeGreaterThan(at(without));
  });

  it('keeps every word of the posts at a minimum of one, and a copy-only spelling only when two copies hold it', () => {
    const features = (words: string[]) => new Map(words.map((w) => [`w:${w}`, 1]));
    const post = features(['antre', 'subuh']);
    const docs = [
      { features: post, y: 0 },
      { features: features(['makasih']), y: 1 },
      { features: features(['antre', 'sbuh']), y: 0, copyOf: post },
      { features: features(['antr', 'subuh']), y: 0, copyOf: post },
      { features: features(['antr', 'subuh']), y: 0, copyOf: post },
    ];
    const o = {
      classes: 2,
      link: 'softmax' as const,
      epochs: 5,
      learningRate: 0.1,
      seeds: [1],
      minCount: 1,
      l2: () => 0,
      prune: 0,
    };
    const w = trainLogistic(docs, o);
    expect(w.features).toEqual(expect.arrayContaining(['w:antre', 'w:subuh', 'w:makasih', 'w:antr']));
    expect(w.features).not.toContain('w:sbuh');
  });
});
