// Two-word entries (the sentiment model's word pairs, the polarity list's phrases) found by the
// numbers of their two words rather than by a joined string: a token keeps its word's numbers
// in its row (see TokenRows), so trying a pair of tokens builds nothing.

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
  private readonly firsts = new Map<string, number>();
  private readonly seconds = new Map<string, number>();
  /** Key, value, key, value…; EMPTY as the key of a free slot. */
  private readonly slots: Int32Array;
  /** How many second words there are, kept as a number: a key is made at every probe. */
  private readonly secondCount: number;
  /** 32 minus the number of bits of a slot number. */
  private readonly shift: number;
  /**
   * One bit per hash value (eight per slot), set for each pair's: most word pairs of a post are
   * in no model, and this answers them from a table an eighth the size of the slots, which stays
   * in cache where the slots (half a megabyte for the sentiment model) do not.
   */
  private readonly filter: Int32Array;
  private readonly filterShift: number;

  constructor(pairs: readonly WordPair[]) {
    // Index loops over typed arrays, not tuples mapped and destructured: this runs once, in the
    // interpreter, over up to 12,000 pairs a model.
    const n = pairs.length;
    const firstNumbers = new Int32Array(n);
    const secondNumbers = new Int32Array(n);
    const { firsts, seconds } = this;
    for (let p = 0; p < n; p++) {
      const pair = pairs[p] as WordPair;
      firstNumbers[p] = numberIn(firsts, pair[0]);
      secondNumbers[p] = numberIn(seconds, pair[1]);
    }
    if (this.firsts.size * this.seconds.size > 0x7fffffff) throw new Error('too many words for 32-bit pair keys');
    this.secondCount = this.seconds.size;
    let bits = 1;
    while (1 << bits < n * 3) bits++;
    this.shift = 32 - bits;
    this.slots = new Int32Array(2 << bits).fill(EMPTY);
    this.filterShift = 32 - (bits + FILTER_BITS_A_SLOT);
    this.filter = new Int32Array(Math.max(1, (1 << (bits + FILTER_BITS_A_SLOT)) >>> 5));
    for (let p = 0; p < n; p++) {
      const key = this.key(firstNumbers[p] as number, secondNumbers[p] as number);
      const bit = this.filterBit(key);
      this.filter[bit >>> 5] = (this.filter[bit >>> 5] as number) | (1 << (bit & 31));
      let slot = this.home(key);
      while (this.slots[2 * slot] !== EMPTY) slot = this.next(slot);
      this.slots[2 * slot] = key;
      this.slots[2 * slot + 1] = (pairs[p] as WordPair)[2];
    }
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
    return (slot + 1) & ((this.slots.length >> 1) - 1);
  }
}

const EMPTY = -1;
/** log2 of the filter's bits per slot: 8, so about one absent pair in 24 reaches the slots. */
const FILTER_BITS_A_SLOT = 3;

/** The word's number in `numbers`, given it the first time. */
function numberIn(numbers: Map<string, number>, word: string): number {
  let n = numbers.get(word);
  if (n === undefined) {
    n = numbers.size;
    numbers.set(word, n);
  }
  return n;
}
