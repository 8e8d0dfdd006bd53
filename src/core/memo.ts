// Per-piece work done once: words repeat across posts ("yang", "bpjs", "gak"), so what a piece
// of text as written reads as is kept by its characters.

/**
 * How many pieces are kept before all are forgotten: keeps memory flat over a long day of posts.
 * Below 65,535, as a slot holds an entry's number in 16 bits.
 */
export const PIECE_LIMIT = 50_000;
/** How many characters of piece text are kept before all are forgotten (the same reason). */
export const PIECE_TEXT_LIMIT = 1 << 19;

const FIRST_SLOTS = 1 << 10;
// Entries sit in one Int32Array, eight numbers each (two to a cache line), so that a piece's
// whole entry is one read.
/** The piece's length, with SHORT set when the piece is its own key (see below). */
const SHAPE = 0;
const KEY_LOW = 1;
const KEY_HIGH = 2;
/** Where a long piece's characters start in the text. */
const START = 3;
const FIRST = 4;
const COUNT = 5;
const HASH = 6;
const STRIDE = 8;

/**
 * A piece of up to 8 characters, each below 256 — most words — is its own key: its characters
 * packed a byte each into two numbers. It is found without comparing characters one by one, and
 * its text is not kept.
 */
const SHORT = 1 << 30;
const SHORT_LENGTH = 8;

/** One step of FNV-1a over a UTF-16 code unit. */
const step = (h: number, unit: number) => Math.imul(h ^ unit, 0x01000193);
const SEED = 0x811c9dc5 | 0;

/** Spreads every bit of the hash over all of them (murmur3's finaliser): slots use the low bits, the check the high ones. */
function finish(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

/**
 * Pieces of a text (a word as written, a hashtag, an emoji) and the items each reads as, found
 * by the piece's characters in place: a piece seen before costs a hash of its characters and a
 * probe or two, without slicing it out of the text as a new string. A hand-made hash table
 * rather than a Map keyed by strings: the keys' text is kept side by side in one array and the
 * entries in another, in order of first sight, so the common pieces (seen first) share a few
 * cache lines instead of each sending the lookup to a string and a map entry of its own.
 *
 * Each slot holds an entry's number + 1 in its low 16 bits and the top 16 bits of the piece's
 * hash in its high ones: most probes that land on another piece are turned away without
 * looking at the entry. A match is always confirmed by the whole key: the packed characters of
 * a short piece, the kept characters of a long one.
 */
export class PieceMemo<T> {
  /** Open addressing with linear probing; never more than half full. 0 is an empty slot. */
  private slots = new Int32Array(FIRST_SLOTS);
  private entries = new Int32Array((FIRST_SLOTS / 2) * STRIDE);
  /** The pieces' characters, one after another. */
  private text = new Uint16Array(FIRST_SLOTS * 8);
  private textLength = 0;
  private size = 0;
  /** The last piece read: its length (with SHORT), and its packed characters if short. */
  private shape = 0;
  private keyLow = 0;
  private keyHigh = 0;
  /** Every entry's items, one after another: entry e's are items[first … first + count). */
  private readonly items: T[] = [];

  /** How many pieces are kept. */
  get pieces(): number {
    return this.size;
  }

  /** The entry of the piece t[start, end), or -1 if it is not kept. */
  find(t: string, start: number, end: number): number {
    const h = this.read(t, start, end);
    const { slots, entries, text, shape, keyLow, keyHigh } = this;
    const mask = slots.length - 1;
    const check = h >>> 16;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const slot = slots[s] as number;
      if (slot === 0) return -1;
      if (slot >>> 16 !== check) continue;
      const e = (slot & 0xffff) - 1;
      const at = e * STRIDE;
      if (entries[at + SHAPE] !== shape) continue;
      if (shape & SHORT) {
        if (entries[at + KEY_LOW] === keyLow && entries[at + KEY_HIGH] === keyHigh) return e;
        continue;
      }
      const from = (entries[at + START] as number) - start;
      let i = start;
      while (i < end && text[from + i] === t.charCodeAt(i)) i++;
      if (i === end) return e;
    }
  }

  /**
   * Keeps the piece t[start, end) (not kept yet: find said -1) with its items. Forgets every
   * piece first when full; a piece too long to keep at all is not kept.
   */
  add(t: string, start: number, end: number, items: readonly T[]): void {
    const h = this.read(t, start, end);
    const textLength = this.shape & SHORT ? 0 : end - start;
    if (textLength > PIECE_TEXT_LIMIT) return;
    if (this.size >= PIECE_LIMIT || this.textLength + textLength > PIECE_TEXT_LIMIT) this.clear();
    if (this.size * 2 >= this.slots.length) this.growSlots();
    if (this.size * STRIDE >= this.entries.length) this.entries = grown(this.entries, this.entries.length * 2);
    if (this.textLength + textLength > this.text.length) {
      this.text = grown(this.text, Math.min(PIECE_TEXT_LIMIT, Math.max(this.text.length * 2, this.textLength + textLength)));
    }
    const e = this.size++;
    const at = e * STRIDE;
    const { entries, text } = this;
    entries[at + SHAPE] = this.shape;
    entries[at + KEY_LOW] = this.keyLow;
    entries[at + KEY_HIGH] = this.keyHigh;
    entries[at + START] = this.textLength;
    entries[at + FIRST] = this.items.length;
    entries[at + COUNT] = items.length;
    entries[at + HASH] = h;
    if (textLength > 0) for (let i = start; i < end; i++) text[this.textLength++] = t.charCodeAt(i);
    for (const item of items) this.items.push(item);
    this.place(e);
  }

  /** Appends entry e's items to out. */
  appendTo(out: T[], e: number): void {
    const at = e * STRIDE;
    const first = this.entries[at + FIRST] as number;
    const last = first + (this.entries[at + COUNT] as number);
    for (let i = first; i < last; i++) out.push(this.items[i] as T);
  }

  /** Forgets every piece. */
  clear(): void {
    this.slots.fill(0);
    this.size = 0;
    this.textLength = 0;
    this.items.length = 0;
  }

  /** Puts entry e in the first free slot from its hash. */
  private place(e: number): void {
    const h = this.entries[e * STRIDE + HASH] as number;
    const { slots } = this;
    const mask = slots.length - 1;
    let s = h & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = (h & 0xffff0000) | (e + 1);
  }

  /**
   * Reads the piece t[start, end): its shape and, for a short piece, its key go to the fields
   * below; returns its hash.
   */
  private read(t: string, start: number, end: number): number {
    let h = SEED;
    let low = 0;
    let high = 0;
    let short = end - start <= SHORT_LENGTH;
    for (let i = start; i < end; i++) {
      const c = t.charCodeAt(i);
      h = step(h, c);
      if (c > 0xff) short = false;
      else if (i - start < 4) low |= c << ((i - start) * 8);
      else high |= c << ((i - start - 4) * 8);
    }
    this.shape = short ? (end - start) | SHORT : end - start;
    this.keyLow = short ? low : 0;
    this.keyHigh = short ? high : 0;
    return finish(h);
  }

  private growSlots(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let e = 0; e < this.size; e++) this.place(e);
  }
}

function grown<A extends Int32Array | Uint16Array>(a: A, length: number): A {
  const b = new (a.constructor as new (n: number) => A)(length);
  b.set(a);
  return b;
}
