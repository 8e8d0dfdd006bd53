import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeComplaint } from '../../tests/support/complaints';
import { complaintCsvLine } from '../export/csv';
import {
  type CsvChange,
  type CsvPart,
  chainOf,
  changeRow,
  fold,
  partKeys,
  partsFrom,
  toSemicolons,
  utf8Length,
} from './csv-copy';

const text = async (parts: readonly CsvPart[]) => (await Promise.all(parts.map((p) => p.body.text()))).join('');
const idsOf = (parts: readonly CsvPart[]) =>
  parts.flatMap((p) => {
    const out: string[] = [];
    let at = 0;
    for (const len of p.idLengths) {
      out.push(p.ids.slice(at, at + len));
      at += len;
    }
    return out;
  });

// Lines with characters of one to four UTF-8 bytes and a lone surrogate (which a Blob writes as U+FFFD).
const lineArb = fc.constantFrom(
  '"a",1\r\n',
  '"é ü",2.5\r\n',
  '"日本",;\r\n',
  '"😡 x"\r\n',
  '"\uD800 lone"\r\n',
  '"p"\r\n',
);

describe('CSV copy layout', () => {
  it('counts UTF-8 bytes as the encoder writes them', () => {
    fc.assert(
      // Code units of every kind, lone surrogates among them (written as U+FFFD).
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.nat(0xffff).map((c) => String.fromCharCode(c)),
            fc.constant('😡'),
          ),
        }),
        (s) => {
          expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('folds any sequence of changes into parts whose lines are the last word on each id, in id order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.tuple(fc.nat({ max: 60 }), lineArb), { maxLength: 40 }),
        fc.array(fc.array(fc.tuple(fc.nat({ max: 70 }), fc.option(lineArb)), { maxLength: 15 }), { maxLength: 5 }),
        async (partLines, start, changes) => {
          const id = (k: number) => `id${String(k).padStart(3, '0')}`;
          const want = new Map<string, string>();
          for (const [k, line] of start) want.set(id(k), line);
          let parts = partsFrom(
            [...want].sort(([a], [b]) => (a < b ? -1 : 1)),
            partKeys(1),
            partLines,
          );
          let revision = 1;
          let folded = 1;
          const pending: CsvChange[] = [];
          for (const [round, written] of changes.entries()) {
            const row = changeRow(
              revision,
              revision + 1,
              written.map(([k, line]) => [id(k), line]),
            );
            for (const [k, line] of written) {
              if (line === null) want.delete(id(k));
              else want.set(id(k), line);
            }
            revision++;
            pending.unshift(row);
            // Some rounds fold one change, others two or more at once.
            if (round % 2 === 1 && round + 1 < changes.length) continue;
            const chain = chainOf(pending, folded, revision) as CsvChange[];
            expect(chain).toHaveLength(pending.length);
            const next = await fold(parts, chain, partKeys(revision), partLines);
            for (const p of next.parts) {
              expect(p.idLengths.length).toBeGreaterThan(0);
              expect(p.idLengths.length).toBeLessThanOrEqual(2 * partLines);
              expect(p.body.size).toBe(p.byteLengths.reduce((a, b) => a + b, 0));
            }
            parts = next.parts;
            pending.length = 0;
            folded = revision;
          }
          const sorted = [...want].sort(([a], [b]) => (a < b ? -1 : 1));
          expect(idsOf(parts)).toEqual(sorted.map(([k]) => k));
          expect(await text(parts)).toBe(sorted.map(([, line]) => line.replace('\uD800', '\uFFFD')).join(''));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps a part no change touches as the same row', async () => {
    const parts = partsFrom(
      ['a', 'b', 'c', 'd'].map((k) => [k, `"${k}"\r\n`] as const),
      partKeys(1),
      2,
    );
    const folded = await fold(parts, [changeRow(1, 2, [['d', '"D"\r\n']])], partKeys(2), 2);
    expect(folded.parts[0]).toBe(parts[0]);
    expect(folded.dropped).toEqual([parts[1]?.chunk]);
  });

  it('finds the chain of changes from a revision to another, or none when one is missing', () => {
    const rows = [changeRow(3, 4, []), changeRow(1, 2, []), changeRow(2, 3, [])];
    expect(chainOf(rows, 1, 4)?.map((r) => r.to)).toEqual([2, 3, 4]);
    expect(chainOf(rows, 2, 4)?.map((r) => r.to)).toEqual([3, 4]);
    expect(chainOf(rows, 4, 4)).toEqual([]);
    expect(chainOf(rows, 0, 4)).toBeUndefined();
    expect(chainOf(rows, 1, 5)).toBeUndefined();
  });

  it('turns comma lines into the semicolon lines csv.ts writes, whatever the cells hold', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('a,b', 'x;y', '"q"', '1.5', '=1', '', 'a\r\nb'));
    const num = fc.oneof(fc.double({ noNaN: true }), fc.integer(), fc.constant(0.1 + 0.2));
    fc.assert(
      fc.property(cell, cell, num, fc.option(num, { nil: undefined }), fc.boolean(), (t1, t2, score, likes, urgent) => {
        const base = makeComplaint(1, { notes: [t1, t2], tags: [t2] });
        const c = {
          ...base,
          post: { ...base.post, text: t1, counts: { ...base.post.counts, likes } },
          analysis: {
            ...base.analysis,
            sentiment: { ...base.analysis.sentiment, score },
            complaint: { ...base.analysis.complaint, urgent },
          },
        };
        expect(toSemicolons(complaintCsvLine(c, ','))).toBe(complaintCsvLine(c, ';'));
      }),
    );
  });
});
