// The CSV copy of the complaint log: every live complaint's export line, kept current as the
// log changes, so a CSV export joins finished parts instead of reading and formatting 100,000
// full records (Chromium's reading of the records was most of a 10 s export). Laid out like the
// search index (index-parts.ts), in the same `searchChunks` table under string keys (above
// every number the index uses): a *base* of parts of up to PART_LINES lines in id order, each
// part's lines one Blob (Chromium keeps it as a file: read back with no decoding) beside its
// ids and each line's UTF-8 length, plus one *change* row per write since the base, holding
// the written complaints' new lines (null: gone from the export). A change row goes from one
// log revision to the next, so the copy is used only when its changes lead from the base to
// the log's revision; anything else (a write that left no row, a cleared table) sends the
// export back to the records, and that export saves a new base.
//
// Lines are kept with commas (the export's default); a semicolon export is made from them by
// `toSemicolons`. Pure: no database access here (csv-copy-store.ts reads and writes).
import { complaintCsvLine, type Delimiter } from '../export/csv';
import { nextTurn } from './next-turn';
import type { Complaint } from './schema';

/** Lines per part: a part changed by a write is written again whole, so not too many. */
export const PART_LINES = 5_000;
/** Bumped when the layout or the line format changes: a base of another format is made again. */
export const CSV_FORMAT = 1;

export const CSV_META_KEY = 'csv:meta';
const PART_KEY = 'csv:part:';
export const CSV_CHANGE_KEY = 'csv:change:';
/** Revisions written with 15 digits, so the keys of change rows sort as their numbers. */
export const changeKey = (to: number): string => CSV_CHANGE_KEY + String(to).padStart(15, '0');

export interface CsvMeta {
  chunk: typeof CSV_META_KEY;
  format: number;
  /** The log revision the base reflects. */
  revision: number;
  /** The keys of the base's parts, in id order. */
  parts: string[];
}

export interface CsvPart {
  chunk: string;
  /** Every line's complaint id, joined; `idLengths` cuts them apart. */
  ids: string;
  idLengths: Uint32Array;
  /** Every line's length in UTF-8 bytes, where it starts in `body`. */
  byteLengths: Uint32Array;
  /** The lines themselves, comma-separated, CRLF-ended, UTF-8. */
  body: Blob;
}

/** The lines that took the export from log revision `from` to `to` (one write, or one step of a bulk write). */
export interface CsvChange {
  chunk: string;
  from: number;
  to: number;
  ids: string[];
  /** The complaint's line now; null when it left the export (deleted). */
  lines: (string | null)[];
}

export type CsvRow = CsvMeta | CsvPart | CsvChange;

/** A complaint's line in the copy: none for one deleted (the export leaves those out). */
export function copyLine(c: Complaint): string | null {
  return c.deleted === 0 ? complaintCsvLine(c, ',') : null;
}

export function changeRow(from: number, to: number, written: readonly [string, string | null][]): CsvChange {
  return { chunk: changeKey(to), from, to, ids: written.map(([id]) => id), lines: written.map(([, line]) => line) };
}

/** The change rows leading from `from` to `to` in order, or undefined if one is missing. */
export function chainOf(rows: readonly CsvChange[], from: number, to: number): CsvChange[] | undefined {
  const byFrom = new Map(rows.map((r) => [r.from, r]));
  const chain: CsvChange[] = [];
  for (let at = from; at < to; ) {
    const next = byFrom.get(at);
    if (!next || next.to <= at) return undefined;
    chain.push(next);
    at = next.to;
  }
  return chain;
}

/** Bytes `text` takes in UTF-8 (a lone surrogate is written as U+FFFD, 3 bytes, as Blob does). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      // A pair: 4 bytes for two code units.
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 2;
        i++;
      } else bytes += 2;
    } else bytes += 2;
  }
  return bytes;
}

function idsOfPart(part: CsvPart): string[] {
  const ids = new Array<string>(part.idLengths.length);
  let at = 0;
  for (let i = 0; i < ids.length; i++) {
    const len = part.idLengths[i] as number;
    ids[i] = part.ids.slice(at, at + len);
    at += len;
  }
  return ids;
}

/** A line of a part being made: a run of an old part's body, or a new line. */
type Piece = Blob | string;

class PartBuilder {
  /** `partLines`: the lines of a part cut from one grown past twice as many (complaints inserted among its ids). */
  constructor(private readonly partLines: number) {}
  ids: string[] = [];
  bytes: number[] = [];
  pieces: Piece[] = [];
  /** The run of the old body being kept: [start, end) bytes. */
  private run: { body: Blob; start: number; end: number } | undefined;

  keep(body: Blob, id: string, start: number, length: number): void {
    if (this.run && this.run.body === body && this.run.end === start) this.run.end += length;
    else {
      this.flush();
      this.run = { body, start, end: start + length };
    }
    this.ids.push(id);
    this.bytes.push(length);
  }

  add(id: string, line: string): void {
    this.flush();
    this.pieces.push(line);
    this.ids.push(id);
    this.bytes.push(utf8Length(line));
  }

  private flush(): void {
    if (!this.run) return;
    const { body, start, end } = this.run;
    this.pieces.push(start === 0 && end === body.size ? body : body.slice(start, end));
    this.run = undefined;
  }

  /** The part's lines so far, cut into parts of `partLines` if it grew past twice that (keys given by `keyOf`). */
  finish(keyOf: () => string): CsvPart[] {
    this.flush();
    const parts: CsvPart[] = [];
    const cuts = this.ids.length > 2 * this.partLines ? Math.ceil(this.ids.length / this.partLines) : 1;
    if (cuts === 1) return this.ids.length === 0 ? [] : [this.part(keyOf(), 0, this.ids.length, this.pieces)];
    // Cutting a part in several: its pieces are sliced at the line boundaries (no text read).
    const whole = new Blob(this.pieces);
    let offset = 0;
    for (let from = 0; from < this.ids.length; from += this.partLines) {
      const to = Math.min(this.ids.length, from + this.partLines);
      let size = 0;
      for (let i = from; i < to; i++) size += this.bytes[i] as number;
      parts.push(this.part(keyOf(), from, to, [whole.slice(offset, offset + size)]));
      offset += size;
    }
    return parts;
  }

  private part(chunk: string, from: number, to: number, pieces: Piece[]): CsvPart {
    const ids = this.ids.slice(from, to);
    return {
      chunk,
      ids: ids.join(''),
      idLengths: Uint32Array.from(ids, (id) => id.length),
      byteLengths: Uint32Array.from(this.bytes.slice(from, to)),
      body: pieces.length === 1 && pieces[0] instanceof Blob ? pieces[0] : new Blob(pieces),
    };
  }
}

export interface Folded {
  /** The base's parts after the changes, in id order. */
  parts: CsvPart[];
  /** Keys of the old parts no longer in it (rewritten). */
  dropped: string[];
}

/**
 * The base with `chain`'s changes applied, by id: a part no change touches is kept as it is
 * (the same row); a touched one is made again from runs of its old body (Blob slices: nothing
 * is read) and the new lines. New parts get keys from `newKey`.
 */
export async function fold(
  base: readonly CsvPart[],
  chain: readonly CsvChange[],
  newKey: () => string,
  partLines = PART_LINES,
): Promise<Folded> {
  const last = new Map<string, string | null>();
  for (const change of chain)
    for (let i = 0; i < change.ids.length; i++) last.set(change.ids[i] as string, change.lines[i] ?? null);
  const changed = [...last.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const parts: CsvPart[] = [];
  const dropped: string[] = [];
  let c = 0;
  for (let p = 0; p < base.length; p++) {
    const part = base[p] as CsvPart;
    const isLast = p === base.length - 1;
    // The changes in this part's span: up to the next part's first id (the last part takes the rest).
    const nextFirst = isLast ? undefined : firstId(base[p + 1] as CsvPart);
    let end = c;
    while (end < changed.length && (nextFirst === undefined || (changed[end] as string) < nextFirst)) end++;
    if (end === c) {
      parts.push(part);
      continue;
    }
    const builder = new PartBuilder(partLines);
    const ids = idsOfPart(part);
    let offset = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as string;
      const length = part.byteLengths[i] as number;
      for (; c < end && (changed[c] as string) < id; c++) addLine(builder, changed[c] as string, last);
      if (c < end && changed[c] === id) addLine(builder, changed[c++] as string, last);
      else builder.keep(part.body, id, offset, length);
      offset += length;
    }
    for (; c < end; c++) addLine(builder, changed[c] as string, last);
    dropped.push(part.chunk);
    parts.push(...builder.finish(newKey));
    // A turn of the event loop between rebuilt parts: the page exporting (or the worker
    // compacting) answers meanwhile, instead of one long task over every part.
    await nextTurn();
  }
  // No base yet: the changes are all there is.
  if (c < changed.length) {
    let builder = new PartBuilder(partLines);
    for (; c < changed.length; c++) {
      addLine(builder, changed[c] as string, last);
      if (builder.ids.length === partLines) {
        parts.push(...builder.finish(newKey));
        builder = new PartBuilder(partLines);
      }
    }
    parts.push(...builder.finish(newKey));
  }
  return { parts, dropped };
}

function addLine(builder: PartBuilder, id: string, last: Map<string, string | null>): void {
  const line = last.get(id);
  if (line) builder.add(id, line);
}

function firstId(part: CsvPart): string {
  return part.ids.slice(0, part.idLengths[0] ?? 0);
}

/** Parts of `partLines` made from lines in id order (an export that read the records). */
export function partsFrom(
  lines: readonly (readonly [string, string])[],
  newKey: () => string,
  partLines = PART_LINES,
): CsvPart[] {
  const parts: CsvPart[] = [];
  for (let from = 0; from < lines.length; from += partLines) {
    const builder = new PartBuilder(partLines);
    for (const [id, line] of lines.slice(from, from + partLines)) builder.add(id, line);
    parts.push(...builder.finish(newKey));
  }
  return parts;
}

/** A fresh key for a part written at `revision`. */
export function partKeys(revision: number): () => string {
  let n = 0;
  return () => `${PART_KEY}${String(revision).padStart(15, '0')}:${n++}`;
}

/**
 * Comma lines as a semicolon export writes them. Outside the quoted (text) cells a line holds
 * only numbers, `true`/`false`, empty cells and the delimiters: each comma there is a delimiter
 * and each point a number's decimal point (csvCell writes a decimal comma in a semicolon file).
 * A quote inside a text cell is doubled, which leaves and re-enters the quotes at once.
 */
export function toSemicolons(text: string): string {
  return text.replace(/"[^"]*"|[,.]/g, (m) => (m === ',' ? ';' : m === '.' ? ',' : m));
}

/** `text` (comma lines) in `delimiter`'s form. */
export function inDelimiter(text: string, delimiter: Delimiter): string {
  return delimiter === ',' ? text : toSemicolons(text);
}
