// Typed arrays, which the analysis keeps its tables in (dense, outside the JS heap): growing one,
// and making one from a list of numbers.

type Growable = Int32Array | Uint16Array | Uint8Array | Float64Array;

/** A copy of `a` with room for `length` elements, the new ones 0. */
export function grown<A extends Growable>(a: A, length: number): A {
  const b = new (a.constructor as new (n: number) => A)(length);
  b.set(a);
  return b;
}

/**
 * A typed array holding a list of numbers (a model's weights as JSON gives them). Made empty and
 * then `set` from the list: that copies in one native pass, where the constructor or `from`
 * given the list walk it element by element (tens of times slower on the post model's 300,000
 * weights, a good part of the worker's start-up). The numbers are the same.
 */
export function typedFrom<A extends Float32Array | Float64Array>(
  Type: new (length: number) => A,
  list: readonly number[],
): A {
  const a = new Type(list.length);
  a.set(list);
  return a;
}
