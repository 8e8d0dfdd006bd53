// Exports run in the extension page, reading the database in chunks by primary key and
// yielding to the event loop between chunks: 100,000 complaints never block the page, and the
// progress bar moves as they go.
import { copyLine, inDelimiter, partKeys, partsFrom } from '../db/csv-copy';
import { FOLD_ROWS, readCsvCopy, saveCsvBase } from '../db/csv-copy-store';
import type { SimakDb } from '../db/db';
import { nextTurn } from '../db/next-turn';
import { readRevision } from '../db/revision';
import type { Complaint } from '../db/schema';
import { complaintCsvLine, complaintsCsvHeader, type Delimiter, dailyStatsCsv } from './csv';
import { JSON_TAIL, jsonHead } from './json';

/** Complaints read at a time: big enough that the per-read cost is small, small enough to keep the page responsive. */
export const CHUNK = 5_000;
export type Progress = (done: number, total: number) => void;
export type ExportKind = 'csv' | 'json' | 'daily';

/** Every complaint in id order, one chunk at a time (keyset pagination on the primary key). */
export async function forEachComplaintChunk(
  db: SimakDb,
  onChunk: (rows: Complaint[]) => void,
  onProgress?: Progress,
  chunk = CHUNK,
  known?: Promise<number | undefined>,
): Promise<number> {
  // Counting 100,000 complaints takes Chromium about a second, on the same database as the
  // reads: the reading does not wait for it, the progress bar shows a total once it is known,
  // and a total `known` elsewhere (the worker's search index holds it) spares the count.
  let total: number | undefined;
  let done = 0;
  const counting = (known ? known.then((n) => n ?? db.complaints.count()) : db.complaints.count()).then((n) => {
    total = n;
    onProgress?.(done, Math.max(n, done));
  });
  const read = (after: string | undefined) =>
    (after === undefined ? db.complaints.orderBy(':id') : db.complaints.where(':id').above(after))
      .limit(chunk)
      .toArray();
  // The next chunk is asked for before this one is written out: the database reads it while
  // the page turns this one into text.
  let next: Promise<Complaint[]> = read(undefined);
  for (;;) {
    const rows = await next;
    if (rows.length === 0) break;
    if (rows.length === chunk) next = read(rows[rows.length - 1]?.id);
    else next = Promise.resolve([]);
    onChunk(rows);
    done += rows.length;
    if (total !== undefined) onProgress?.(done, Math.max(total, done));
    await nextTurn();
  }
  await counting;
  return done;
}

export interface ExportFile {
  blob: Blob;
  name: string;
  count: number;
  /** A CSV export saving the log's CSV copy as it made it (true: saved), not waited for by the export. */
  saving?: Promise<boolean>;
}

function stamp(now: number): string {
  return new Date(now).toISOString().slice(0, 16).replace(/[:T]/g, '-');
}

export async function exportFile(
  db: SimakDb,
  kind: ExportKind,
  /** `chunk`: rows read at a time; the page keeps CHUNK, tests cross chunk joins with a few rows. */
  options: {
    delimiter?: Delimiter;
    onProgress?: Progress;
    now?: number;
    chunk?: number;
    /** How many complaints the log holds, if known elsewhere (for the progress bar). */
    total?: Promise<number | undefined>;
  } = {},
): Promise<ExportFile> {
  const now = options.now ?? Date.now();
  const delimiter = options.delimiter ?? ',';
  if (kind === 'daily') {
    const rows = await db.dailyStats.toArray();
    options.onProgress?.(rows.length, rows.length);
    return {
      blob: new Blob([dailyStatsCsv(rows, delimiter)], { type: 'text/csv;charset=utf-8' }),
      name: `simak-daily-${stamp(now)}.csv`,
      count: rows.length,
    };
  }
  if (kind === 'csv') {
    const name = `simak-complaints-${stamp(now)}.csv`;
    const fromCopy = await csvFromCopy(db, delimiter, options.onProgress);
    if (fromCopy) return { ...fromCopy, name };
    return { ...(await csvFromRecords(db, delimiter, options)), name };
  }
  // Each chunk becomes a Blob as it is made, so the UTF-8 encoding is spread over the chunks
  // instead of one long task at the end (30 MB for 100,000 complaints).
  const parts: Blob[] = [];
  const push = (text: string) => parts.push(new Blob([text]));
  push(jsonHead(now));
  let first = true;
  const count = await forEachComplaintChunk(
    db,
    (rows) => {
      const text = rows.map((c) => JSON.stringify(c)).join(',\n');
      push(first ? text : `,\n${text}`);
      first = false;
    },
    options.onProgress,
    options.chunk,
    options.total,
  );
  push(JSON_TAIL);
  return { blob: new Blob(parts, { type: 'application/json' }), name: `simak-complaints-${stamp(now)}.json`, count };
}

const CSV_TYPE = 'text/csv;charset=utf-8';

/**
 * The CSV from the log's CSV copy (db/csv-copy.ts) when it is current: its parts joined, no
 * record read. Changes saved since its base are folded in, and once they have piled up the
 * fold is saved as the new base afterwards (not waited for). Undefined when the copy cannot
 * give the log as it is now.
 */
async function csvFromCopy(
  db: SimakDb,
  delimiter: Delimiter,
  onProgress?: Progress,
): Promise<Omit<ExportFile, 'name'> | undefined> {
  const copy = await readCsvCopy(db);
  if (!copy) return undefined;
  const { parts } = copy.folded;
  const count = parts.reduce((n, p) => n + p.idLengths.length, 0);
  const blobs: Blob[] = [new Blob([complaintsCsvHeader(delimiter)])];
  let done = 0;
  for (const part of parts) {
    // A semicolon file is made from the comma lines: read, converted, a part at a time.
    blobs.push(delimiter === ',' ? part.body : new Blob([inDelimiter(await part.body.text(), delimiter)]));
    done += part.idLengths.length;
    if (delimiter !== ',') {
      onProgress?.(done, count);
      await nextTurn();
    }
  }
  onProgress?.(count, count);
  const saving =
    copy.changes >= FOLD_ROWS
      ? saveCsvBase(db, copy.revision, copy.folded, copy.base, false).catch(() => false)
      : undefined;
  return { blob: new Blob(blobs, { type: CSV_TYPE }), count, ...(saving ? { saving } : {}) };
}

/**
 * The CSV from the records, read in chunks (no current copy: an old log, or a write that left
 * no change row). The comma lines made on the way are saved as the copy's new base if the log
 * did not change meanwhile.
 */
async function csvFromRecords(
  db: SimakDb,
  delimiter: Delimiter,
  options: { onProgress?: Progress; chunk?: number; total?: Promise<number | undefined> },
): Promise<Omit<ExportFile, 'name'>> {
  const revision = await readRevision(db);
  const parts: Blob[] = [new Blob([complaintsCsvHeader(delimiter)])];
  const lines: [string, string][] = [];
  let count = 0;
  // Deleted records stay out of the spreadsheet; the JSON keeps them (lossless).
  await forEachComplaintChunk(
    db,
    (rows) => {
      // Lines kept apart and handed to the Blob as they are: no 1.5 MB string built per chunk.
      const out: string[] = [];
      for (const c of rows) {
        const line = copyLine(c);
        if (line === null) continue;
        lines.push([c.id, line]);
        out.push(delimiter === ',' ? line : complaintCsvLine(c, delimiter));
        count++;
      }
      parts.push(new Blob(out));
    },
    options.onProgress,
    options.chunk,
    options.total,
  );
  const base = { parts: partsFrom(lines, partKeys(revision)), dropped: [] };
  const saving = saveCsvBase(db, revision, base, undefined, true).catch(() => false);
  return { blob: new Blob(parts, { type: CSV_TYPE }), count, saving };
}
