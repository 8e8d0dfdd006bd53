// CSV that opens correctly in Excel, LibreOffice and Google Sheets: UTF-8 with a byte order
// mark (Excel guesses the encoding otherwise), CRLF line ends, every text cell quoted, ISO
// dates. Post text is written by strangers, so a text cell that a spreadsheet would run as a
// formula gets a leading apostrophe: shown as text, never evaluated. Spreadsheets trim before
// they look, and read full-width and small-form signs (＝, ﹦) as the plain ones, so the test
// is made on the first character after blanks, in its compatibility form. Decimals follow the
// separator's locale: a comma file is read with a decimal point; a semicolon file is what
// Indonesian (and most European) Excel expects, and it reads a decimal comma.
import { isoOrUndefined } from '../core/time-range';
import type { Complaint, DailyStat } from '../db/schema';

export const BOM = '\uFEFF';
export type Delimiter = ',' | ';';
type Cell = string | number | boolean | undefined;

/** What a spreadsheet skips before deciding whether a cell is a formula: white space, BOM, zero-width. */
const LEADING_BLANKS = /^[\s\uFEFF\u200B-\u200D\u2060]*/u;
/** Signs that start a formula, once the first character is in its compatibility form (NFKC). */
const FORMULA_SIGNS = new Set(['=', '+', '-', '@', '\u2212']);
const ASCII_SIGNS = new Set([...'=+-@'].map((c) => c.charCodeAt(0)));
/** Control characters a cell must not start with at all (a tab or a line break moves the cell). */
const CONTROL_START = /^[\t\r\n]/;

/** True when a spreadsheet could read this text as a formula (or as anything but text). */
export function looksLikeFormula(text: string): boolean {
  // Most cells start with a printable ASCII character that is no sign: decided without the
  // regular expressions and Unicode normalisation below (100,000 complaints have 2.5 million cells).
  const code = text.charCodeAt(0);
  if (code > 0x20 && code < 0x7f && !ASCII_SIGNS.has(code)) return false;
  if (CONTROL_START.test(text)) return true;
  const rest = text.slice(LEADING_BLANKS.exec(text)?.[0].length ?? 0);
  const first = String.fromCodePoint(rest.codePointAt(0) ?? 0x20).normalize('NFKC');
  return FORMULA_SIGNS.has(first[0] ?? '');
}

export function neutralise(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** One cell: numbers as they are (decimal comma in a semicolon file), text neutralised and quoted. */
export function csvCell(value: Cell, delimiter: Delimiter = ','): string {
  if (value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return delimiter === ';' ? String(value).replace('.', ',') : String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutralise(value);
  return `"${text.includes('"') ? text.replace(/"/g, '""') : text}"`;
}

export function csvLine(cells: Cell[], delimiter: Delimiter = ','): string {
  return `${cells.map((cell) => csvCell(cell, delimiter)).join(delimiter)}\r\n`;
}

/** An ISO time, or an empty cell for a time no Date can hold (a record from a bad import). */
const iso = isoOrUndefined;

/** Columns of the complaint export, in order; one row per complaint. */
export const COMPLAINT_COLUMNS: [string, (c: Complaint) => Cell][] = [
  ['id', (c) => c.id],
  ['created_at', (c) => iso(c.createdAt)],
  ['updated_at', (c) => iso(c.updatedAt)],
  ['site', (c) => c.site],
  ['status', (c) => c.status],
  ['priority', (c) => c.priority],
  ['category', (c) => c.category],
  ['urgent', (c) => c.analysis.complaint.urgent],
  ['complaint_probability', (c) => c.analysis.complaint.probability],
  // What the post does (complaint, inquiry, news…); empty for complaints logged before kinds.
  ['kind', (c) => c.analysis.kind?.label],
  ['sentiment', (c) => c.analysis.sentiment.label],
  ['sentiment_score', (c) => c.analysis.sentiment.score],
  ['author_name', (c) => c.post.author.name],
  ['author_handle', (c) => c.post.author.handle],
  ['post_url', (c) => c.post.url],
  ['posted_at', (c) => c.post.postedAt],
  ['post_text', (c) => c.post.text],
  ['likes', (c) => c.post.counts.likes],
  ['replies', (c) => c.post.counts.replies],
  ['reposts', (c) => c.post.counts.reposts],
  ['comments', (c) => c.post.counts.comments],
  ['shares', (c) => c.post.counts.shares],
  ['views', (c) => c.post.counts.views],
  ['watch_queries', (c) => c.analysis.matches.map((m) => m.queryId).join(', ')],
  // Notes one per line inside the cell: spreadsheets show a quoted line break as a new line.
  ['notes', (c) => c.notes.join('\n')],
  ['tags', (c) => c.tags.join(', ')],
];

export function complaintsCsvHeader(delimiter: Delimiter = ','): string {
  return (
    BOM +
    csvLine(
      COMPLAINT_COLUMNS.map(([name]) => name),
      delimiter,
    )
  );
}

type Getter = (c: Complaint) => Cell;
const COMPLAINT_GETTERS: Getter[] = COMPLAINT_COLUMNS.map(([, get]) => get);

/**
 * One complaint's line. The cells go into an array joined once: a line grown cell by cell with
 * `+=` (and an `entries()` pair per cell) is a rope of 26 pieces that the Blob must flatten
 * later, and cost the export three times as long for 100,000 complaints.
 */
export function complaintCsvLine(c: Complaint, delimiter: Delimiter = ','): string {
  const last = COMPLAINT_GETTERS.length - 1;
  const cells = new Array<string>(last + 1);
  for (let i = 0; i < last; i++) cells[i] = csvCell((COMPLAINT_GETTERS[i] as Getter)(c), delimiter);
  // The line end goes with the last cell, so the line is the one flat string `join` makes: a
  // line with "\r\n" added after it is a pair the browser must copy flat again as it stores it
  // (the CSV copy's change rows: 4 MB of the worker's heap over a pull of 5,000 changes).
  cells[last] = `${csvCell((COMPLAINT_GETTERS[last] as Getter)(c), delimiter)}\r\n`;
  return cells.join(delimiter);
}

export const DAILY_COLUMNS = [
  'day',
  'query',
  'site',
  'posts_seen',
  'negative',
  'neutral',
  'positive',
  'complaints',
  'engagement',
] as const;

/** The daily report: one row per day × watch query × site (query `*` = all posts). */
export function dailyStatsCsv(rows: DailyStat[], delimiter: Delimiter = ','): string {
  const sorted = rows
    .filter((r) => r.deleted === 0)
    .sort((a, b) => a.day.localeCompare(b.day) || a.query.localeCompare(b.query) || a.site.localeCompare(b.site));
  let out = BOM + csvLine([...DAILY_COLUMNS], delimiter);
  for (const r of sorted) {
    out += csvLine(
      [r.day, r.query, r.site, r.postsSeen, r.negative, r.neutral, r.positive, r.complaints, r.engagement],
      delimiter,
    );
  }
  return out;
}
