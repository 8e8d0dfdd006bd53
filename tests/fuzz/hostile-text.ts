// Hostile text for the fuzz targets: what a feed can really carry (RTL overrides, zero-width
// joiners, lone surrogates, emoji, huge posts) mixed with the words Simak reacts to, so the
// analysis paths that only run on real words get exercised too.
import fc from 'fast-check';

/** Characters that have broken text handling elsewhere: bidi controls, zero-width, BOM, combining marks. */
const TRICKY = [
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2067',
  '\u2069',
  '\u200f',
  '\u200e', // bidi overrides and marks
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad', // zero-width, BOM, soft hyphen
  '\u0301',
  '\u0308',
  '\u20dd',
  '\ufe0f', // combining marks, variation selector
  '\ud800',
  '\udfff',
  '\udc00', // lone surrogates
  '\u0000',
  '\u0085',
  '\u2028',
  '\u2029',
  '\t',
  '\r\n', // control and line separators
  'ا',
  'ل',
  'ש',
  'ם',
  '١',
  '٢',
  '۳',
  '०', // Arabic, Hebrew letters and non-ASCII digits
  '😡',
  '👍🏽',
  '👨‍👩‍👧',
  '🇮🇩',
  ':(',
  ':)',
  'ﬁ',
  'Ⅻ',
  'ß',
  'İ',
  '№',
];

/** Words and marks the tokenizer, sentiment, complaint cues and queries act on. */
const DOMAIN = [
  'bpjs',
  'BPJS',
  'jkn',
  'tolong',
  'min',
  'antri',
  'antri2',
  'antri-antri',
  'antriiiii',
  'tidak',
  'gak',
  'bisa',
  'login',
  'ditolak',
  'igd',
  'cuci',
  'darah',
  'rs',
  'covid-19',
  'obat',
  'mantap',
  'bagus',
  'not',
  'very',
  'bad',
  '#lapor',
  '@bpjs_ri',
  'https://x.com/a?b=1',
  'www.bpjs-kesehatan.go.id',
  '1.234',
  '1,2 rb',
  '29.9K',
  '3 jt',
  '12M',
  '?',
  '!!!',
  '...',
  ',',
  '"',
  '(',
  ')',
  '*',
  '-',
  '/',
  'AND',
  'OR',
  'NOT',
  'NEAR/3',
  'NEAR/',
  "'",
  '’',
  '2',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...DOMAIN) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.constantFrom(' ', '  ', '\n') },
  // Any UTF-16 code unit, lone surrogates included.
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)) },
  // Any code point.
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

/** Short and medium texts built from the pieces above. */
export const hostileText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

/** A few texts far longer than any post: a fragment repeated thousands of times. */
export const hugeText = fc
  .tuple(hostileText, fc.integer({ min: 500, max: 4_000 }))
  .map(([fragment, times]) => (fragment || 'x').repeat(times).slice(0, 200_000));

/** Mostly ordinary-hostile, sometimes huge. */
export const anyText = fc.oneof({ weight: 19, arbitrary: hostileText }, { weight: 1, arbitrary: hugeText });
