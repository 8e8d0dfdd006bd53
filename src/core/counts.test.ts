import { describe, expect, it } from 'vitest';
import { parseCount } from './counts';

// [as printed, language of the page or undefined, count]
const CASES: [string, string | undefined, number | undefined][] = [
  // English UI (X's visible text and aria-labels)
  ['29.9K', undefined, 29_900],
  ['2M', undefined, 2_000_000],
  ['1.2B', undefined, 1_200_000_000],
  ['1,234', undefined, 1234],
  ['1,234,567', undefined, 1_234_567],
  ['30142 views', undefined, 30_142],
  ['48 Replies. Reply', undefined, 48],
  ['782 comments', undefined, 782],
  ['Like: 162 people', undefined, 162],
  ['0', undefined, 0],
  // Indonesian UI (I18N-ID.md): comma decimal, dot thousands, rb / jt / M
  ['1,2 rb', 'id', 1200],
  ['3,4 jt', 'id', 3_400_000],
  ['2 M', 'id', 2_000_000_000],
  ['1.234', 'id', 1234],
  ['12 rb suka', 'id', 12_000],
  ['48 balasan', 'id', 48],
  ['152 posting ulang. Posting ulang', 'id', 152],
  ['9,8 rb Suka. Menyukai', 'id', 9800],
  ['30.142 tayangan. Lihat analitik postingan', 'id', 30_142],
  ['1,5 jt tayangan', 'id', 1_500_000],
  ['Suka: 7 orang', 'id', 7],
  ['114 kali dibagikan', 'id', 114],
  ['Lihat semua 2,9 rb komentar', 'id', 2900],
  ['7 ribu', 'id', 7000],
  ['1,1 juta', 'id', 1_100_000],
  // Portuguese and other UIs seen in saved pages
  ['11,7 mil', 'pt', 11_700],
  ['1,1 mil', undefined, 1100],
  ['2,5 mi', 'pt', 2_500_000],
  ['1,234 Mio.', 'de', 1_234_000],
  // CJK: 万 = 10⁴, counts often glued to the next word
  ['6 万', undefined, 60_000],
  ['1.2万 次观看', 'zh', 12_000],
  ['5958 次观看', 'zh', 5958],
  ['3억', 'ko', 300_000_000],
  // Digits of other scripts (the Bengali Facebook page)
  ['১২৩ টি মন্তব্য', 'bn', 123],
  ['١٢', 'ar', 12],
  // Arabic separators (found by the fuzz round trip): ٬ groups thousands, ٫ is the decimal
  ['١٬٠٠٠', 'ar', 1000],
  ['١٢٫٥K', 'ar', 12_500],
  // Separators the sites use between thousands
  ['1\u00a0234', 'fr', 1234],
  ['1 234 J’aime', 'fr', 1234],
  // No number
  ['Reply', undefined, undefined],
  ['', undefined, undefined],
  ['Suka', 'id', undefined],
];

describe('parseCount', () => {
  it.each(CASES)('%j (%s) → %s', (text, lang, expected) => {
    expect(parseCount(text, lang)).toBe(expected);
  });

  it('reads a bare "M" as a million unless the page is Indonesian', () => {
    expect(parseCount('2M')).toBe(2_000_000);
    expect(parseCount('2 M', 'in')).toBe(2_000_000_000);
  });

  it('takes the first number only, so a group label is read one part at a time', () => {
    expect(parseCount('48 replies, 152 reposts, 553 likes')).toBe(48);
  });

  it('does not mistake a word starting like a suffix for one', () => {
    expect(parseCount('3 menit')).toBe(3);
    expect(parseCount('5 minutes')).toBe(5);
    expect(parseCount('2 bulan')).toBe(2);
  });
});
