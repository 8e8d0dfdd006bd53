// The shipped models' arrays are their modules' own `const` typed arrays, never replaced (see
// post-model.ts): V8's optimizing compiler folds such a binding into the code that reads it, and
// reads a typed array it knows at an address and against a length written into that code. Not so
// for one of 64 bytes or less made by its length (`new Float64Array(6)`): V8 keeps its elements
// inside the JS heap, where the collector may move them, so the code loads their address and the
// length again at every element (callgrind: the six kind sums read and written so). Made over an
// ArrayBuffer of its own, an array's elements are outside the heap whatever its size.

type Resident = Float64Array | Float32Array | Int32Array | Uint8Array;

/** A typed array of `length` zeros whose elements live outside the JS heap (see above). */
export function residentArray<A extends Resident>(
  Type: { new (buffer: ArrayBuffer): A; readonly BYTES_PER_ELEMENT: number },
  length: number,
): A {
  return new Type(new ArrayBuffer(length * Type.BYTES_PER_ELEMENT));
}
