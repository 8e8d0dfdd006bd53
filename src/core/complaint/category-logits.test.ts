import { describe, expect, it } from 'vitest';
import { packWeights, unpackHundredths, unpackWeights } from '../model/packed-weights';
import { CategoryLogits } from './category-logits';

// Three features, two categories: feature 1 weighs for neither.
const weights = [0.37, -1.2, 0, 0, 0.01, 2.42];
const model = (categoryFloor = 0.5, firstFloor = 0.3, onFirstPost?: (feature: number) => void) =>
  new CategoryLogits(
    {
      categories: ['antrean', 'biaya'],
      category: packWeights(weights),
      categoryScale: 1,
      categoryShift: 0,
      categoryFloor,
      firstFloor,
    },
    onFirstPost,
  );
/** Each category's keyword group, as a taxonomy names it. */
const groups = new Map([
  ['category:antrean', 'antrean'],
  ['category:biaya', 'biaya'],
]);

describe('category logits', () => {
  it("make a feature's weights at its first post, the very numbers unpacked at once would be", () => {
    const logits = model();
    expect([...logits.catW]).toEqual([0, 0, 0, 0, 0, 0]);
    logits.keep(2, 1);
    expect([...logits.catW]).toEqual([0, 0, 0, 0, ...unpackWeights(Float32Array, packWeights(weights)).slice(4)]);
    logits.keep(0, 1);
    logits.keep(1, 1);
    expect([...logits.catW]).toEqual([...unpackWeights(Float32Array, packWeights(weights))]);
  });

  it('sum only the features that weigh, and assert the categories above their floor', () => {
    const logits = model();
    logits.keep(0, 1);
    logits.keep(1, 1);
    logits.keep(2, 1);
    // antrean: 0.37 + 0.01 → σ(0.38) ≈ 0.594; biaya: -1.2 + 2.42 → σ(1.22) ≈ 0.772.
    expect(logits.categories([], groups, true).map((c) => c.id)).toEqual(['biaya', 'antrean']);
  });

  it('hold the likeliest to a first floor above the floor, and only when asked to', () => {
    // antrean σ(0.38) ≈ 0.594 and biaya σ(1.22) ≈ 0.772, both above the floor; the likeliest
    // (biaya) is below a first floor of 0.9.
    const logits = model(0.5, 0.9);
    for (const i of [0, 1, 2]) logits.keep(i, 1);
    expect(logits.categoryIds([], groups, true)).toEqual(['antrean']);
    expect(logits.categoryIds([], groups, false)).toEqual(['biaya', 'antrean']);
    expect(logits.categories([], groups, false).map((c) => c.probability)).toEqual([0.772, 0.594]);
  });

  it('tell of each feature once, at its first post', () => {
    const seen: number[] = [];
    const logits = model(0.5, 0.3, (i) => seen.push(i));
    for (const i of [2, 0, 2, 1, 0]) logits.keep(i, 1);
    logits.reset();
    logits.keep(2, 1);
    expect(seen).toEqual([2, 0, 1]);
  });

  it('give a lone category’s probability when asked, though the ids alone need none', () => {
    // biaya alone: σ(2.42) ≈ 0.918 (antrean σ(0.01) ≈ 0.502 is below a floor of 0.6). Its
    // probability is not worked out for the ids, and is for `categories`, asked after them.
    const logits = model(0.6, 0.3);
    logits.keep(2, 1);
    expect(logits.categoryIds([], groups, true)).toEqual(['biaya']);
    expect(logits.categories([], groups, true)).toEqual([{ id: 'biaya', probability: 0.918 }]);
  });

  it('read packed hundredths as whole numbers, sign and all', () => {
    expect([...unpackHundredths(packWeights([0.01, -0.01, 327.67, -327.67]))]).toEqual([1, -1, 32767, -32767]);
  });
});
