import { describe, expect, it } from 'vitest';
import { analyze, compileQueries } from './analyze';

const label = (t: string) => analyze(t).sentiment.label;
const score = (t: string) => analyze(t).sentiment.score;

describe('language guess', () => {
  it('tells Indonesian, English and other scripts apart', () => {
    expect(analyze('aplikasinya gak bisa dibuka dari kemarin').lang).toBe('id');
    expect(analyze('the app does not open since yesterday').lang).toBe('en');
    expect(analyze('ridiculous, incompetence, clueless').lang).toBe('en');
    expect(analyze('今日はとても寒いです').lang).toBe('other');
  });

  it('reads a post with no function word by its spelling, and a mostly Indonesian mixed post as Indonesian', () => {
    expect(analyze('Great cast, great story, great night out').lang).toBe('en');
    expect(analyze('Weather forecast says rain all weekend').lang).toBe('en');
    expect(analyze('antrian panjang bener, petugas cuek').lang).toBe('id');
    expect(analyze('antrian lama bgt, so annoying').lang).toBe('id');
    // Nothing to read: Indonesian, as Simak's users read it first.
    expect(analyze('https://t.co/abc 🙏').lang).toBe('id');
  });
});

describe('sentiment', () => {
  it('reads plain Indonesian praise and complaint', () => {
    expect(label('pelayanannya cepat dan ramah, mantap')).toBe('positive');
    expect(label('pelayanan buruk, petugas jutek dan lama sekali')).toBe('negative');
  });

  it('reads everyday feeling beyond service reviews, Malay included', () => {
    expect(label('berita yang menyedihkan, semoga korban kuat')).toBe('negative');
    expect(label('tahniah kawan, seronok tengok korang berjaya')).toBe('positive');
    expect(label('teruk betul perangai dia, menyampah aku')).toBe('negative');
  });

  it('reads a derived word through its root, but not a name like "BPJS Kesehatan"', () => {
    expect(analyze('kesedihan keluarga korban').sentiment.drivers).toContain('kesedihan');
    expect(analyze('acaranya sungguh menggembirakan').sentiment.drivers).toContain('menggembirakan');
    expect(analyze('kantor bpjs kesehatan buka jam 8').sentiment.drivers).toEqual([]);
    expect(analyze('wisata alam di maluku utara').sentiment.drivers).toEqual([]);
    expect(analyze('tolong diperbaiki aplikasinya').sentiment.drivers).not.toContain('diperbaiki');
  });

  it('reads phrases whose words mislead alone: "salah satu" is "one of", "tidak hanya" "not only"', () => {
    expect(analyze('batik adalah salah satu identitas bangsa').sentiment.drivers).toEqual([]);
    expect(analyze('hasil tes saya positif, dirujuk ke rs').sentiment.drivers).toEqual([]);
    expect(label('tidak hanya murah tapi juga cepat')).toBe('positive');
  });

  it('flips a negated word: "tidak bagus" is negative, "gak jelek" is not negative', () => {
    expect(label('pelayanannya tidak bagus')).toBe('negative');
    expect(score('makanannya gak jelek kok')).toBeGreaterThan(score('makanannya jelek'));
  });

  it('reads negated phrases that mean more than "not X"', () => {
    expect(label('pantai kita gak kalah indah sama luar negeri')).toBe('positive');
    expect(label('jangan patah semangat ya, pasti bisa')).toBe('positive');
  });

  it('strengthens with an intensifier', () => {
    expect(score('antriannya lama banget')).toBeLessThan(score('antriannya lama'));
  });

  it('lets the clause after a contrast outweigh the one before', () => {
    expect(label('aplikasinya bagus tapi lambat dan sering error')).toBe('negative');
  });

  it('reads slang, repeated letters and emoji', () => {
    expect(label('kereeen bgt aplikasinya 😍')).toBe('positive');
    expect(label('lemot parah 😡😡')).toBe('negative');
  });

  it('reads English with negation', () => {
    expect(label('I love this, great service')).toBe('positive');
    expect(label('this is not good at all')).toBe('negative');
    expect(label('the worst customer service ever')).toBe('negative');
  });

  it('reads "can\'t wait" as eagerness, as "tidak sabar" is in Indonesian', () => {
    expect(label("can't wait to see you on sunday")).toBe('positive');
    expect(label('I cant wait for the concert')).toBe('positive');
  });

  it('names the words that drove it and stays in range', () => {
    const s = analyze('pelayanan buruk dan lambat').sentiment;
    expect(s.drivers).toEqual(expect.arrayContaining(['buruk']));
    expect(s.score).toBeGreaterThanOrEqual(-1);
    expect(s.confidence).toBeLessThanOrEqual(1);
  });

  it('gives an English post leaning mildly positive, still neutral, a confidence in range', () => {
    // Positive starts later than negative in English: the neutral band is wider on that side.
    const s = analyze('is it fair?').sentiment;
    expect(s.label).toBe('neutral');
    expect(s.score).toBeGreaterThan(0.05);
    expect(s.confidence).toBeGreaterThanOrEqual(0.5);
    expect(s.confidence).toBeLessThanOrEqual(1);
  });
});

describe('complaints', () => {
  it('finds the complaint, its categories and its urgency', () => {
    const c = analyze('Antri dari subuh di RS, obat kosong, disuruh beli sendiri. Tolong min!').complaint;
    expect(c.is).toBe(true);
    expect(c.categories).toEqual(expect.arrayContaining(['antrean', 'obat']));
    expect(c.asksForHelp).toBe(true);
    expect(c.urgent).toBe(false);
    const urgent = analyze('ibu saya pasien cuci darah ditolak di IGD, gimana ini bpjs?').complaint;
    expect(urgent.is).toBe(true);
    expect(urgent.urgent).toBe(true);
    expect(urgent.urgencyFlags).toEqual(expect.arrayContaining(['cuci darah', 'igd']));
  });

  it('does not take praise for a complaint', () => {
    const c = analyze('Terima kasih BPJS, pelayanan cepat dan ramah').complaint;
    expect(c.is).toBe(false);
    expect(c.probability).toBeLessThan(0.3);
    expect(analyze('I love this, great service').complaint.is).toBe(false);
  });

  it('does not take every question for a complaint', () => {
    expect(analyze('kak, jadwal posyandu bulan depan tanggal berapa ya?').complaint.is).toBe(false);
  });

  it('takes an inquiry for a request for help, not a complaint, unless something went wrong', () => {
    const howTo = analyze('Bagaimana cara pindah faskes lewat Mobile JKN?').complaint;
    expect(howTo).toMatchObject({ is: false, asksForHelp: true });
    expect(analyze('mau tanya min, syarat daftar bpjs mandiri apa aja ya?').complaint.is).toBe(false);
    // Naming an illness is no complaint: "penyakit" is not read as "sakit".
    expect(analyze('apakah penyakit jantung ditanggung bpjs?').complaint.is).toBe(false);
    expect(analyze('Gimana caranya login Mobile JKN, udah coba berkali2 gagal terus').complaint).toMatchObject({
      is: true,
      asksForHelp: true,
    });
  });

  it('counts naming the institution about a problem as asking it for help', () => {
    const c = analyze('Kartu KIS saya tiba2 nonaktif padahal PBI, anak sakit mau berobat @BPJSKesehatanRI').complaint;
    expect(c).toMatchObject({ is: true, asksForHelp: true });
    expect(c.categories).toEqual(expect.arrayContaining(['pbi']));
  });

  it('reads an English complaint', () => {
    expect(analyze("@Support my order still hasn't arrived and nobody answers. Any update?").complaint.is).toBe(true);
  });
});

describe('watch queries in the analysis', () => {
  it('returns the matching queries and their words, after normalisation', () => {
    const queries = compileQueries([
      { id: 'login', source: '"tidak bisa login"' },
      { id: 'antre', source: 'antri* OR antre*' },
      { id: 'obat', source: 'obat' },
    ]);
    const a = analyze('Gak bisa login dari kemarin, antri-antri di kantor juga', { queries });
    expect(a.matches.map((m) => m.queryId)).toEqual(['login', 'antre']);
    expect(a.matches[0]?.words).toEqual(['tidak', 'bisa', 'login']);
  });
});

describe('strange posts', () => {
  it('analyses an empty, a huge and a binary-looking post without throwing', () => {
    expect(analyze('').sentiment.label).toBe('neutral');
    expect(analyze('jelek '.repeat(20_000)).sentiment.label).toBe('negative');
    expect(() => analyze('\u0000\u0001\ud800<script>alert(1)</script>')).not.toThrow();
  });
});

describe('watch queries as a new user writes them', () => {
  const words = (source: string, text: string) =>
    analyze(text, { queries: compileQueries([{ id: 'q', source }]) }).matches[0]?.words ?? null;

  it('hears a word inside a mention or hashtag, and names the tag as why', () => {
    expect(words('bpjs', '@BPJSKesehatanRI tolong min')).toEqual(['@bpjskesehatanri']);
    expect(words('antri*', 'capek #antrilama di puskesmas')).toEqual(['#antrilama']);
    expect(words('kesehatan', '@BPJSKesehatanRI tolong min')).toEqual(['@bpjskesehatanri']);
    expect(words('dokter', '@BPJSKesehatanRI tolong min')).toBeNull();
  });

  it('reads the spellings of one word as one: antri and antre, praktek and praktik', () => {
    expect(words('antri* NEAR/3 lama', 'antre lama banget')).toEqual(['antri', 'lama']);
    expect(words('antre*', 'antrian di loket')).toEqual(['antrian']);
    expect(words('praktik', 'dokter praktek sore')).toEqual(['praktik']);
  });
});
