// Exports run in the extension page, reading the database in chunks by primary key and
// yielding to the event loop between chunks: 100,000 complaints never block the page, and the
// progress bar moves as they go.
import type { SimakDb } from '../db/db';
import { nextTurn } from '../db/next-turn';
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
  // Each chunk becomes a Blob as it is made, so the UTF-8 encoding is spread over the chunks
  // instead of one long task at the end (30 MB for 100,000 complaints).
  const parts: Blob[] = [];
  const push = (text: string) => parts.push(new Blob([text]));
  let count = 0;
  if (kind === 'csv') {
    push(complaintsCsvHeader(delimiter));
    // Deleted records stay out of the spreadsheet; the JSON keeps them (lossless).
    await forEachComplaintChunk(
      db,
      (rows) => {
        // Lines kept apart and handed to the Blob as they are: no 1.5 MB string built per chunk.
        const lines: string[] = [];
        for (const c of rows) {
          if (c.deleted === 1) continue;
          lines.push(complaintCsvLine(c, delimiter));
          count++;
        }
        parts.push(new Blob(lines));
      },
      options.onProgress,
      options.chunk,
      options.total,
    );
    return {
      blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }),
      name: `simak-complaints-${stamp(now)}.csv`,
      count,
    };
  }
  push(jsonHead(now));
  let first = true;
  count = await forEachComplaintChunk(
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
