// Two-word entries (the sentiment model's word pairs, the polarity list's phrases) found by the
// numbers of their two words rather than by a joined string: a token keeps its word's numbers
// in its row (see TokenRows), so trying a pair of tokens builds nothing.
import { residentArray } from '../model/resident-array';
import { grown } from './typed-array';

/** A pair of words and the whole number (≥ 0) it stands for: an offset, an index. */
export type WordPair = readonly [first: string, second: string, value: number];

/**
 * The pairs in one table with open addressing in an Int32Array, each slot a pair's key and its
 * value side by side: a probe reads one cache line, and at most a third of the slots are
 * taken, so most probes end at the first. (A Map per first word, or sorted runs per first word
 * searched by halves, cost more.)
 */
export class WordPairs {
  /** A word's number among the first words, and among the second words. */
  private readonly firsts: ReadonlyMap<string, number>;
  private readonly seconds: ReadonlyMap<string, number>;
  /** Key, value, key, value…; EMPTY as the key of a free slot. (Read by walks that probe it themselves: pairValueIn.) */
  readonly slots: Int32Array;
  /** How many second words there are, kept as a number: a key is made at every probe. */
  readonly secondCount: number;
  /** 32 minus the number of bits of a slot number. */
  readonly shift: number;
  /** The slot numbers' mask (`slots` may be longer than the table: see the constructor's `into`). */
  readonly slotMask: number;
  /**
   * One bit per hash value (eight per slot), set for each pair's: most word pairs of a post are
   * in no model, and this answers them from a table an eighth the size of the slots, which stays
   * in cache where the slots (half a megabyte for the sentiment model) do not.
   */
  readonly filter: Int32Array;
  readonly filterShift: number;

  /**
   * The pairs given, or gathered one by one in a WordPairsBuilder (a model's thousands). `into`:
   * the slots and the filter to fill, at least as long as pairTableLengths gives for that many
   * pairs (a shipped model's, its module's own constants, sized for as many pairs as it has
   * features: see pairValueIn); the table takes their first part. Otherwise they are made.
   */
  constructor(pairs: readonly WordPair[] | WordPairsBuilder, into?: { slots: Int32Array; filter: Int32Array }) {
    let gathered: WordPairsBuilder;
    if (pairs instanceof WordPairsBuilder) gathered = pairs;
    else {
      gathered = new WordPairsBuilder(pairs.length);
      for (let p = 0; p < pairs.length; p++) {
        const pair = pairs[p] as WordPair;
        gathered.add(pair[0], pair[1], pair[2]);
      }
    }
    const { firsts, seconds, count: n, triples } = gathered;
    this.firsts = firsts;
    this.seconds = seconds;
    if (firsts.size * seconds.size > 0x7fffffff) throw new Error('too many words for 32-bit pair keys');
    const secondCount = seconds.size;
    this.secondCount = secondCount;
    const bits = slotBits(n);
    const shift = 32 - bits;
    const filterShift = 32 - (bits + FILTER_BITS_A_SLOT);
    const lengths = pairTableLengths(n);
    if (into && (into.slots.length < lengths.slots || into.filter.length < lengths.filter))
      throw new Error('the arrays given are too short for the pairs');
    // Only the first part of arrays given is cleared, and ever read: the rest stays untouched
    // (zero pages the system never has to give).
    const slots = into ? into.slots.fill(EMPTY, 0, lengths.slots) : new Int32Array(lengths.slots).fill(EMPTY);
    const filter = into ? into.filter.fill(0, 0, lengths.filter) : new Int32Array(lengths.filter);
    this.slotMask = (lengths.slots >> 1) - 1;
    const mask = (1 << bits) - 1;
    // One loop over locals, the hashing of key, home and filterBit written out: this runs once,
    // in the interpreter, where a method call or a field read a pair cost several times the work.
    for (let p = 0; p < 3 * n; p += 3) {
      const key = (triples[p] as number) * secondCount + (triples[p + 1] as number);
      const h = Math.imul(key, 0x9e3779b1);
      const bit = h >>> filterShift;
      filter[bit >>> 5] = (filter[bit >>> 5] as number) | (1 << (bit & 31));
      let slot = h >>> shift;
      while (slots[2 * slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[2 * slot] = key;
      slots[2 * slot + 1] = triples[p + 2] as number;
    }
    this.shift = shift;
    this.filterShift = filterShift;
    this.slots = slots;
    this.filter = filter;
  }

  /** The word's number among the first words of the pairs; -1 if it starts none. */
  firstNumber(word: string): number {
    return this.firsts.get(word) ?? -1;
  }

  /** The word's number among the second words of the pairs; -1 if it ends none. */
  secondNumber(word: string): number {
    return this.seconds.get(word) ?? -1;
  }

  /** The value of the pair of the words numbered `first` and `second`; -1 if there is none. */
  value(first: number, second: number): number {
    // pairValueIn's probe written out on the fields: called from there, the walks that ask this
    // (polarity, the post model's) grew by about a hundred instructions a post each (callgrind).
    if (first < 0 || second < 0) return -1;
    const key = this.key(first, second);
    const bit = this.filterBit(key);
    if (((this.filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return -1;
    for (let slot = this.home(key); ; slot = this.next(slot)) {
      const k = this.slots[2 * slot];
      if (k === key) return this.slots[2 * slot + 1] as number;
      if (k === EMPTY) return -1;
    }
  }

  private key(first: number, second: number): number {
    return first * this.secondCount + second;
  }

  /** The key's first slot: Fibonacci hashing spreads keys that are numbered in order. */
  private home(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** The key's bit in `filter`: the same hash as `home`, read to more bits. */
  private filterBit(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.filterShift;
  }

  private next(slot: number): number {
    return (slot + 1) & this.slotMask;
  }
}

const EMPTY = -1;
/** log2 of the filter's bits per slot: 8, so about one absent pair in 24 reaches the slots. */
const FILTER_BITS_A_SLOT = 3;

/** The bits of a slot number for `count` pairs: at most a third of the slots taken. */
function slotBits(count: number): number {
  let bits = 1;
  while (1 << bits < count * 3) bits++;
  return bits;
}

/** The lengths of the slots and the filter of a table of `count` pairs, or of up to `count` (see WordPairs' `into`). */
export function pairTableLengths(count: number): { slots: number; filter: number } {
  const bits = slotBits(count);
  return { slots: 2 << bits, filter: Math.max(1, (1 << (bits + FILTER_BITS_A_SLOT)) >>> 5) };
}

/**
 * The slots and filter a shipped model's table of up to `count` pairs fills (WordPairs' `into`),
 * over buffers of their own (residentArray), sized for as many pairs as the model has features: a
 * table of fewer fills their first part (counting the pairs at load cost 2-5 ms in a fresh process;
 * the pages past the part used are never touched). The model's module keeps both as its own
 * constants, for its walk's probes (pairValueIn).
 */
export function residentPairTable(count: number): { slots: Int32Array; filter: Int32Array } {
  const lengths = pairTableLengths(count);
  return { slots: residentArray(Int32Array, lengths.slots), filter: residentArray(Int32Array, lengths.filter) };
}

/**
 * The value of the pair keyed `key` (its first word's number times the table's secondCount, plus
 * its second word's) in a table's slots and filter, with its shift, filterShift and slotMask;
 * -1 if none.
 * WordPairs.value's probe, for a walk over a shipped model's pairs with its module's own constants
 * (sentiment.ts), which the compiler, inlining this, folds into the walk as it folds the weights:
 * the arrays read through the table's fields are checked and their address and length loaded at
 * every probe (callgrind).
 */
export const pairValueIn = (
  slots: Int32Array,
  filter: Int32Array,
  key: number,
  shift: number,
  filterShift: number,
  mask: number,
): number => {
  const h = Math.imul(key, 0x9e3779b1);
  const bit = h >>> filterShift;
  if (((filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return -1;
  for (let slot = h >>> shift; ; slot = (slot + 1) & mask) {
    const k = slots[2 * slot];
    if (k === key) return slots[2 * slot + 1] as number;
    if (k === EMPTY) return -1;
  }
};

/**
 * A model's pairs gathered one by one as its feature names are read (no tuple a pair, which a
 * model's thousands cost at start-up), then made into WordPairs. Each word is numbered at its
 * first sight, among the first words or the second words.
 */
export class WordPairsBuilder {
  readonly firsts = new Map<string, number>();
  readonly seconds = new Map<string, number>();
  /** Each pair's first word's number, second word's number and value. */
  triples: Int32Array;
  count = 0;

  /** `expected`: how many pairs may come, at most (the room grows past it, at the cost of a copy). */
  constructor(expected = 16) {
    this.triples = new Int32Array(3 * Math.max(16, expected));
  }

  add(first: string, second: string, value: number): void {
    const { firsts, seconds } = this;
    let a = firsts.get(first);
    if (a === undefined) {
      a = firsts.size;
      firsts.set(first, a);
    }
    let b = seconds.get(second);
    if (b === undefined) {
      b = seconds.size;
      seconds.set(second, b);
    }
    const at = 3 * this.count;
    if (at + 3 > this.triples.length) this.triples = grown(this.triples, 2 * this.triples.length);
    const { triples } = this;
    triples[at] = a;
    triples[at + 1] = b;
    triples[at + 2] = value;
    this.count++;
  }
}
