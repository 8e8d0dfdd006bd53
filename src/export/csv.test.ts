import { describe, expect, it } from 'vitest';
import { makeComplaint } from '../../tests/support/complaints';
import { parseCsv } from '../../tests/support/parse-csv';
import {
  BOM,
  COMPLAINT_COLUMNS,
  complaintCsvLine,
  complaintsCsvHeader,
  csvCell,
  csvLine,
  dailyStatsCsv,
  neutralise,
} from './csv';

describe('CSV cells', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","klik")')).toBe('"\'=HYPERLINK(""http://evil"",""klik"")"');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`)).toBe(`"'${start}1+1"`);
    expect(csvCell('antri 3 jam')).toBe('"antri 3 jam"');
  });

  // Spreadsheets trim blanks first and read full-width and small-form signs as the plain ones.
  const DISGUISED = [
    ' =1+1',
    '   +1',
    '\n=1+1',
    '\uFEFF=1+1',
    '\u00A0@SUM(A1)',
    '\u200B=1',
    ' \t -2+3',
    '\u3000=1',
    '＝HYPERLINK("x")',
    '＋1',
    '－1',
    '＠SUM(A1)',
    '﹦1',
    '﹢1',
    ' ＝1',
  ];

  it('neutralises a formula hidden behind blanks, a BOM, a line break or a full-width sign, in both separators', () => {
    for (const delimiter of [',', ';'] as const) {
      const rows = parseCsv(DISGUISED.map((text) => csvLine([text, 'x'], delimiter)).join(''), delimiter);
      expect(rows.map((r) => r[0])).toEqual(DISGUISED.map((t) => `'${t}`));
    }
  });

  it('leaves text alone that no spreadsheet reads as a formula', () => {
    for (const text of ['antri 3 jam', '  antri', '62 812 3456', 'a=b', '#bpjs', '(021) 500400', '']) {
      expect(neutralise(text)).toBe(text);
    }
  });

  it('writes numbers as numbers (a negative score stays a number) and leaves absent values empty', () => {
    expect(csvCell(-0.6)).toBe('-0.6');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('writes decimals the way the separator locale reads them: point with commas, comma with semicolons', () => {
    expect(csvLine([-0.6, 12, 0.25], ',')).toBe('-0.6,12,0.25\r\n');
    expect(csvLine([-0.6, 12, 0.25], ';')).toBe('-0,6;12;0,25\r\n');
    const c = makeComplaint(1);
    const rows = parseCsv(complaintsCsvHeader(';') + complaintCsvLine(c, ';'), ';');
    const at = (name: string) => rows[1]?.[(rows[0] ?? []).indexOf(name)];
    expect(at('sentiment_score')).toBe('-0,6');
    expect(at('complaint_probability')).toBe('0,9');
    expect(at('likes')).toBe('1');
  });
});

describe('complaint CSV', () => {
  it('starts with a BOM and a header, one CRLF row per complaint, ISO dates, notes joined', () => {
    const c = makeComplaint(3, { notes: ['telepon pasien', 'sudah selesai'] });
    const text = complaintsCsvHeader() + complaintCsvLine(c);
    expect(text.startsWith(BOM)).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(COMPLAINT_COLUMNS.map(([n]) => n));
    const row = Object.fromEntries((rows[0] ?? []).map((name, i) => [name, rows[1]?.[i]]));
    expect(row.created_at).toBe(new Date(c.createdAt).toISOString());
    expect(row.notes).toBe('telepon pasien\nsudah selesai');
    expect(row.sentiment_score).toBe('-0.6');
    expect(text.split('\r\n')).toHaveLength(3);
  });

  it('writes a row for a record whose times no Date can hold, with those cells empty', () => {
    const c = makeComplaint(4, { createdAt: 1e20, updatedAt: Number.NaN });
    const rows = parseCsv(complaintsCsvHeader() + complaintCsvLine(c));
    const at = (name: string) => rows[1]?.[(rows[0] ?? []).indexOf(name)];
    expect(at('id')).toBe(c.id);
    expect(at('created_at')).toBe('');
    expect(at('updated_at')).toBe('');
  });

  it('opens back to exactly what went out: commas, quotes, line breaks, emoji, formulas', () => {
    const hostile = [
      'Antri "lama", kecewa\nbaris kedua 😡',
      '=HYPERLINK("https://contoh.invalid","klik")',
      '+62 812-3456',
      '@bpjs_kesehatan tolong',
      'teks; dengan titik koma',
    ];
    const complaints = hostile.map((text, i) => {
      const c = makeComplaint(i);
      return { ...c, post: { ...c.post, text } };
    });
    for (const delimiter of [',', ';'] as const) {
      const csv = complaintsCsvHeader(delimiter) + complaints.map((c) => complaintCsvLine(c, delimiter)).join('');
      const rows = parseCsv(csv, delimiter);
      expect(rows).toHaveLength(complaints.length + 1);
      const textAt = (rows[0] ?? []).indexOf('post_text');
      expect(rows.slice(1).map((r) => r[textAt])).toEqual(hostile.map((t) => (/^[=+\-@]/.test(t) ? `'${t}` : t)));
      const idAt = (rows[0] ?? []).indexOf('id');
      expect(rows.slice(1).map((r) => r[idAt])).toEqual(complaints.map((c) => c.id));
    }
  });
});

describe('daily report CSV', () => {
  it('one row per day × query × site, sorted, deleted rows left out', () => {
    const base = { neutral: 1, positive: 1, complaints: 1, engagement: 9, updatedAt: 1, deviceId: 'd' };
    const csv = dailyStatsCsv([
      {
        ...base,
        id: '2026-11-21|*|x',
        day: '2026-11-21',
        query: '*',
        site: 'x',
        postsSeen: 5,
        negative: 3,
        deleted: 0,
      },
      {
        ...base,
        id: '2026-11-20|bpjs|x',
        day: '2026-11-20',
        query: 'bpjs',
        site: 'x',
        postsSeen: 2,
        negative: 0,
        deleted: 0,
      },
      {
        ...base,
        id: '2026-11-19|*|x',
        day: '2026-11-19',
        query: '*',
        site: 'x',
        postsSeen: 2,
        negative: 0,
        deleted: 1,
      },
    ]);
    expect(parseCsv(csv)).toEqual([
      ['day', 'query', 'site', 'posts_seen', 'negative', 'neutral', 'positive', 'complaints', 'engagement'],
      ['2026-11-20', 'bpjs', 'x', '2', '0', '1', '1', '1', '9'],
      ['2026-11-21', '*', 'x', '5', '3', '1', '1', '1', '9'],
    ]);
  });
});
