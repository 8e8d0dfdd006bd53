import { describe, expect, it } from 'vitest';
import { tagWords } from './tag-words';

const known = (w: string) => ['tolong', 'lama', 'kecewa', 'sama', 'layanan'].includes(w);

describe('tagWords', () => {
  it('splits an account name or hashtag into the words it is made of', () => {
    expect(tagWords('@bpjskesehatanri', known)).toEqual(['bpjs', 'kesehatan', 'ri']);
    expect(tagWords('#antrilama', known)).toEqual(['antri', 'lama']);
    expect(tagWords('#kecewa_sama_bpjs', known)).toEqual(['kecewa', 'sama', 'bpjs']);
  });

  it('reads the spelling variants as one form ("antre" is "antri")', () => {
    expect(tagWords('#antrelama', known)).toEqual(['antri', 'lama']);
  });

  it('keeps letters no word explains as one piece, and finds the words asked for', () => {
    expect(tagWords('@xyzbpjs', known)).toEqual(['xyz', 'bpjs']);
    expect(tagWords('@budiprakoso', known, (w) => w === 'budi')).toEqual(['budi', 'prakoso']);
  });

  it('gives nothing for a tag that is one word', () => {
    expect(tagWords('#bpjs', known)).toEqual([]);
  });
});
