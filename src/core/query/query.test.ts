import { describe, expect, it } from 'vitest';
import { readTokens, tokenize } from '../text/normalize';
import { forgetTokensIfFull, TOKEN_LIMIT, tokenOf } from '../text/token';
import {
  compileWatchQueries,
  indexTokens,
  matchQuery,
  matchWatchQueries,
  type ParsedQuery,
  parseQuery,
  type QueryError,
} from './index';

function parsed(source: string): ParsedQuery {
  const r = parseQuery(source);
  if (!r.ok) throw new Error(`${source}: ${r.error.message} at ${r.error.position}`);
  return r.query;
}

function match(source: string, text: string): string[] | null {
  return matchQuery(parsed(source), tokenize(text));
}

function errorOf(source: string): QueryError {
  const r = parseQuery(source);
  if (r.ok) throw new Error(`${source} parsed, but an error was expected`);
  return r.error;
}

describe('words and phrases after normalisation', () => {
  it('matches a phrase written in slang', () => {
    expect(match('"tidak bisa login"', 'gak bisa login dari kemarin')).toEqual(['tidak', 'bisa', 'login']);
    expect(match('"tidak bisa login"', 'Nggak bisaaa LOGIN!!')).toEqual(['tidak', 'bisa', 'login']);
    expect(match('"tidak bisa login"', 'bisa login tidak')).toBeNull();
  });

  it('accepts the curly quotes phones type', () => {
    expect(match('“tidak bisa login”', 'gak bisa login')).toEqual(['tidak', 'bisa', 'login']);
    expect(match('„bisa login" gagal', 'bisa login tapi gagal')).toEqual(['bisa', 'login', 'gagal']);
    expect(errorOf('bpjs “antre')).toMatchObject({ code: 'unclosed-quote', position: 5 });
  });

  it('normalises the query the same way: a slang query word finds the standard word', () => {
    expect(match('gak', 'tidak ada dokter')).toEqual(['tidak']);
    expect(match('"ga bisa"', 'tidak bisa daftar')).toEqual(['tidak', 'bisa']);
  });

  it('treats a word that expands to several as a phrase', () => {
    expect(match('rs', 'antre di rumah sakit')).toEqual(['rumah', 'sakit']);
    expect(match('rs', 'sakit di rumah')).toBeNull();
    expect(match('covid-19', 'vaksin Covid-19 gratis')).toEqual(['covid', '19']);
  });

  it('ignores case and accents', () => {
    expect(match('Cafe', 'ngopi di café dekat RS')).toEqual(['cafe']);
    expect(match('café', 'CAFE tutup')).toEqual(['cafe']);
    expect(match('ANTREAN', 'antrean panjang')).toEqual(['antrian']);
  });

  it('matches a word as a hashtag and inside a tag too, but a hashtag or mention only exactly', () => {
    expect(match('bpjs', 'Kecewa sama #BPJS')).toEqual(['#bpjs']);
    // The words inside a tag match too: staff writing `bpjs` mean the account and the tag as well.
    expect(match('bpjs', '#BPJSKesehatan lambat')).toEqual(['#bpjskesehatan']);
    expect(match('dokter', '#BPJSKesehatan lambat')).toBeNull();
    expect(match('#lapor', 'mau #lapor soal faskes')).toEqual(['#lapor']);
    expect(match('#lapor', 'mau lapor soal faskes')).toBeNull();
    expect(match('@bpjskesehatanri', 'tolong @BPJSKesehatanRI')).toEqual(['@bpjskesehatanri']);
  });

  it('skips punctuation and emoji inside a phrase', () => {
    expect(match('"bisa login"', 'gak bisa... 😡 login')).toEqual(['bisa', 'login']);
  });

  it('reports each matched word once, in text order', () => {
    expect(match('login OR gagal', 'gagal login, gagal lagi login')).toEqual(['gagal', 'login']);
  });
});

describe('prefixes', () => {
  it('matches words that start with the prefix', () => {
    expect(match('antri*', 'antrian panjang banget')).toEqual(['antrian']);
    expect(match('antri*', 'antri-antri dari subuh')).toEqual(['antri']);
    expect(match('antri*', 'antri2 dari subuh')).toEqual(['antri']);
    expect(match('antri*', 'mengantri dari subuh')).toBeNull();
  });

  it('folds case, accents and repeated letters in the prefix', () => {
    expect(match('ANTRIII*', 'antrian')).toEqual(['antrian']);
    expect(match('caf*', 'Café')).toEqual(['cafe']);
  });

  it('matches hashtags that start with the prefix', () => {
    expect(match('bpjs*', '#BPJSKesehatan lambat')).toEqual(['#bpjskesehatan']);
    expect(match('#bpjs*', 'bpjskesehatan #bpjsmobile')).toEqual(['#bpjsmobile']);
  });
});

describe('boolean operators', () => {
  const q = 'bpjs AND (antre* OR antri*) NOT dokter';

  it('combines AND, OR, NOT and parentheses', () => {
    expect(match(q, 'BPJS antriannya panjang bgt')).toEqual(['bpjs', 'antriannya']);
    // "antre" is read as "antri", its other spelling.
    expect(match(q, 'antre di faskes bpjs')).toEqual(['antri', 'bpjs']);
    expect(match(q, 'bpjs antre lama, dokternya gak ada')).toEqual(['bpjs', 'antri']);
    expect(match(q, 'bpjs antre lama, dokter gak ada')).toBeNull();
    expect(match(q, 'bpjs lancar')).toBeNull();
  });

  it('joins adjacent terms with AND', () => {
    expect(match('bpjs antrean', 'antrean bpjs')).toEqual(['antrian', 'bpjs']);
    expect(match('bpjs antrean', 'antrean saja')).toBeNull();
  });

  it('accepts -word as NOT, and keeps hyphens inside words', () => {
    expect(match('antrean -dokter', 'antrean dokter')).toBeNull();
    expect(match('antrean -dokter', 'antrean panjang')).toEqual(['antrian']);
    expect(match('antrean -"cuci darah"', 'antrean cuci darah')).toBeNull();
  });

  it('binds OR looser than AND', () => {
    const p = parsed('a b OR c');
    expect(p.root.type).toBe('or');
    expect(match('login gagal OR error', 'error')).toEqual(['error']);
  });

  it('reads lower-case operators as words', () => {
    expect(match('sehat and sakit', 'sehat and sakit')).toEqual(['sehat', 'and', 'sakit']);
    expect(match('sehat and sakit', 'sehat sakit')).toBeNull();
  });

  it('returns the words of both sides of an OR when both match', () => {
    expect(match('(login OR daftar) gagal', 'daftar gagal, login juga')).toEqual(['daftar', 'gagal', 'login']);
  });
});

describe('NEAR/n', () => {
  it('matches within n words, in either order', () => {
    expect(match('login NEAR/2 gagal', 'login nya gagal')).toEqual(['login', 'gagal']);
    expect(match('login NEAR/2 gagal', 'gagal terus pas login')).toEqual(['gagal', 'login']);
    expect(match('login NEAR/2 gagal', 'login ke aplikasi jkn gagal')).toBeNull();
    expect(match('login NEAR/0 gagal', 'login gagal')).toEqual(['login', 'gagal']);
    expect(match('login NEAR/0 gagal', 'login terus gagal')).toBeNull();
  });

  it('does not count punctuation or emoji as words', () => {
    expect(match('login NEAR/1 gagal', 'login, 😡 terus... gagal!')).toEqual(['login', 'gagal']);
  });

  it('measures from the edges of a phrase and reports only the near occurrence', () => {
    expect(match('"tidak bisa" NEAR/1 login', 'login kok gak bisa')).toEqual(['login', 'tidak', 'bisa']);
    expect(match('gagal NEAR/1 login', 'gagal bayar. sudah lama sekali. login lalu gagal')).toEqual(['login', 'gagal']);
  });

  it('takes prefixes, OR-groups and chains', () => {
    expect(match('antri* NEAR/3 (lama OR panjang)', 'antriannya kok lama')).toEqual(['antriannya', 'lama']);
    expect(match('a NEAR/1 b NEAR/1 c', 'a b c')).toEqual(['a', 'b', 'c']);
    expect(match('a NEAR/1 b NEAR/1 c', 'a b x y z c')).toBeNull();
  });

  it('needs two distinct occurrences for the same word', () => {
    expect(match('gagal NEAR/2 gagal', 'gagal lagi')).toBeNull();
    expect(match('gagal NEAR/2 gagal', 'gagal lagi gagal')).toEqual(['gagal']);
  });
});

describe('errors', () => {
  const cases: [string, QueryError['code'], number][] = [
    ['', 'empty-query', 0],
    ['   ', 'empty-query', 0],
    ['bpjs "antre', 'unclosed-quote', 5],
    ['(antre OR antri', 'unclosed-paren', 0],
    ['bpjs (antre OR (antri)', 'unclosed-paren', 5],
    ['antre)', 'unmatched-paren', 5],
    [') antre', 'unmatched-paren', 0],
    ['bpjs ()', 'missing-operand', 5],
    ['AND antre', 'missing-operand', 0],
    ['antre AND', 'missing-operand', 6],
    ['antre OR OR antri', 'missing-operand', 6],
    ['antre NOT', 'missing-operand', 6],
    ['(antre OR) bpjs', 'missing-operand', 7],
    ['login NEAR/ gagal', 'near-distance', 6],
    ['login NEAR gagal', 'near-distance', 6],
    ['login NEAR/x gagal', 'near-distance', 6],
    ['login NEAR/1000 gagal', 'near-distance', 6],
    ['login NEAR/3', 'missing-operand', 6],
    ['login NEAR/3 NOT gagal', 'near-operand', 6],
    ['(login gagal) NEAR/3 bpjs', 'near-operand', 14],
    ['bpjs *', 'bare-wildcard', 5],
    ['bpjs **', 'bare-wildcard', 5],
    ['bpjs *antri', 'wildcard-position', 5],
    ['bpjs an*tri', 'wildcard-position', 7],
    ['bpjs covid-1*', 'bad-prefix', 5],
    ['bpjs ...', 'empty-term', 5],
    ['bpjs ""', 'empty-phrase', 5],
    ['NOT dokter', 'only-negative', 0],
    ['-dokter', 'only-negative', 0],
    ['antre OR NOT dokter', 'only-negative', 9],
    ['-dokter -obat', 'only-negative', 0],
    ['antre OR (NOT dokter -obat)', 'only-negative', 10],
  ];

  it.each(cases)('%j → %s at %i', (source, code, position) => {
    const e = errorOf(source);
    expect(e.code).toBe(code);
    expect(e.position).toBe(position);
    expect(e.message.length).toBeGreaterThan(0);
  });

  it('accepts a NOT beside a required word', () => {
    expect(parseQuery('(antre OR NOT dokter) bpjs').ok).toBe(true);
    expect(parseQuery('-dokter antre').ok).toBe(true);
  });

  it('rejects deep nesting and huge queries without overflowing the stack', () => {
    expect(errorOf(`${'('.repeat(900)}a${')'.repeat(900)}`).code).toBe('too-deep');
    expect(errorOf(`${'NOT '.repeat(400)}a`).code).toBe('too-deep');
    expect(errorOf('a '.repeat(5000)).code).toBe('too-long');
    expect(errorOf(`${'a NEAR/1 '.repeat(11)}a`)).toMatchObject({ code: 'too-many-near', position: 92 });
  });

  // Speed lives in bench/score, not in timed tests; this one checks adversarial queries finish and match.
  it('matches adversarial queries over long repetitive posts', () => {
    const post = indexTokens(tokenize('a b '.repeat(1000)));
    const queries = ['a '.repeat(999), `${'a NEAR/1 '.repeat(10)}a`, `${'(a OR b*) NEAR/100 '.repeat(10)}a*`];
    for (const q of queries) {
      const query = parsed(q);
      expect(matchQuery(query, post)).not.toBeNull();
    }
  });

  it('never throws on random strings of query characters', () => {
    const pieces = [
      'a',
      'gak',
      'antri',
      'é',
      '"',
      '(',
      ')',
      '*',
      '-',
      ' ',
      '  ',
      'AND',
      'OR',
      'NOT',
      'NEAR/',
      'NEAR/2',
      'NEAR',
      '#',
      '@',
      '.',
      '😡',
      '/',
      '1',
      '“',
      '”',
    ];
    const post = indexTokens(tokenize('gak bisa antri a 1 #a @a, antrian é AND or'));
    let seed = 42;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let run = 0; run < 3000; run++) {
      let source = '';
      const length = 1 + next(12);
      for (let k = 0; k < length; k++) source += pieces[next(pieces.length)] ?? '';
      const r = parseQuery(source);
      if (r.ok) {
        const words = matchQuery(r.query, post);
        expect(words === null || words.every((w) => typeof w === 'string')).toBe(true);
        if (words !== null) expect(words.length).toBeGreaterThan(0);
      } else {
        expect(r.error.code).not.toBe('internal');
        expect(r.error.position).toBeGreaterThanOrEqual(0);
        expect(r.error.position).toBeLessThanOrEqual(source.length);
        expect(r.error.message).toMatch(/\S/);
      }
    }
  });
});

describe('watch lists', () => {
  const { compiled, errors } = compileWatchQueries([
    { id: 'login', source: '"tidak bisa login" OR (login NEAR/2 gagal)' },
    { id: 'antre', source: 'bpjs AND (antre* OR antri*) NOT dokter' },
    { id: 'broken', source: 'bpjs "antre' },
    { id: 'igd', source: 'igd OR "gawat darurat"' },
  ]);

  it('compiles the good queries and reports the bad ones', () => {
    expect(compiled.map((c) => c.id)).toEqual(['login', 'antre', 'igd']);
    expect(errors).toEqual([{ id: 'broken', error: expect.objectContaining({ code: 'unclosed-quote', position: 5 }) }]);
  });

  it('returns every matching query with its words', () => {
    const tokens = readTokens('Udah antri 3 jam di BPJS, eh aplikasinya gak bisa login 😡');
    expect(matchWatchQueries(compiled, tokens)).toEqual([
      { queryId: 'login', words: ['tidak', 'bisa', 'login'] },
      { queryId: 'antre', words: ['antri', 'bpjs'] },
    ]);
    expect(matchWatchQueries(compiled, indexTokens(tokenize('pelayanan ramah')))).toEqual([]);
  });

  it('turns a post away early only when no query can match it', () => {
    const { compiled: watch } = compileWatchQueries(
      [
        'gak OR antri*',
        '"nunggu lama" OR #antrean',
        '(login OR masuk) NEAR/3 (gagal OR "tidak bisa")',
        'bpjs AND NOT dokter',
        'NOT dokter AND (igd OR "gawat darurat")',
        '@bpjs_ri lapor',
        // A prefix an emoji's token starts too ("e+2😀"): an emoji takes no word position.
        'e* AND NOT dokter',
      ].map((source) => ({ id: source, source })),
    );
    const posts = [
      'antrian panjang',
      'gak jelas',
      'nunggu lama banget #antrean',
      'gak bisa masuk, tidak bisa login',
      'masuk aplikasi gagal terus',
      'bpjs dokter',
      'bpjs ramah',
      'ke igd malam',
      'gawat darurat tapi dokter tidak ada',
      '@bpjs_ri mau lapor',
      'lapor',
      'pelayanan ramah',
      '😀 mantap',
      'emas 😀',
      'eh dokter 😀',
    ];
    let matched = 0;
    for (const post of posts) {
      // Given an index, every query is evaluated: the reference.
      const all = matchWatchQueries(watch, indexTokens(tokenize(post)));
      expect(matchWatchQueries(watch, readTokens(post)), post).toEqual(all);
      matched += all.length;
    }
    expect(matched).toBeGreaterThan(8);
  });

  it("finds a query's anchor in a post of a new generation of token records", () => {
    const before = readTokens('pelayanan ramah');
    expect(matchWatchQueries(compiled, before)).toEqual([]);
    for (let i = 0; i < TOKEN_LIMIT; i++) tokenOf(`filler${i}`);
    forgetTokensIfFull();
    // The anchors now take the ids of words that anchor nothing.
    for (let i = 0; i < (before[0]?.id ?? 0); i++) tokenOf(`new${i}`);
    const after = readTokens('igd penuh');
    expect(after.map((t) => t.id)).toEqual(before.map((t) => t.id));
    expect(matchWatchQueries(compiled, after)).toEqual([{ queryId: 'igd', words: ['igd'] }]);
  });
});
