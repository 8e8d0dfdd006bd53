// Folding a complaint's texts for the search index: made part by part, it must give exactly
// what folding the parts joined gave (the saved index and the searches depend on it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldJoined } from './complaint-filter';

/** Folding as it was written first: every step on the whole text. */
const reference = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

// Text with what folding handles: accents (composed and combining), case, Greek sigma at word
// ends, every kind of whitespace, compatibility forms, surrogate pairs and lone surrogates.
const piece = fc.constantFrom(
  'Kecéwa',
  'BANGET',
  'e\u0301',
  '\u0301',
  'ΟΔΟΣ',
  'Σ',
  "Σ'",
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2028',
  '\u3000',
  '\u00a8',
  'ﬁ',
  '①',
  '😀',
  '\ud83d',
  'rujukan',
  '.',
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

describe('folding for search', () => {
  it('folds as before: accents and case ignored, spaces collapsed', () => {
    expect(fold('  Kecéwa \n\t BANGET  ')).toBe('kecewa banget');
    expect(fold('antrian panjang')).toBe('antrian panjang');
    fc.assert(
      fc.property(text, (t) => {
        expect(fold(t)).toBe(reference(t));
      }),
      { numRuns: 2_000 },
    );
  });

  it('folds parts one by one to what the parts joined by " \\n " fold to', () => {
    expect(foldJoined(['Kartu DITOLAK ', '', '  ', 'Warga @w', 'layanan'])).toBe('kartu ditolak warga @w layanan');
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (parts) => {
        expect(foldJoined(parts)).toBe(reference(parts.join(' \n ')));
      }),
      { numRuns: 2_000 },
    );
  });
});
