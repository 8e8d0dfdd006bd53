import { describe, expect, it } from 'vitest';
import { readTokens } from './normalize';
import { PhraseIndex, postWords } from './phrase';

const words = (text: string) => postWords(readTokens(text));
const found = (index: PhraseIndex, text: string) => [...index.find(words(text))].map(([g, ps]) => [g, ps.map((p) => p.words.join(' '))]);

describe('PhraseIndex', () => {
  it('finds whole phrases, prefixes and hashtag words, once per phrase', () => {
    const index = new PhraseIndex().add('wait', ['antrean panjang', 'antri*']).add('app', ['gak bisa login']);
    expect(found(index, 'Antrian panjang bgt, #antri lagi. Gak bisa login!')).toEqual([
      ['wait', ['antri']],
      ['app', ['tidak bisa login']],
    ]);
  });

  it('sees phrases added after a post was read', () => {
    const index = new PhraseIndex().add('wait', ['antrean panjang']);
    expect(found(index, 'obat kosong')).toEqual([]);
    index.add('stock', ['obat kosong']);
    expect(found(index, 'obat kosong')).toEqual([['stock', ['obat kosong']]]);
  });
});
