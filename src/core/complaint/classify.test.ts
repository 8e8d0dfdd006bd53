import { describe, expect, it } from 'vitest';
import { analyze, compileTaxonomy, DEFAULT_TAXONOMY, readPost } from '../analyze';
import { analyzeComplaint } from './complaint';

describe('post kinds', () => {
  it('tells a complaint from a headline, a neutral question and praise', () => {
    const complaint = analyze('udah bayar iuran rutin, pas opname disuruh bayar selisih 3 juta. gunanya apa coba');
    expect(complaint.kind?.label).toBe('complaint');
    expect(complaint.complaint.is).toBe(true);
    expect(
      analyze('Daftar 21 Tindakan Medis yang Tidak Ditanggung BPJS Kesehatan Tahun Ini https://t.co/x').kind?.label,
    ).toBe('news');
    expect(analyze('ada yg tau ga operasi katarak bisa pake bpjs?').kind?.label).toBe('inquiry');
    expect(analyze('makasih bpjs, operasi ibu lancar tanpa biaya sepeser pun').kind?.label).toBe('praise');
  });

  it('keeps the complaint flag and the kind in step, with probabilities in range', () => {
    for (const text of [
      'antri dari subuh, dipanggil jam 2 siang',
      'info jam buka kantor cabang',
      'BPJS = budget pas pasan',
    ]) {
      const a = analyze(text);
      expect(a.kind?.label === 'complaint').toBe(a.complaint.is);
      expect(a.kind?.probability).toBeGreaterThanOrEqual(0);
      expect(a.kind?.probability).toBeLessThanOrEqual(1);
    }
  });

  it('gives a complaint its most likely category first, at most three, and names the words', () => {
    const a = analyze('kartu bpjs saya tiba2 nonaktif padahal iuran lancar, mau berobat ditolak');
    expect(a.complaint.is).toBe(true);
    expect(a.complaint.categories.length).toBeGreaterThan(0);
    expect(a.complaint.categories.length).toBeLessThanOrEqual(3);
    expect(a.complaint.categories[0]).toBe('kepesertaan');
    expect(a.complaint.drivers?.length).toBeGreaterThan(0);
  });

  it('reads the categories of policy grievances as the readers of real posts do', () => {
    expect(analyze('SIM aja sekarang wajib bpjs aktif, ngurus apa2 dipersulit').complaint.categories[0]).toBe(
      'kepesertaan',
    );
    expect(
      analyze('iuran tiap bulan jalan terus, pas butuh malah disuruh beli asuransi swasta').complaint.categories[0],
    ).toBe('biaya_tidak_ditanggung');
    expect(
      analyze('RS langganan kami udah ga nerima pasien bpjs lagi, yg terdekat 30 km').complaint.categories[0],
    ).toBe('penolakan_pelayanan');
  });

  it('gives a post unlikely to be a complaint a category only from the full floor', () => {
    // Categories are read on every post, but an off-topic one names no category's keyword and
    // the model holds none of them more likely than not.
    for (const text of ['makan siang apa ya hari ini', 'Terima kasih, pelayanan cepat']) {
      const a = analyze(text);
      expect(a.complaint.probability).toBeLessThan(0.1);
      expect(a.complaint.categories).toEqual([]);
    }
  });

  it("hears the user's own category and keywords", () => {
    const taxonomy = compileTaxonomy({
      ...DEFAULT_TAXONOMY,
      categories: [
        ...DEFAULT_TAXONOMY.categories,
        { id: 'parkir', label_id: 'Parkir', label_en: 'Parking', keywords_id: ['parkir'], keywords_en: [] },
      ],
    });
    const a = analyze('parkir di rs mahal banget, pasien bpjs tetap ditarik parkir', { taxonomy });
    expect(a.complaint.categories).toContain('parkir');
  });

  it("gives an English complaint to another service none of BPJS's categories unless it names a keyword", () => {
    for (const text of [
      '@AmazonHelp my order never arrived',
      'My flight got cancelled and nobody at the counter helps',
    ]) {
      const a = analyze(text);
      expect(a.kind?.label).toBe('complaint');
      expect(a.complaint.categories).toEqual([]);
    }
    // Naming BPJS, the same kind of post is read for the taxonomy's categories.
    expect(analyze('@BPJSKesehatanRI my card is inactive after I paid').complaint.categories.length).toBeGreaterThan(0);
  });

  it('reads an English post to another service by the cue model alone, one naming BPJS by both', () => {
    const taxonomy = compileTaxonomy(DEFAULT_TAXONOMY);
    const cueOf = (text: string) => {
      const { tokens, signals, sentiment } = readPost(text);
      return analyzeComplaint(tokens, signals, sentiment, taxonomy).probability;
    };
    const other = '@AcmeHelp my order is wrong and I want a refund';
    expect(analyze(other).complaint.probability).toBe(cueOf(other));
    // A grievance told as a story (english-weariness.ts) reads surer than its cues alone.
    const weary = '@AcmeHelp my order never arrived and nobody answers the phone';
    expect(analyze(weary).complaint.probability).toBeGreaterThan(cueOf(weary));
    const bpjs = 'my BPJS card still shows my old employer and the clinic turned us away';
    expect(analyze(bpjs).complaint.probability).not.toBe(cueOf(bpjs));
  });
});
