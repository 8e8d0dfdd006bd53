// Reads an engagement count the way the sites print it, whatever the UI language: "29.9K",
// "1,2 rb", "3,4 jt", "11,7 mil", "1.234", "6 万", "48 balasan". Pure: no DOM, no Intl.
//
// The one ambiguity no string resolves is "M": a million in English, a billion (miliar) in
// Indonesian. Pass the page's language when known; without it "M" is a million.

/** Multipliers by suffix, lower-cased. A suffix counts only when no letter follows it. */
const SUFFIXES: Record<string, number> = {
  k: 1e3,
  rb: 1e3, // id: ribu
  ribu: 1e3,
  mil: 1e3, // pt, es: "11,7 mil"
  tsd: 1e3, // de
  'tys.': 1e3, // pl
  jt: 1e6, // id: juta
  juta: 1e6,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  mio: 1e6, // de
  'mio.': 1e6,
  mi: 1e6, // pt: "1,2 mi"
  b: 1e9,
  bn: 1e9,
  bi: 1e9, // pt
  md: 1e9, // fr
  mrd: 1e9, // de
  'mrd.': 1e9,
  miliar: 1e9, // id
  千: 1e3,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
  천: 1e3,
  만: 1e4,
  억: 1e8,
};

/** Languages in which a bare "M" means miliar (10⁹), as X's Indonesian bundle prints it. */
const M_IS_BILLION = /^(id|in|ms)\b/i;

/** Zero of each decimal-digit block the sites are likely to print (Arabic, Bengali, …). */
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10];

function asciiDigits(text: string): string {
  // Arabic thousands (٬) and decimal (٫) separators read like their Latin twins.
  return text
    .replace(/[\u066b\u066c]/g, (s) => (s === '\u066b' ? '.' : ','))
    .replace(/\p{Nd}/gu, (d) => {
      const cp = d.codePointAt(0) ?? 0;
      const zero = DIGIT_ZEROS.find((z) => cp >= z && cp <= z + 9);
      return zero === undefined ? d : String(cp - zero);
    });
}

// A number: digits with grouping/decimal separators (., comma, apostrophe, thin and no-break
// spaces, or a plain space before exactly three digits), then maybe a suffix.
const NUMBER = /(\d+(?:(?:[.,'\u00a0\u202f\u2009]|\s(?=\d{3}(?!\d)))\d+)*)\s*([^\s\d,;:()]*)/u;

/** The first count in `text`, or undefined when it holds no number. */
export function parseCount(text: string, lang?: string): number | undefined {
  const match = NUMBER.exec(asciiDigits(text));
  if (!match) return undefined;
  const digits = match[1] ?? '';
  const multiplier = suffixValue(match[2] ?? '', lang);
  const groups = digits.split(/[^\d]/);
  const last = groups[groups.length - 1] ?? '';
  // "1.234" and "1,234,567" group thousands; "29.9K" and "1,2 rb" carry a decimal. A last group
  // of three digits is a thousands group unless a suffix follows ("1,234K" is not printed).
  const decimal = groups.length > 1 && (last.length !== 3 || multiplier > 1);
  const whole = (decimal ? groups.slice(0, -1) : groups).join('');
  const value = Number(decimal ? `${whole}.${last}` : whole);
  return Number.isFinite(value) ? Math.round(value * multiplier) : undefined;
}

function suffixValue(word: string, lang: string | undefined): number {
  const lower = word.toLowerCase();
  // The longest known suffix the word starts with, as long as no letter follows it
  // ("48 balasan" has no "b" suffix; "12 rb suka" has "rb").
  for (let n = Math.min(lower.length, 6); n > 0; n--) {
    const head = lower.slice(0, n);
    const value = SUFFIXES[head];
    if (value === undefined) continue;
    const rest = lower.slice(n);
    // CJK suffixes are followed directly by more text ("6万 次观看").
    const cjk = /^[\p{Script=Han}\p{Script=Hangul}]$/u.test(head);
    if (!cjk && /^\p{L}/u.test(rest)) continue;
    if (head === 'm' && word[0] === 'M' && lang && M_IS_BILLION.test(lang)) return 1e9;
    return value;
  }
  return 1;
}
