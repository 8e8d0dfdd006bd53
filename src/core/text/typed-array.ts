// Growing a typed array: the analysis keeps its tables in them (dense, outside the JS heap).

type Growable = Int32Array | Uint16Array | Uint8Array | Float64Array;

/** A copy of `a` with room for `length` elements, the new ones 0. */
export function grown<A extends Growable>(a: A, length: number): A {
  const b = new (a.constructor as new (n: number) => A)(length);
  b.set(a);
  return b;
}
