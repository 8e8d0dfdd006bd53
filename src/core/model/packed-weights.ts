// How a model's weights ship: every weight is rounded to hundredths when trained, so each is
// stored as its hundredths in a little-endian 16-bit integer, the lot base64 in the JSON. A third
// of the size of the numbers written out, and a worker starting cold decodes it in one pass
// instead of parsing half a million numbers (most of its start-up). w = n / 100 is the very
// double that parsing "0.37" gives (both are the nearest double to the decimal), so the analysis
// reads the same weights either way.

const LIMIT = 32_767;

/** Packs weights given to hundredths; throws on one that is not, or is out of a 16-bit range. */
export function packWeights(weights: readonly number[]): string {
  const bytes = new Uint8Array(weights.length * 2);
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    const n = Math.round(w * 100);
    if (Math.abs(n) > LIMIT || n / 100 !== w) throw new Error(`weight ${i} (${w}) is not in hundredths within ±327.67`);
    bytes[2 * i] = n & 0xff;
    bytes[2 * i + 1] = (n >> 8) & 0xff;
  }
  let binary = '';
  // In pieces: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The weights in a typed array, from their packed form. */
export function unpackWeights<A extends Float32Array | Float64Array>(Type: new (length: number) => A, packed: string): A {
  const binary = atob(packed);
  const a = new Type(binary.length >> 1);
  for (let i = 0, j = 0; i < a.length; i++, j += 2) {
    // Sign-extended from 16 bits.
    const n = ((binary.charCodeAt(j) | (binary.charCodeAt(j + 1) << 8)) << 16) >> 16;
    a[i] = n / 100;
  }
  return a;
}
