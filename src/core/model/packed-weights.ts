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

/** The weights in a typed array, from their packed form: a new one, or `into` (of their number). */
export function unpackWeights<A extends Float32Array | Float64Array>(
  Type: new (length: number) => A,
  packed: string,
  into?: A,
): A {
  return weightsOf(Type, base64Bytes(packed), into);
}

/** The platform's own base64 decoders, where it has one: no JS loop over the characters. */
const Bytes = Uint8Array as { fromBase64?: (s: string) => Uint8Array };
const NodeBuffer = (globalThis as { Buffer?: { from(s: string, encoding: 'base64'): Uint8Array } }).Buffer;

/**
 * The bytes of base64 text: by `Uint8Array.fromBase64` in the browsers that have it, by Buffer in
 * Node, else through `atob`. (Node's `atob` checks every character in JS before it decodes: a
 * tenth of a cold start there.)
 */
export function base64Bytes(packed: string): Uint8Array {
  if (Bytes.fromBase64) return Bytes.fromBase64(packed);
  if (NodeBuffer) return NodeBuffer.from(packed, 'base64');
  return bytesOfBinary(atob(packed));
}

/** A string of a byte a character (what `atob` gives) as bytes. */
export function bytesOfBinary(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Whether this machine stores a 16-bit integer's low byte first, as the packed form does. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The packed weights as their counts of hundredths, for a model that turns each into its weight
 * (n / 100) only when it first needs it (category-logits.ts): most are never read.
 */
export function unpackHundredths(packed: string): Int16Array {
  return hundredthsOf(base64Bytes(packed));
}

/** The bytes as little-endian 16-bit integers: a view where the machine and the bytes allow it, else a copy. */
export function hundredthsOf(bytes: Uint8Array): Int16Array {
  const n = bytes.length >> 1;
  if (LITTLE_ENDIAN && (bytes.byteOffset & 1) === 0) return new Int16Array(bytes.buffer, bytes.byteOffset, n);
  const out = new Int16Array(n);
  // Sign-extended from 16 bits.
  for (let i = 0, j = 0; i < n; i++, j += 2) out[i] = (((bytes[j] as number) | ((bytes[j + 1] as number) << 8)) << 16) >> 16;
  return out;
}

/** The weights from their packed bytes (each a little-endian 16-bit count of hundredths), in a new array or `into`. */
export function weightsOf<A extends Float32Array | Float64Array>(
  Type: new (length: number) => A,
  bytes: Uint8Array,
  into?: A,
): A {
  const hundredths = hundredthsOf(bytes);
  const a = into ?? new Type(hundredths.length);
  if (a.length !== hundredths.length) throw new Error(`${hundredths.length} weights for room of ${a.length}`);
  for (let i = 0; i < a.length; i++) a[i] = (hundredths[i] as number) / 100;
  return a;
}
