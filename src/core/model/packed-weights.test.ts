import { describe, expect, it } from 'vitest';
import postWeights from './post-kind.json';
import { packWeights, unpackWeights } from './packed-weights';

describe('packed model weights', () => {
  it('give back the very numbers packed, sign and all, as parsing them written out would', () => {
    const weights = [0, 0.01, -0.01, 0.29, -0.76, 2.42, -3.82, 327.67, -327.67, 1.1, -0.07];
    const packed = packWeights(weights);
    expect([...unpackWeights(Float64Array, packed)]).toEqual(weights);
    expect([...unpackWeights(Float64Array, packed)]).toEqual(JSON.parse(JSON.stringify(weights)));
    expect([...unpackWeights(Float32Array, packed)]).toEqual([...Float32Array.from(weights)]);
  });

  it('refuse a weight not in hundredths or out of range, rather than change it', () => {
    expect(() => packWeights([0.125])).toThrow(/weight 0/);
    expect(() => packWeights([0.5, 400])).toThrow(/weight 1/);
  });

  it('hold the shipped post model: six kind weights for each feature', () => {
    const kind = unpackWeights(Float32Array, postWeights.kind);
    expect(kind.length).toBe(postWeights.features.length * postWeights.kinds.length);
    expect(kind.some((w) => w !== 0)).toBe(true);
  });
});
