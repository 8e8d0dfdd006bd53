import { describe, expect, it } from 'vitest';
import { keyQuad, PIECE_LIMIT, PIECE_TEXT_LIMIT, PieceMemo } from './piece-memo';

/** The items kept for the piece t[start, end), or undefined if it is not kept. */
function itemsOf<T>(memo: PieceMemo<T>, t: string, start = 0, end = t.length): T[] | undefined {
  const e = memo.find(t, start, end);
  if (e < 0) return undefined;
  const out: T[] = [];
  memo.appendTo(out, e);
  return out;
}

/** Four characters below 256 that spell i: pieces of one length that differ only there. */
const code = (i: number) => String.fromCharCode(i & 0xff, (i >> 8) & 0xff, (i >> 16) & 0xff, 32 + (i % 7));

function keep<T>(memo: PieceMemo<T>, piece: string, items: T[]): void {
  expect(memo.find(piece, 0, piece.length)).toBe(-1);
  memo.add(piece, 0, piece.length, items);
}

/** A short piece's key as the tokenizer packs it while reading an ASCII word (see readTokens). */
function shortKey(piece: string): [number, number] {
  let low = 0;
  let high = 0;
  for (let k = 0; k < piece.length; k++) {
    if (k < 4) low |= piece.charCodeAt(k) << (k * 8);
    else high |= piece.charCodeAt(k) << ((k - 4) * 8);
  }
  return [low, high];
}

/** findLong for t[start, end), its key put as the tokenizer puts it: four bytes at a time. */
function findLong<T>(memo: PieceMemo<T>, t: string, start: number, end: number): number {
  const bytes = new Uint8Array(end - start + 4);
  new TextEncoder().encodeInto(t.slice(start, end), bytes);
  const quads = new DataView(bytes.buffer);
  for (let k = 0; k * 2 < end - start; k += 2) keyQuad(k, quads.getInt32(k * 2, true));
  return memo.findLong(end - start);
}

describe('PieceMemo', () => {
  it('finds a short piece by its packed key just as by its characters', () => {
    const memo = new PieceMemo<string>();
    const pieces = ['a', 'gak', 'bpjs', 'antri', 'pelayan', 'rujukan2', 'zzzzzzzz', '\u00ff', 'x\u00e9'];
    for (const [i, p] of pieces.entries()) keep(memo, p, [`#${i}`]);
    for (const p of [...pieces, 'b', 'gakk', 'rujukan3', 'antr']) {
      const [low, high] = shortKey(p);
      const byKey = memo.findShort(p.length, low, high);
      expect(byKey, p).toBe(memo.find(p, 0, p.length));
      if (byKey >= 0) {
        const out: string[] = [];
        memo.appendTo(out, byKey);
        expect(out).toEqual(itemsOf(memo, p));
      }
    }
  });

  it('finds a long ASCII piece by the numbers the tokenizer makes of its bytes just as by its characters', () => {
    const memo = new PieceMemo<string>();
    const pieces = ['pelayanan', 'kesehatan', 'menggunakan', 'pelayanan2', 'antrianpanjangbanget', 'abcdefghijkl'];
    for (const [i, p] of pieces.entries()) keep(memo, p, [`#${i}`]);
    const post = 'di pelayanan kesehatan, pelayanam menggunakan antrianpanjangbanget abcdefghijkl abcdefghijk';
    const words = [...post.matchAll(/[a-z0-9]{9,}/g)];
    expect(words.length).toBe(7);
    for (const m of words) {
      const start = m.index;
      const end = start + m[0].length;
      expect(findLong(memo, post, start, end), m[0]).toBe(memo.find(post, start, end));
    }
    // "pelayanam": a kept piece's length and characters but one, not found.
    expect(findLong(memo, post, 24, 33)).toBe(-1);
  });

  it('finds a piece by its characters wherever it sits in a text', () => {
    const memo = new PieceMemo<string>();
    keep(memo, 'gak', ['tidak']);
    keep(memo, 'rs', ['rumah', 'sakit']);
    keep(memo, '🚗', []);
    const post = 'ke rs gak 🚗';
    expect(itemsOf(memo, post, 3, 5)).toEqual(['rumah', 'sakit']);
    expect(itemsOf(memo, post, 6, 9)).toEqual(['tidak']);
    // Kept with no items is not the same as not kept.
    expect(itemsOf(memo, post, 10, 12)).toEqual([]);
    expect(memo.pieces).toBe(3);
  });

  it('never takes a piece for another that shares a beginning or an ending', () => {
    const memo = new PieceMemo<number>();
    keep(memo, 'antri', [1]);
    for (const other of ['antr', 'antrian', 'nantri', 'Antri', 'antrı', ''])
      expect(itemsOf(memo, other), other).toBeUndefined();
    expect(itemsOf(memo, 'xantrix', 1, 6)).toEqual([1]);
  });

  it('tells short pieces apart by every character, and from long ones', () => {
    const memo = new PieceMemo<string>();
    // Up to 8 characters below 256 a piece is its own packed key; past that its text is kept.
    const pieces = [
      'a',
      'a\u0000',
      '\u0000a',
      'abcd',
      'abce',
      'abcdefgh',
      'abcdefgi',
      'bbcdefgh',
      'abcdefghi',
      'ÿÿÿÿ',
      'ÿÿÿÿÿÿÿÿ',
      'aāa',
      'aĀa',
      '😡',
      '',
    ];
    for (const p of pieces) keep(memo, p, [p]);
    for (const p of pieces) expect(itemsOf(memo, p), JSON.stringify(p)).toEqual([p]);
    for (const p of ['abcdefg', 'abcdefghj', 'ÿÿÿ', 'aāā', 'b']) expect(itemsOf(memo, p), p).toBeUndefined();
  });

  it('never takes a piece for another, even when their hashes meet', () => {
    // Pieces that differ only at the end, in the three ways a key is compared: packed short
    // pieces, kept long ones, short ones with a character past 255. Among 100,000 absent pieces
    // looked up, dozens share a kept piece's slot and hash check, so only the key comparison
    // stands between them and a wrong answer.
    const families = [
      (i: number) => `abcd${code(i)}`,
      (i: number) => `abcdefgh${code(i)}`,
      (i: number) => `ā${code(i)}`,
    ];
    for (const piece of families) {
      const memo = new PieceMemo<number>();
      for (let i = 0; i < 30_000; i++) memo.add(piece(i), 0, piece(i).length, [i]);
      // Mismatches are collected and asserted once: 30,000 expect() calls cost seconds on a busy machine.
      const lost: number[] = [];
      for (let i = 0; i < 30_000; i++) if (itemsOf(memo, piece(i))?.[0] !== i) lost.push(i);
      expect(lost, piece(0)).toEqual([]);
      let wrong = 0;
      for (let i = 30_000; i < 130_000; i++) if (memo.find(piece(i), 0, piece(i).length) >= 0) wrong++;
      expect(wrong, piece(0)).toBe(0);
    }
  });

  it('keeps many pieces, each with its own items, as it grows', () => {
    const memo = new PieceMemo<number>();
    const n = 40_000;
    const seenBefore: number[] = [];
    for (let i = 0; i < n; i++) {
      const piece = `w${i.toString(36)}`;
      if (memo.find(piece, 0, piece.length) >= 0) seenBefore.push(i);
      memo.add(piece, 0, piece.length, [i, -i]);
    }
    expect(seenBefore).toEqual([]);
    expect(memo.pieces).toBe(n);
    const wrong: number[] = [];
    for (let i = 0; i < n; i++) {
      const items = itemsOf(memo, `w${i.toString(36)}`);
      if (items?.length !== 2 || items[0] !== i || items[1] !== -i) wrong.push(i);
    }
    expect(wrong).toEqual([]);
    expect(itemsOf(memo, `w${n.toString(36)}`)).toBeUndefined();
  });

  it('forgets every piece once it holds PIECE_LIMIT of them', () => {
    const memo = new PieceMemo<number>();
    for (let i = 0; i < PIECE_LIMIT; i++) memo.add(`p${i}`, 0, `p${i}`.length, [i]);
    expect(memo.pieces).toBe(PIECE_LIMIT);
    expect(itemsOf(memo, 'p0')).toEqual([0]);
    keep(memo, 'one more', [-1]);
    expect(memo.pieces).toBe(1);
    expect(itemsOf(memo, 'p0')).toBeUndefined();
    expect(itemsOf(memo, 'one more')).toEqual([-1]);
  });

  it('bounds the text it keeps, and does not keep a piece longer than that', () => {
    const memo = new PieceMemo<number>();
    const long = 'a'.repeat(PIECE_TEXT_LIMIT / 2);
    keep(memo, long, [1]);
    keep(memo, 'b', [2]);
    expect(itemsOf(memo, long)).toEqual([1]);
    // Does not fit beside the first: everything is forgotten to make room.
    keep(memo, `${long}c`, [3]);
    expect(memo.pieces).toBe(1);
    expect(itemsOf(memo, long)).toBeUndefined();
    const tooLong = 'a'.repeat(PIECE_TEXT_LIMIT + 1);
    keep(memo, tooLong, [4]);
    expect(itemsOf(memo, tooLong)).toBeUndefined();
    expect(itemsOf(memo, `${long}c`)).toEqual([3]);
  });

  it('keeps a piece with up to 255 items, and none with more', () => {
    const memo = new PieceMemo<number>();
    const many = (n: number) => Array.from({ length: n }, (_, i) => i);
    keep(memo, 'a-b-c', many(255));
    keep(memo, 'a-b-c-d', many(256));
    expect(itemsOf(memo, 'a-b-c')).toEqual(many(255));
    expect(itemsOf(memo, 'a-b-c-d')).toBeUndefined();
  });

  it('starts empty again when cleared', () => {
    const memo = new PieceMemo<number>();
    keep(memo, 'x', [1]);
    memo.clear();
    expect(memo.pieces).toBe(0);
    expect(itemsOf(memo, 'x')).toBeUndefined();
    keep(memo, 'x', [2]);
    expect(itemsOf(memo, 'x')).toEqual([2]);
  });
});
