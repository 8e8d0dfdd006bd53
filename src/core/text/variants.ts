// Spellings of one word that Indonesian posts use side by side ("antre" and "antri", "praktek"
// and "praktik"): each is read as the one form, at the start of the word, so the derived words
// follow ("antrean" → "antrian", "ijinnya" → "izinnya"). The posts, the taxonomy's keywords and
// the watch queries (prefixes too: "antre*" is "antri*") all read through it.

/** Start of the word as written → the form it is read as. Extend freely, one pair per line. */
const VARIANT_STARTS: readonly (readonly [string, string])[] = [
  ['antre', 'antri'],
  ['ngantre', 'ngantri'],
  ['praktek', 'praktik'],
  ['resiko', 'risiko'],
  ['apotik', 'apotek'],
  ['ijin', 'izin'],
  ['nafas', 'napas'],
  ['jadual', 'jadwal'],
  ['sistim', 'sistem'],
  ['telpon', 'telepon'],
  ['nomer', 'nomor'],
  ['aktifasi', 'aktivasi'],
  ['kwitansi', 'kuitansi'],
  ['ambulan', 'ambulans'],
  ['mengantre', 'mengantri'],
];

/** The word in the form its variants are read as (itself if it has none). */
export function spellingVariant(word: string): string {
  for (const [from, to] of VARIANT_STARTS) {
    if (!word.startsWith(from)) continue;
    // "ambulan" → "ambulans", but "ambulans" stays.
    if (word.startsWith(to)) return word;
    return to + word.slice(from.length);
  }
  return word;
}
