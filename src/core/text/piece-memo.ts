// Per-piece work done once: words repeat across posts ("yang", "bpjs", "gak"), so what a piece
// of text as written reads as is kept by its characters.
import { grown } from './typed-array';

/**
 * How many pieces are kept before all are forgotten: keeps memory flat over a long day of posts.
 */
export const PIECE_LIMIT = 50_000;
/** How many characters of piece text are kept before all are forgotten (the same reason). */
export const PIECE_TEXT_LIMIT = 1 << 19;

const FIRST_SLOTS = 1 << 10;
// Entries sit in the hash table's slots themselves, four numbers each (16 bytes) in one
// Int32Array, so that finding a piece reads one cache line (a slot that pointed to an entry
// elsewhere cost a second).
/** The piece's length, with SHORT set when the piece is its own key (see below); 0 in a free slot. */
const SHAPE = 0;
/** A short piece's first four characters; a long piece's place in the kept characters (`long`). */
const KEY_LOW = 1;
/** A short piece's last four characters; a long piece's hash. */
const KEY_HIGH = 2;
/** The place of the piece's first item in the items list, shifted past their count (a byte). */
const ITEMS = 3;
/**
 * Four numbers a slot, so the look-ups find a slot's place as `s << 2` and a number in it as
 * `at | field`: bit operations, which the compiler emits without the overflow check it adds to
 * `s * 4` and `at + field` (callgrind).
 */
const STRIDE = 4;

/**
 * A piece of up to 8 characters, each below 256 (most words) is its own key: its characters
 * packed a byte each into two numbers. It is found without comparing characters one by one, and
 * its text is not kept.
 */
const SHORT = 1 << 30;
export const SHORT_LENGTH = 8;

/** A piece that reads as more items than a byte counts is not kept (no word comes near). */
const MAX_ITEMS_A_PIECE = 0xff;
/** All is forgotten before the items' places outgrow what ITEMS holds. */
const ITEMS_LIMIT = 1 << 22;

/** One step of FNV-1a over a number (of a long piece: two UTF-16 code units). */
const step = (h: number, unit: number) => Math.imul(h ^ unit, 0x01000193);
const SEED = 0x811c9dc5 | 0;

/** Spreads every bit of a number over all of them (murmur3's finaliser): slots use the low bits, the check the high ones. */
const finish = (h: number) => {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
};

/**
 * A long piece's characters are kept and compared two UTF-16 code units to a number (the first
 * in the low half), four to a pair of numbers, the last four padded with 0: the tokenizer reads
 * a word's characters four at a time, packed a byte each, and turns each four into two such
 * numbers (lowPair, highPair), so that it hands findLong a long word's characters in the form
 * they are kept in, hashed and compared a number, not a character, at a time.
 */
const numbersOf = (length: number) => ((length + 3) >>> 2) << 1;

/** The longest piece findLong is asked for (longer ones are found by find). */
export const LONG_KEY_LENGTH = 256;
/**
 * The piece findLong looks for, as numbers: one for every memory, filled by keyQuad just before.
 * This module's own constant, so that findLong, and keyQuad inlined in the tokenizer, read and
 * write it at a compare and a load a number, where an array passed in is checked, and its
 * address and length loaded, at each (callgrind).
 */
const longKey = new Int32Array(LONG_KEY_LENGTH / 2);

/**
 * Puts four characters below 256, packed a byte each (the first lowest), as the k-th and k+1-th
 * numbers of the piece findLong is to look for (see numbersOf).
 */
export const keyQuad = (k: number, quad: number) => {
  longKey[k] = (quad & 0xff) | ((quad & 0xff00) << 8);
  longKey[k + 1] = ((quad >>> 16) & 0xff) | ((quad >>> 8) & 0xff0000);
};

/** The two code units of t from i as one of a long key's numbers; 0 past `end`. */
const numberAt = (t: string, i: number, end: number) =>
  (i < end ? t.charCodeAt(i) : 0) | (i + 1 < end ? t.charCodeAt(i + 1) << 16 : 0);

/**
 * A short piece's hash, made from its key, so that the slots can be rebuilt from the entries
 * alone: two multiplies and a shift that brings the high bits down to the low ones the slots
 * use, about half the instructions of `finish`, on every word of every post.
 */
const shortHash = (shape: number, low: number, high: number) => {
  const x = Math.imul(low ^ Math.imul(high ^ shape, 0x9e3779b1), 0x85ebca6b);
  return x ^ (x >>> 15);
};

/**
 * Pieces of a text (a word as written, a hashtag, an emoji) and the items each reads as, found
 * by the piece's characters in place: a piece seen before costs a pass over its characters and
 * a probe or two, without slicing it out of the text as a new string. A hand-made hash table
 * rather than a Map keyed by strings: a Map look-up hashes a new string, then visits a bucket,
 * an entry and the key string, each somewhere else in memory; here a slot is the entry, and a
 * piece is told from another by the numbers in it. A match is always confirmed by the whole
 * key: the packed characters of a short piece, the kept characters of a long one.
 */
export class PieceMemo<T> {
  /** Open addressing with linear probing; never more than half full. A free slot's SHAPE is 0. */
  private slots = new Int32Array(FIRST_SLOTS * STRIDE);
  private slotMask = FIRST_SLOTS - 1;
  /** The long pieces' characters, one after another, two to a number (see numbersOf). */
  private long = new Int32Array(FIRST_SLOTS * 4);
  /** How many characters `long` holds, each piece's counted to a multiple of four. */
  private textLength = 0;
  private size = 0;
  /** The last piece read: its shape and its key (a long one's place in the text comes when kept). */
  private shape = 0;
  private keyLow = 0;
  private keyHigh = 0;
  /** Every entry's items, one after another. */
  private readonly items: T[] = [];

  /** How many pieces are kept. */
  get pieces(): number {
    return this.size;
  }

  /**
   * The entry of the piece t[start, end) (where its items are: what appendTo takes), or -1 if it
   * is not kept.
   */
  find(t: string, start: number, end: number): number {
    const h = this.read(t, start, end);
    const { slots, slotMask, shape, keyLow, keyHigh } = this;
    for (let s = h & slotMask; ; s = (s + 1) & slotMask) {
      const at = s << 2;
      const slotShape = slots[at | SHAPE] as number;
      if (slotShape === 0) return -1;
      if (slotShape !== shape || slots[at | KEY_HIGH] !== keyHigh) continue;
      const low = slots[at | KEY_LOW] as number;
      if (shape & SHORT ? low === keyLow : this.keeps(t, start, end, low)) return slots[at | ITEMS] as number;
    }
  }

  /**
   * find for a piece of up to 8 characters, each below 256 (an ASCII word), given as its key:
   * its first four characters in `low`, a byte each from the lowest, the others in `high`. The
   * scanner packs them as it reads the word, so its characters are not read a second time.
   */
  findShort(length: number, low: number, high: number): number {
    const shape = length | SHORT;
    const { slots, slotMask } = this;
    for (let s = shortHash(shape, low, high) & slotMask; ; s = (s + 1) & slotMask) {
      const at = s << 2;
      const slotShape = slots[at | SHAPE] as number;
      if (slotShape === 0) return -1;
      if (slotShape === shape && slots[at | KEY_HIGH] === high && slots[at | KEY_LOW] === low)
        return slots[at | ITEMS] as number;
    }
  }

  /**
   * find for a piece of SHORT_LENGTH to LONG_KEY_LENGTH characters, given by keyQuad as the
   * numbers it is kept as (see numbersOf: the tokenizer makes them from a long ASCII word's
   * bytes): its hash and its comparison read a number for two characters, not the string by
   * charCodeAt. The same hash as find's, so an entry kept by add is found by either.
   */
  findLong(length: number): number {
    const key = longKey;
    const numbers = numbersOf(length);
    // Two numbers a step (a long piece's numbers come in pairs, see numbersOf): half the loop's
    // tests and jumps, the same hash.
    let h = SEED;
    for (let k = 0; k < numbers; k += 2) h = step(step(h, key[k] as number), key[k | 1] as number);
    h = finish(h);
    const { slots, slotMask, long } = this;
    for (let s = h & slotMask; ; s = (s + 1) & slotMask) {
      const at = s << 2;
      const slotShape = slots[at | SHAPE] as number;
      if (slotShape === 0) return -1;
      if (slotShape !== length || slots[at | KEY_HIGH] !== h) continue;
      const from = slots[at | KEY_LOW] as number;
      let k = 0;
      while (k < numbers && long[from + k] === key[k] && long[from + k + 1] === key[k | 1]) k += 2;
      if (k === numbers) return slots[at | ITEMS] as number;
    }
  }

  /**
   * Keeps the piece t[start, end) (not kept yet: find said -1) with its items. Forgets every
   * piece first when full; a piece too long to keep, or read as too many items, is not kept.
   */
  add(t: string, start: number, end: number, items: readonly T[]): void {
    const h = this.read(t, start, end);
    const textLength = this.shape & SHORT ? 0 : numbersOf(end - start) << 1;
    if (textLength > PIECE_TEXT_LIMIT || items.length > MAX_ITEMS_A_PIECE) return;
    const full = this.size >= PIECE_LIMIT || this.items.length + items.length > ITEMS_LIMIT;
    if (full || this.textLength + textLength > PIECE_TEXT_LIMIT) this.clear();
    if (this.size * 2 >= this.slotMask + 1) this.growSlots();
    if (textLength > 0) this.keyLow = this.keepLong(t, start, end);
    this.size++;
    this.place(this.shape, this.keyLow, this.keyHigh, (this.items.length << 8) | items.length, h);
    for (const item of items) this.items.push(item);
  }

  /**
   * Appends entry e's items to out. An entry is where its items are (their first's place in
   * `items`, shifted past their count), so that appending reads no slot again.
   */
  appendTo(out: T[], e: number): void {
    const { items } = this;
    const first = e >>> 8;
    const count = e & 0xff;
    // Most pieces read as one item: pushed without a loop.
    if (count === 1) out.push(items[first] as T);
    else for (let i = first; i < first + count; i++) out.push(items[i] as T);
  }

  /** Forgets every piece. */
  clear(): void {
    this.slots.fill(0);
    this.size = 0;
    this.textLength = 0;
    this.items.length = 0;
  }

  /**
   * Reads the piece t[start, end): its shape and key go to the fields above (a long piece's
   * hash as its high half); returns its hash.
   */
  private read(t: string, start: number, end: number): number {
    const length = end - start;
    if (length <= SHORT_LENGTH) {
      // The first four characters into `low`, the rest into `high`: two loops, no test of which
      // half a character goes to. `wide` gathers every character's bits: one above 0xff makes
      // the piece long.
      let low = 0;
      let high = 0;
      let wide = 0;
      const middle = Math.min(end, start + 4);
      for (let i = start, shift = 0; i < middle; i++, shift += 8) {
        const c = t.charCodeAt(i);
        wide |= c;
        low |= c << shift;
      }
      for (let i = middle, shift = 0; i < end; i++, shift += 8) {
        const c = t.charCodeAt(i);
        wide |= c;
        high |= c << shift;
      }
      if (wide <= 0xff) {
        this.shape = length | SHORT;
        this.keyLow = low;
        this.keyHigh = high;
        return shortHash(this.shape, low, high);
      }
    }
    let h = SEED;
    for (let i = start, k = numbersOf(length); k > 0; i += 2, k--) h = step(h, numberAt(t, i, end));
    h = finish(h);
    this.shape = length;
    this.keyLow = 0;
    this.keyHigh = h;
    return h;
  }

  /** True if the kept characters from `from` (a place in `long`) are t[start, end). */
  private keeps(t: string, start: number, end: number, from: number): boolean {
    const { long } = this;
    for (let i = start, k = from, last = from + numbersOf(end - start); k < last; i += 2, k++)
      if (long[k] !== numberAt(t, i, end)) return false;
    return true;
  }

  /** Copies t[start, end) to the kept characters; returns where it starts there (a place in `long`). */
  private keepLong(t: string, start: number, end: number): number {
    const from = this.textLength >>> 1;
    const numbers = numbersOf(end - start);
    const needed = from + numbers;
    if (needed > this.long.length)
      this.long = grown(this.long, Math.min(PIECE_TEXT_LIMIT >>> 1, Math.max(this.long.length * 2, needed)));
    const { long } = this;
    for (let i = start, k = from; k < needed; i += 2, k++) long[k] = numberAt(t, i, end);
    this.textLength += numbers << 1;
    return from;
  }

  /** Puts an entry, of hash h, in the first free slot from h. */
  private place(shape: number, low: number, high: number, items: number, h: number): void {
    const { slots, slotMask } = this;
    let s = h & slotMask;
    while (slots[s * STRIDE + SHAPE] !== 0) s = (s + 1) & slotMask;
    const at = s * STRIDE;
    slots[at + SHAPE] = shape;
    slots[at + KEY_LOW] = low;
    slots[at + KEY_HIGH] = high;
    slots[at + ITEMS] = items;
  }

  /** Twice the slots, every entry placed again (its hash comes from its key). */
  private growSlots(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.slotMask = this.slots.length / STRIDE - 1;
    for (let at = 0; at < old.length; at += STRIDE) {
      const shape = old[at + SHAPE] as number;
      if (shape === 0) continue;
      const low = old[at + KEY_LOW] as number;
      const high = old[at + KEY_HIGH] as number;
      this.place(shape, low, high, old[at + ITEMS] as number, shape & SHORT ? shortHash(shape, low, high) : high);
    }
  }
}
