// Per-piece work done once: words repeat across posts ("yang", "bpjs", "gak"), so what a piece
// of text as written reads as is kept by its characters.
import { grown } from './typed-array';

/**
 * How many pieces are kept before all are forgotten: keeps memory flat over a long day of posts.
 * Below 65,535, as a slot holds an entry's number in 16 bits.
 */
export const PIECE_LIMIT = 50_000;
/** How many characters of piece text are kept before all are forgotten (the same reason). */
export const PIECE_TEXT_LIMIT = 1 << 19;

const FIRST_SLOTS = 1 << 10;
// Entries sit in one Int32Array, four numbers each (16 bytes), so that a piece's whole entry is
// one read and the common pieces' entries (seen first) share a few cache lines.
/** The piece's length, with SHORT set when the piece is its own key (see below). */
const SHAPE = 0;
/** A short piece's first four characters; a long piece's place in the kept text. */
const KEY_LOW = 1;
/** A short piece's last four characters; a long piece's hash. */
const KEY_HIGH = 2;
/** The place of the piece's first item in the items list, shifted past their count (a byte). */
const ITEMS = 3;
const STRIDE = 4;

/**
 * A piece of up to 8 characters, each below 256 (most words) is its own key: its characters
 * packed a byte each into two numbers. It is found without comparing characters one by one, and
 * its text is not kept.
 */
const SHORT = 1 << 30;
const SHORT_LENGTH = 8;

/** A piece that reads as more items than a byte counts is not kept (no word comes near). */
const MAX_ITEMS_A_PIECE = 0xff;
/** All is forgotten before the items' places outgrow what ITEMS holds. */
const ITEMS_LIMIT = 1 << 22;

/** One step of FNV-1a over a UTF-16 code unit. */
const step = (h: number, unit: number) => Math.imul(h ^ unit, 0x01000193);
const SEED = 0x811c9dc5 | 0;

/** Spreads every bit of a number over all of them (murmur3's finaliser): slots use the low bits, the check the high ones. */
function finish(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

/** A short piece's hash, made from its key, so that the slots can be rebuilt from the entries alone. */
const shortHash = (shape: number, low: number, high: number) => finish(low ^ Math.imul(high ^ shape, 0x01000193));

/**
 * Pieces of a text (a word as written, a hashtag, an emoji) and the items each reads as, found
 * by the piece's characters in place: a piece seen before costs a pass over its characters and
 * a probe or two, without slicing it out of the text as a new string. A hand-made hash table
 * rather than a Map keyed by strings: a Map look-up hashes a new string, then visits a bucket,
 * an entry and the key string, each somewhere else in memory; here the entries and the items
 * are kept in order of first sight, so the common pieces (seen first) share a few cache lines.
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
  /** The long pieces' characters, one after another. */
  private text = new Uint16Array(FIRST_SLOTS * 8);
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

  /** The entry of the piece t[start, end), or -1 if it is not kept. */
  find(t: string, start: number, end: number): number {
    const h = this.read(t, start, end);
    const { slots, entries, shape, keyLow, keyHigh } = this;
    const mask = slots.length - 1;
    const check = h >>> 16;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const slot = slots[s] as number;
      if (slot === 0) return -1;
      if (slot >>> 16 !== check) continue;
      const e = (slot & 0xffff) - 1;
      const at = e * STRIDE;
      if (entries[at + SHAPE] !== shape || entries[at + KEY_HIGH] !== keyHigh) continue;
      const low = entries[at + KEY_LOW] as number;
      if (shape & SHORT ? low === keyLow : this.keeps(t, start, end, low)) return e;
    }
  }

  /**
   * Keeps the piece t[start, end) (not kept yet: find said -1) with its items. Forgets every
   * piece first when full; a piece too long to keep, or read as too many items, is not kept.
   */
  add(t: string, start: number, end: number, items: readonly T[]): void {
    const h = this.read(t, start, end);
    const textLength = this.shape & SHORT ? 0 : end - start;
    if (textLength > PIECE_TEXT_LIMIT || items.length > MAX_ITEMS_A_PIECE) return;
    const full = this.size >= PIECE_LIMIT || this.items.length + items.length > ITEMS_LIMIT;
    if (full || this.textLength + textLength > PIECE_TEXT_LIMIT) this.clear();
    if (this.size * 2 >= this.slots.length) this.growSlots();
    if (this.size * STRIDE >= this.entries.length) this.entries = grown(this.entries, this.entries.length * 2);
    if (textLength > 0) this.keyLow = this.keepText(t, start, end);
    const e = this.size++;
    const at = e * STRIDE;
    const { entries } = this;
    entries[at + SHAPE] = this.shape;
    entries[at + KEY_LOW] = this.keyLow;
    entries[at + KEY_HIGH] = this.keyHigh;
    entries[at + ITEMS] = (this.items.length << 8) | items.length;
    for (const item of items) this.items.push(item);
    this.place(e, h);
  }

  /** Appends entry e's items to out. */
  appendTo(out: T[], e: number): void {
    const packed = this.entries[e * STRIDE + ITEMS] as number;
    const first = packed >>> 8;
    const last = first + (packed & 0xff);
    for (let i = first; i < last; i++) out.push(this.items[i] as T);
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
      let low = 0;
      let high = 0;
      let i = start;
      for (; i < end; i++) {
        const c = t.charCodeAt(i);
        if (c > 0xff) break;
        if (i - start < 4) low |= c << ((i - start) * 8);
        else high |= c << ((i - start - 4) * 8);
      }
      if (i === end) {
        this.shape = length | SHORT;
        this.keyLow = low;
        this.keyHigh = high;
        return shortHash(this.shape, low, high);
      }
    }
    let h = SEED;
    for (let i = start; i < end; i++) h = step(h, t.charCodeAt(i));
    h = finish(h);
    this.shape = length;
    this.keyLow = 0;
    this.keyHigh = h;
    return h;
  }

  /** True if the kept text from `from` starts with t[start, end). */
  private keeps(t: string, start: number, end: number, from: number): boolean {
    const { text } = this;
    for (let i = start, j = from; i < end; i++, j++) if (text[j] !== t.charCodeAt(i)) return false;
    return true;
  }

  /** Copies t[start, end) to the kept text; returns where it starts there. */
  private keepText(t: string, start: number, end: number): number {
    const from = this.textLength;
    const needed = from + end - start;
    if (needed > this.text.length)
      this.text = grown(this.text, Math.min(PIECE_TEXT_LIMIT, Math.max(this.text.length * 2, needed)));
    const { text } = this;
    for (let i = start; i < end; i++) text[this.textLength++] = t.charCodeAt(i);
    return from;
  }

  /** Puts entry e, of hash h, in the first free slot from h. */
  private place(e: number, h: number): void {
    const { slots } = this;
    const mask = slots.length - 1;
    let s = h & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = (h & 0xffff0000) | (e + 1);
  }

  /** Twice the slots, every entry placed again (its hash comes from its key). */
  private growSlots(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const { entries } = this;
    for (let e = 0; e < this.size; e++) {
      const at = e * STRIDE;
      const shape = entries[at + SHAPE] as number;
      const high = entries[at + KEY_HIGH] as number;
      this.place(e, shape & SHORT ? shortHash(shape, entries[at + KEY_LOW] as number, high) : high);
    }
  }
}
