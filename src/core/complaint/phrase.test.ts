import { describe, expect, it } from 'vitest';
import { readTokens } from '../text/normalize';
import { forgetTokensIfFull, TOKEN_LIMIT, tokenOf } from '../text/token';
import { PhraseIndex } from './phrase';

/** The matches by group: [group, its phrases], groups in the order they first occur. */
const found = (index: PhraseIndex, text: string) => {
  const groups = new Map<string, string[]>();
  for (const p of index.matches(readTokens(text))) groups.set(p.group, [...(groups.get(p.group) ?? []), p.text]);
  return [...groups];
};
const matched = (index: PhraseIndex, text: string) => index.matches(readTokens(text)).map((p) => p.text);

describe('PhraseIndex', () => {
  it('finds whole phrases, prefixes and hashtag words, once per phrase', () => {
    const index = new PhraseIndex().add('wait', ['antrean panjang', 'antri*']).add('app', ['gak bisa login']);
    // "antrean" is read as "antrian", its other spelling: the keyword now meets the post.
    expect(found(index, 'Antrian panjang bgt, #antri lagi. Gak bisa login!')).toEqual([
      ['wait', ['antrian panjang', 'antri']],
      ['app', ['tidak bisa login']],
    ]);
  });

  it('lists the phrases in the order they first occur, across groups', () => {
    const index = new PhraseIndex().add('a', ['obat kosong', 'lama']).add('b', ['antri*']);
    expect(matched(index, 'antri lama, obat kosong, antri lagi, lama')).toEqual(['antri', 'lama', 'obat kosong']);
    expect(found(index, 'antri lama, obat kosong')).toEqual([
      ['b', ['antri']],
      ['a', ['lama', 'obat kosong']],
    ]);
  });

  it('matches a phrase over punctuation and emoji between its words, not over other words', () => {
    const index = new PhraseIndex().add('stock', ['obat kosong']);
    expect(matched(index, 'obat... 😡 kosong')).toEqual(['obat kosong']);
    expect(matched(index, 'obat tidak kosong')).toEqual([]);
    expect(matched(index, 'kosong obat')).toEqual([]);
  });

  it('takes a word a prefix starts and a phrase keyed by the same word', () => {
    const index = new PhraseIndex().add('wait', ['antri*', 'antrian panjang']);
    expect(matched(index, 'antrian panjang')).toEqual(['antrian panjang', 'antri']);
  });

  it("keeps the index's order among phrases that start at one word, whatever follows it", () => {
    const index = new PhraseIndex().add('a', ['tidak', 'tidak bisa login', 'tidak bis*', 'tidak bisa', 'tidak ada']);
    expect(matched(index, 'tidak bisa login')).toEqual(['tidak', 'tidak bisa login', 'tidak bis', 'tidak bisa']);
    expect(matched(index, 'tidak bisnis')).toEqual(['tidak', 'tidak bis']);
    expect(matched(index, 'tidak ada')).toEqual(['tidak', 'tidak ada']);
    expect(matched(index, 'tidak')).toEqual(['tidak']);
  });

  it('matches the words after the first by the word, and a last prefix by its start, in phrases sharing words', () => {
    const index = new PhraseIndex()
      .add('a', ['obat habis total', 'habis obat', 'stok obat habi*'])
      .add('b', ['obat habis']);
    expect(matched(index, 'stok obat habisnya')).toEqual(['stok obat habi']);
    expect(matched(index, 'stok obat habis total')).toEqual(['stok obat habi', 'obat habis total', 'obat habis']);
    expect(matched(index, 'habis obat, obat habis total')).toEqual(['habis obat', 'obat habis total', 'obat habis']);
    expect(matched(index, 'obat habiss total')).toEqual([]);
    expect(matched(index, 'stok obat')).toEqual([]);
  });

  it('sees phrases added after a post was read', () => {
    const index = new PhraseIndex().add('wait', ['antrean panjang']);
    expect(found(index, 'obat kosong')).toEqual([]);
    index.add('stock', ['obat kosong']);
    expect(found(index, 'obat kosong')).toEqual([['stock', ['obat kosong']]]);
  });

  it('reads a post of a new generation of token records afresh', () => {
    const index = new PhraseIndex().add('stock', ['obat kosong']);
    const before = readTokens('lain kata');
    expect(index.matches(before)).toEqual([]);
    for (let i = 0; i < TOKEN_LIMIT; i++) tokenOf(`filler${i}`);
    forgetTokensIfFull();
    // The phrase's words now take the ids of words no phrase starts with.
    for (let i = 0; i < (before[0]?.id ?? 0); i++) tokenOf(`new${i}`);
    const after = readTokens('obat kosong');
    expect(after.map((t) => t.id)).toEqual(before.map((t) => t.id));
    expect(index.matches(after).map((p) => p.text)).toEqual(['obat kosong']);
  });
});
