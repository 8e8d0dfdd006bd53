import { describe, expect, it } from 'vitest';
import postWeights from './post-kind.json';
import { base64Bytes, bytesOfBinary, packWeights, unpackWeights, weightsOf } from './packed-weights';

describe('packed model weights', () => {
  it('give back the very numbers packed, sign and all, as parsing them written out would', () => {
    const weights = [0, 0.01, -0.01, 0.29, -0.76, 2.42, -3.82, 327.67, -327.67, 1.1, -0.07];
    const packed = packWeights(weights);
    expect([...unpackWeights(Float64Array, packed)]).toEqual(weights);
    expect([...unpackWeights(Float64Array, packed)]).toEqual(JSON.parse(JSON.stringify(weights)));
    expect([...unpackWeights(Float32Array, packed)]).toEqual([...Float32Array.from(weights)]);
  });

  it('decode base64 to the bytes atob gives, at every length of padding', () => {
    for (let n = 0; n <= 9; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 31) & 0xff);
      const packed = btoa(String.fromCharCode(...bytes));
      expect([...base64Bytes(packed)]).toEqual([...bytes]);
      expect([...bytesOfBinary(atob(packed))]).toEqual([...bytes]);
    }
  });

  it('read the weights alike from bytes that start at an odd place (a pooled Buffer)', () => {
    const weights = [0.01, -0.01, 327.67, -327.67, 2.42, -3.82, 0];
    const bytes = base64Bytes(packWeights(weights));
    const odd = new Uint8Array(bytes.length + 1).subarray(1);
    odd.set(bytes);
    expect([...weightsOf(Float64Array, odd)]).toEqual(weights);
    expect([...weightsOf(Float64Array, bytes)]).toEqual(weights);
  });

  it('write the weights into an array of their number, and refuse one of another', () => {
    const weights = [0.01, -3.82, 2.42];
    const into = new Float64Array(3);
    expect(unpackWeights(Float64Array, packWeights(weights), into)).toBe(into);
    expect([...into]).toEqual(weights);
    expect(() => unpackWeights(Float64Array, packWeights(weights), new Float64Array(4))).toThrow(/3 weights/);
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
