import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText } from '../../../tests/fuzz/hostile-text';
import { foldText } from './normalize';
import { ASCII_WORD, type ScanKind, type Scanned, scanToken, startsPlainWord } from './scan';

// The pattern the scanner stands for (see scan.ts), one group a kind, in order.
const REFERENCE =
  /(https?:\/\/\S+|www\.\S+)|([@#][\p{L}\p{N}_]+)|([:;=][-'^]?[()dp/|*@v]+|<\/?3|\^_?\^|-_-|t_t|>:\()|([\p{L}\p{N}]+(?:['’][\p{L}]+)?(?:-[\p{L}\p{N}]+)*)|(\p{Extended_Pictographic})|([.!?,;]+)/gu;
const KINDS: ScanKind[] = ['url', 'tag', 'emoticon', 'word', 'emoji', 'punct'];

function byPattern(t: string): string[] {
  const out: string[] = [];
  for (const m of t.matchAll(REFERENCE)) out.push(`${KINDS[m.slice(1).findIndex((g) => g !== undefined)]}:${m[0]}`);
  return out;
}

function byScanner(t: string): string[] {
  const out: string[] = [];
  const s: Scanned = { kind: 'word', start: 0, end: 0 };
  for (let i = 0; scanToken(t, i, s); i = s.end) out.push(`${s.kind}:${t.slice(s.start, s.end)}`);
  return out;
}

describe('scanToken', () => {
  it('reads tokens exactly as the reference pattern does', () => {
    for (const t of [
      'gak bisa login, udh bgt?! https://t.co/x1 www.bpjs.go.id #Lapor @bpjs_ri',
      "don't don’t x’2 covid-19 e-ktp a-b- antri2 t_t tt_t -_- ^_^ ^^ <3 </3 >:( :-) ;) =p :/ :v ;;",
      'café 😡👍🏽 🇮🇩 ١٢ ①② 𝐁𝐏𝐉𝐒 你好 مرحبا \ud800x \udc00 xhttps://a http:/b',
    ]) {
      expect(byScanner(foldText(t)), t).toEqual(byPattern(foldText(t)));
    }
  });

  it('agrees with the pattern on hostile text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        for (const t of [text, foldText(text)]) expect(byScanner(t)).toEqual(byPattern(t));
      }),
      { numRuns: 500 },
    );
  });

  it('reads a word wherever startsPlainWord says so, to the end of its ASCII run unless that goes on', () => {
    // The tokenizer's fast path (readTokens) reads such words itself, without scanToken.
    fc.assert(
      fc.property(hostileText, (text) => {
        const t = foldText(text);
        const s: Scanned = { kind: 'word', start: 0, end: 0 };
        for (let i = 0; i < t.length; i++) {
          const c = t.charCodeAt(i);
          if (c >= 128 || ASCII_WORD[c] !== 1 || !startsPlainWord(t, i, c)) continue;
          let j = i + 1;
          while (j < t.length && t.charCodeAt(j) < 128 && ASCII_WORD[t.charCodeAt(j)] === 1) j++;
          const stop = t.charCodeAt(j);
          expect(scanToken(t, i, s)).toBe(true);
          expect([s.kind, s.start]).toEqual(['word', i]);
          if (!(stop >= 128 || stop === 39 || stop === 45)) expect(s.end).toBe(j);
        }
      }),
      { numRuns: 300 },
    );
  });
});
