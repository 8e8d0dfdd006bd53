import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText } from '../../../tests/fuzz/hostile-text';
import { foldText, type KnownWord, readTokens, readTokensByScanner, tokenize } from './normalize';
import { TOKEN_LIMIT, tokenGeneration, tokenOf } from './token';

const known = (w: string) => ['maaf', 'banget', 'good', 'bagus', 'keren'].includes(w);

describe('tokenize', () => {
  it('expands slang and abbreviations to standard Indonesian', () => {
    expect(tokenize('gak bisa login, udh bgt yg knp gimana', known)).toEqual([
      'tidak',
      'bisa',
      'login',
      ',',
      'sudah',
      'banget',
      'yang',
      'kenapa',
      'bagaimana',
    ]);
    expect(tokenize('ke rs bpjskes', known)).toEqual(['ke', 'rumah', 'sakit', 'bpjs', 'kesehatan']);
  });

  it('reads a negation squashed onto its verb and vowel-dropped shorthand as the words', () => {
    expect(tokenize('gausah daftar, gatau kenapa pdhl ttp bayar lgsg smua', known)).toEqual([
      'tidak',
      'usah',
      'daftar',
      ',',
      'tidak',
      'tahu',
      'kenapa',
      'padahal',
      'tetap',
      'bayar',
      'langsung',
      'semua',
    ]);
  });

  it('folds repeated letters, but keeps a known double letter', () => {
    expect(tokenize('bangettt kereeen', known)).toEqual(['banget', 'keren']);
    expect(tokenize('maaf', known)).toEqual(['maaf']);
    expect(tokenize('sooo gooood', known)).toEqual(['so', 'good']);
  });

  it('keeps the consonant English doubles before -ing/-ed/-er, but folds a stretched last letter', () => {
    const english = (w: string) => ['hoping', 'hoped', 'scared', 'banget', 'sakit'].includes(w);
    expect(tokenize('hopping hopped scarred', english)).toEqual(['hopping', 'hopped', 'scarred']);
    expect(tokenize('bangett sakitt', english)).toEqual(['banget', 'sakit']);
  });

  it('folds reduplication written with a hyphen or a 2', () => {
    expect(tokenize('antri-antri ulang2', known)).toEqual(['antri', 'ulang']);
    // Two different words joined by a hyphen stay two words.
    expect(tokenize('jkn-kis', known)).toEqual(['jkn', 'kis']);
  });

  it('keeps URLs, mentions and hashtags as tokens, lower-cased', () => {
    expect(tokenize('@BPJSKesehatanRI #Lapor https://t.co/x1', known)).toEqual(['@bpjskesehatanri', '#lapor', '<url>']);
  });

  it('maps emoji and emoticons to their valence and drops the rest', () => {
    expect(tokenize('mantap 👍 :) 😡 🚗 :(', known)).toEqual(['mantap', 'e+2👍', 'e+2:)', 'e-3😡', 'e-2:(']);
  });

  it('ignores case, accents and zero-width characters', () => {
    expect(foldText('CAFÉ\u200bNya')).toBe('cafenya');
    expect(tokenize('Ｆｕｌｌwidth', known)).toEqual(['fullwidth']);
  });

  it('folds the whole text when what needs folding comes after plain ASCII words', () => {
    expect(tokenize('Mau tanya, ini CAFÉ\u200bNya ｆｕｌｌ', known)).toEqual([
      'mau',
      'tanya',
      ',',
      'ini',
      'cafenya',
      'full',
    ]);
    expect(tokenize('mau tanya https://t.co/é #Café', known)).toEqual(['mau', 'tanya', '<url>', '#cafe']);
  });

  it('reads characters an export left escaped as text', () => {
    expect(tokenize('I don\\u2019t think so\\u002c sorry', known)).toEqual(['i', "don't", 'think', 'so', ',', 'sorry']);
  });

  it('keeps clause punctuation for negation scope and questions', () => {
    expect(tokenize('Kenapa?!! Lama… ok.', known)).toEqual(['kenapa', '?', 'lama', '.', 'oke', '.']);
  });

  it('reads a text longer than its buffer (64 KB, past any post) as it reads a short one', () => {
    for (const part of ['Antrian di RS lamaaa bgt, gak jelas!! https://x.co/a #BPJS 😡 ', 'plain ascii words only ']) {
      const times = Math.ceil(70_000 / part.length);
      const long = part.repeat(times);
      expect(long.length).toBeGreaterThan(1 << 16);
      const once = tokenize(part, known);
      expect(tokenize(long, known)).toEqual(Array.from({ length: times }, () => once).flat());
    }
  });

  it('survives strange input', () => {
    expect(tokenize('', known)).toEqual([]);
    expect(tokenize('\u0000\uffff\ud800', known)).toEqual([]);
    expect(tokenize('a'.repeat(100_000), known)).toHaveLength(1);
  });

  it('reads a piece seen before as it read it the first time', () => {
    const post = 'Gak bisa login, rs penuh #BPJS @admin 😡 :( 🚗 https://t.co/x1 bangettt!!';
    const first = tokenize(post, known);
    expect(tokenize(post, known)).toEqual(first);
    expect(tokenize(`${post} ${post}`, known)).toEqual([...first, ...first]);
  });

  it('remembers pieces apart for each notion of known words', () => {
    expect(tokenize('baguus', known)).toEqual(['bagus']);
    expect(tokenize('baguus')).toEqual(['baguus']);
    expect(tokenize('baguus', known)).toEqual(['bagus']);
  });

  it('gives the records of the current generation for pieces remembered from an earlier one', () => {
    const post = 'gak bisa, #bpjs @admin 😡 :( https://t.co/x1';
    readTokens(post, known);
    const generation = tokenGeneration();
    for (let i = 0; i < TOKEN_LIMIT; i++) tokenOf(`filler${i}`);
    const tokens = readTokens(post, known);
    expect(tokenGeneration()).toBe(generation + 1);
    for (const t of tokens) expect(tokenOf(t.text)).toBe(t);
    expect(tokens.map((t) => t.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('reads a text by its bytes as the scanner alone reads it', () => {
    // Words of every length around the four and eight characters read at once, ending at the
    // text's end or at what may carry a word on, and what looks like a word but starts another
    // kind ("http", "www.", "t_"); each side with a memory of its own, so neither finds what the
    // other kept.
    const near = fc.constantFrom(..."aAbdDhtwpvz039_.,!?;:=<>^-'’/@#()é😡 \r\n");
    const anyAscii = fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c));
    const asciiSoup = fc.array(
      fc.oneof(
        near,
        anyAscii,
        fc.constantFrom(
          'http',
          'www.',
          't_t',
          'https://x.co',
          'bpjs',
          'BPJS',
          '\\u0041',
          ':D',
          ':-(',
          ":'(",
          '=p',
          '<3',
          '</3',
          '^_^',
          '-_-',
          '>:(',
        ),
      ),
      { maxLength: 40 },
    );
    const byBytes: KnownWord = (w) => known(w);
    const byScanner: KnownWord = (w) => known(w);
    // Words longer than the walk's key for the memory (256 characters), read by their text.
    for (const text of ['a'.repeat(300), `x ${'ab'.repeat(128)} ${'ab'.repeat(129)}. ${'ab'.repeat(128)}`]) {
      expect(readTokens(text, byBytes)).toEqual(readTokensByScanner(text, byScanner));
      expect(readTokens(text, byBytes)).toEqual(readTokensByScanner(text, byScanner));
    }
    const texts = fc.oneof(
      hostileText,
      asciiSoup.map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(texts, (text) => {
        expect(readTokens(text, byBytes)).toEqual(readTokensByScanner(text, byScanner));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a piece from its memory as it reads it afresh, on hostile text', () => {
    // One notion of known words keeps its memory across all runs (it fills and grows); a new
    // one per run starts empty, so it works every piece out afresh.
    const remembering: KnownWord = (w) => known(w);
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(tokenize(text, remembering)).toEqual(tokenize(text, (w) => known(w)));
      }),
      { numRuns: 1000 },
    );
  });
});
